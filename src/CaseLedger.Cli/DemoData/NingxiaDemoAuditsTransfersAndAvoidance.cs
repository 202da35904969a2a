using CaseLedger.Api.Cadres.DeclaringKinRelation;
using CaseLedger.Api.Cases.GrantingApproval;
using CaseLedger.Api.Cases.RecordingSendingUnitOpinion;
using CaseLedger.Api.Cases.RequestingApproval;
using CaseLedger.Api.Cases.ReviewingEligibility;
using CaseLedger.Api.Cases;
using CaseLedger.Api.Units;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Cli.DemoData;

/// <summary>
/// Demo cases for the national age caps of 调任 (TR08-AGE-KE-40, -CHU-45, -COUNTYTEAM-50, -TING-55; the 2017 transfer into
/// 固原市 has a routine approval, which silences no cap) and for avoidance: a relative in the unit where a cadre is made its
/// leader (AVOID-KIN-POSTS); none of the transfers went through all of its eight steps in order (TR08-PROCEDURE-ORDER), one went
/// ahead after its eligibility review found the cadre ineligible (PROC-ELIGIBILITY-REVIEW), and a cadre made head of the county he grew up in (AVOID-REGION).
/// </summary>
internal sealed partial class NingxiaDemoSlice
{
    private async Task TransferAgeAndAvoidanceAuditsAsync(DemoPlaces p, CancellationToken ct)
    {
        // Audit: four 调任 from the state capital group, each over the 2008 cap of its level.
        await TransferAsync(p, "郭亮", new(1974, 3, 1), p.Yinchuan, "市国资委企业改革科科长", PostLevel.Township, PostGrade.Chief, new(2018, 5, 10), ct);
        // 任平's transfer has the sending unit's opinion, sought only after the inspection (TR08-PROCEDURE-ORDER).
        var routine = await TransferAsync(p, "任平", new(1969, 6, 1), p.Guyuan, "市发改委副主任", PostLevel.County, PostGrade.Deputy, new(2017, 9, 12), ct);
        // 任平's eligibility review found his education short of the post's requirement, yet the transfer was decided (PROC-ELIGIBILITY-REVIEW).
        await StepAsync(new ReviewEligibilityInput(Id(routine), false, "固原市委组织部干部科", ["年龄", "学历", "任职年限"], new(2017, 8, 10), null, null, Demo, null, null),
            ReviewEligibilityField.Command, ct);
        await InspectionAsync(routine, ["固原市委组织部 马强", "固原市委组织部 丁丽"], "固组考〔2017〕8号", new(2017, 8, 20), ct);
        await StepAsync(new RecordSendingUnitOpinionInput(Id(routine), Id(p.Soe), true, "宁国资函〔2017〕12号", new(2017, 8, 25), null, null, Demo, null, null),
            RecordSendingUnitOpinionField.Command, ct);
        await StepAsync(new RequestApprovalInput(Id(routine), "自治区党委组织部", ["公务员调任审批表", "考察材料", "调出单位意见"], new(2017, 9, 20), null, null, Demo, null, null),
            RequestApprovalField.Command, ct);
        await StepAsync(new GrantApprovalInput(Id(routine), "自治区党委组织部", "宁组干〔2017〕61号", new(2017, 9, 28), null, null, Demo, null, null, ApprovalPurpose.Routine),
            GrantApprovalField.Command, ct);
        await TransferAsync(p, "沙建华", new(1965, 2, 2), p.Yongning, "副县长", PostLevel.County, PostGrade.Deputy, new(2018, 4, 20), ct);
        await TransferAsync(p, "穆青", new(1961, 8, 8), p.Organisation, "副部长", PostLevel.Departmental, PostGrade.Deputy, new(2018, 7, 3), ct);

        // Audit (needs review): 马骏 is made head of 原州区's finance bureau, where his declared brother 马杰 is a clerk (AVOID-KIN-POSTS).
        var brother = await CadreAsync("马杰", Gender.Male, new(1990, 3, 3), "回族", Post(p.Yuanzhou, "区财政局一级科员", PostLevel.Township, PostGrade.Deputy, leadership: false),
            new(2020, 3, 1), ct);
        var majun = await CadreAsync("马骏", Gender.Male, new(1984, 6, 6), "回族", Post(p.Yuanzhou, "区财政局副局长", PostLevel.Township, PostGrade.Deputy),
            new(2021, 3, 1), ct);
        var declared = new DeclareKinRelationInput(Id(majun), "马杰", Id(brother), KinRelation.CollateralKinWithinThreeGenerations, new(2021, 3, 1), null, Demo, null, null);
        await writer.SendAsync(declared, DeclareKinRelationField.Command(declared), ct);
        var kin = await CaseAsync(CaseChannel.InternalPromotion, majun, Post(p.Yuanzhou, "区财政局副局长", PostLevel.Township, PostGrade.Deputy),
            Post(p.Yuanzhou, "区财政局局长", PostLevel.Township, PostGrade.Chief), new(2026, 4, 1), ct);
        await MotionAsync(kin, "原州区委组织部", "拟提拔马骏为区财政局局长", new(2026, 4, 2), ct);
        await DecisionAsync(kin, DecisionBody.StandingCommittee, 11, 10, 10, new(2026, 5, 12), "原州区委常委会纪要〔2026〕9号", ct);

        // Audit (needs review): 虎成, who grew up in 西吉, is made 西吉县's county head (AVOID-REGION).
        var hu = await CadreAsync("虎成", Gender.Male, new(1978, 1, 1), "回族", Post(p.Xiji, "副县长", PostLevel.County, PostGrade.Deputy), new(2019, 1, 1), ct,
            growthPlaces: ["西吉县"]);
        var home = await CaseAsync(CaseChannel.InternalPromotion, hu, Post(p.Xiji, "副县长", PostLevel.County, PostGrade.Deputy),
            Post(p.Xiji, "县长", PostLevel.County, PostGrade.Chief), new(2026, 3, 1), ct);
        await MotionAsync(home, "固原市委组织部", "拟提名虎成为西吉县县长人选", new(2026, 3, 2), ct);
        await DecisionAsync(home, DecisionBody.StandingCommittee, 11, 10, 10, new(2026, 3, 30), "固原市委常委会纪要〔2026〕7号", ct);
    }

    /// <summary>A 调任 from the state capital group into <paramref name="unit"/>, decided on <paramref name="decidedOn"/>.</summary>
    private async Task<CaseSummary> TransferAsync(DemoPlaces p, string name, DateOnly born, UnitDetails unit, string title, PostLevel level, PostGrade grade, DateOnly decidedOn,
        CancellationToken ct)
    {
        var cadre = await CadreAsync(name, Gender.Male, born, "汉族", Post(p.Soe, "部门经理", PostLevel.Township, PostGrade.Chief), new(2010, 1, 1), ct,
            CadreCategory.EnterpriseManager);
        var transfer = await CaseAsync(CaseChannel.InboundTransfer, cadre, null, Post(unit, title, level, grade), decidedOn.AddDays(-40), ct);
        await MotionAsync(transfer, "组织部", $"拟调任{name}", decidedOn.AddDays(-39), ct);
        await DecisionAsync(transfer, DecisionBody.StandingCommittee, 11, 10, 10, decidedOn, "常委会纪要", ct);
        return transfer;
    }
}
