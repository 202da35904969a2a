using CaseLedger.Api.Cadres.DeclaringKinRelation;
using CaseLedger.Api.Cases.EndingSecondment;
using CaseLedger.Api.Cases.ExtendingSecondment;
using CaseLedger.Api.Cases.GivingPublicNotice;
using CaseLedger.Api.Cases.GrantingApproval;
using CaseLedger.Api.Cases.RequestingApproval;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Cli.DemoData;

/// <summary>
/// Demo cases for the national procedure, transfer and secondment rules: approval material (TL-APPROVAL-AND-FILING), the
/// appointment notice before the public notice ends and with an objection open (TL-PUBLICITY-BEFORE-APPOINTMENT,
/// TL-PUBLICITY-OBJECTIONS), a relative on the inspection team (AVOID-SELECTION-WORK), a promotion hidden in a 转任
/// (ZR20-SCOPE), transfers in quick succession (ZR20-FREQUENT-TRANSFER), long secondments (GUAZHI-DURATION,
/// FIRST-SECRETARY-TERM). The 书记办公会 rotation in NingxiaDemoCases.cs trips TL-DECISION-COLLECTIVE.
/// </summary>
internal sealed partial class NingxiaDemoSlice
{
    private async Task NationalProcedureAuditsAsync(DemoPlaces p, CancellationToken ct)
    {
        // Audit: 永宁县 reports 罗军's promotion with only the approval form and the inspection material (TL-APPROVAL-AND-FILING).
        var luo = await CadreAsync("罗军", Gender.Male, new(1984, 4, 4), "汉族", Post(p.Yongning, "县财政局副局长", PostLevel.Township, PostGrade.Deputy),
            new(2020, 5, 1), ct);
        var reported = await CaseAsync(CaseChannel.InternalPromotion, luo, Post(p.Yongning, "县财政局副局长", PostLevel.Township, PostGrade.Deputy),
            Post(p.Yongning, "县财政局局长", PostLevel.Township, PostGrade.Chief), new(2026, 2, 1), ct);
        await MotionAsync(reported, "永宁县委组织部", "拟提拔罗军为县财政局局长", new(2026, 2, 2), ct);
        await RecommendationAsync(reported, RecommendationMode.Meeting, "县财政局局长", 40, 3, new(2026, 2, 10), ct);
        await InspectionAsync(reported, ["永宁县委组织部 马强", "永宁县委组织部 丁丽"], "永组考〔2026〕3号", new(2026, 2, 24), ct);
        await DecisionAsync(reported, DecisionBody.StandingCommittee, 11, 10, 10, new(2026, 3, 3), "永宁县委常委会纪要〔2026〕5号", ct);
        await NoticeAsync(reported, "永宁县", new(2026, 3, 4), new(2026, 3, 10), ct);
        await StepAsync(new RequestApprovalInput(Id(reported), "银川市委组织部", ["干部任免审批表", "考察材料"], new(2026, 3, 12), null, null, Demo, null, null),
            RequestApprovalField.Command, ct);
        await StepAsync(new GrantApprovalInput(Id(reported), "银川市委组织部", "银组干〔2026〕9号", new(2026, 3, 20), null, null, Demo, null, null),
            GrantApprovalField.Command, ct);
        await AppointmentNoticeAsync(reported, new(2026, 3, 25), null, new(2026, 3, 25), ct);

        // Audit: 白云's 转任 to 原州区's education bureau is announced on the last day of its public notice, with one objection
        // not yet looked into (TL-PUBLICITY-BEFORE-APPOINTMENT, TL-PUBLICITY-OBJECTIONS).
        var bai = await CadreAsync("白云", Gender.Female, new(1986, 12, 12), "回族", Post(p.Yuanzhou, "区民政局副局长", PostLevel.Township, PostGrade.Deputy),
            new(2021, 2, 1), ct);
        var hurried = await CaseAsync(CaseChannel.LateralTransfer, bai, Post(p.Yuanzhou, "区民政局副局长", PostLevel.Township, PostGrade.Deputy),
            Post(p.Yuanzhou, "区教育局副局长", PostLevel.Township, PostGrade.Deputy), new(2026, 5, 4), ct);
        await MotionAsync(hurried, "原州区委组织部", "拟转任白云为区教育局副局长", new(2026, 5, 5), ct);
        await DecisionAsync(hurried, DecisionBody.StandingCommittee, 11, 9, 9, new(2026, 5, 19), "原州区委常委会纪要〔2026〕11号", ct);
        await StepAsync(new GivePublicNoticeInput(Id(hurried), "原州区", new(2026, 5, 20), new(2026, 5, 26), 1, 0, null, null, Demo, null, null),
            GivePublicNoticeField.Command, ct);
        await AppointmentNoticeAsync(hurried, new(2026, 5, 26), null, new(2026, 5, 26), ct);

        // Audit: 马兰 of 西吉县's organisation department, the wife 田宁 declared, sits on the team that inspects him (AVOID-SELECTION-WORK).
        var tian = await CadreAsync("田宁", Gender.Male, new(1985, 1, 9), "回族", Post(p.Jiangtaibu, "镇党委委员", PostLevel.Township, PostGrade.Deputy),
            new(2021, 6, 1), ct);
        var wife = new DeclareKinRelationInput(Id(tian), "马兰", null, KinRelation.Spouse, new(2012, 5, 1), null, Demo, null, null);
        await writer.SendAsync(wife, DeclareKinRelationField.Command(wife), ct);
        var inspected = await CaseAsync(CaseChannel.InternalPromotion, tian, Post(p.Jiangtaibu, "镇党委委员", PostLevel.Township, PostGrade.Deputy),
            Post(p.Jiangtaibu, "镇长", PostLevel.Township, PostGrade.Chief), new(2026, 6, 1), ct);
        await MotionAsync(inspected, "西吉县委组织部", "拟提名田宁为将台堡镇镇长人选", new(2026, 6, 2), ct);
        await RecommendationAsync(inspected, RecommendationMode.Meeting, "镇长", 45, 2, new(2026, 6, 9), ct);
        await InspectionAsync(inspected, ["西吉县委组织部 田军", "西吉县委组织部 马兰"], "西组考〔2026〕14号", new(2026, 6, 20), ct);

        // Audit: 张强's move from section deputy to section chief is handled as a 转任 (ZR20-SCOPE).
        var zhang = await CadreAsync("张强", Gender.Male, new(1983, 3, 3), "汉族", Post(p.Xiji, "县委宣传部副部长", PostLevel.Township, PostGrade.Deputy),
            new(2019, 4, 1), ct);
        var hidden = await CaseAsync(CaseChannel.LateralTransfer, zhang, Post(p.Xiji, "县委宣传部副部长", PostLevel.Township, PostGrade.Deputy),
            Post(p.Xiji, "县文旅局局长", PostLevel.Township, PostGrade.Chief), new(2026, 4, 1), ct);
        await MotionAsync(hidden, "西吉县委组织部", "拟转任张强为县文旅局局长", new(2026, 4, 2), ct);
        await DecisionAsync(hidden, DecisionBody.StandingCommittee, 9, 8, 8, new(2026, 4, 15), "西吉县委常委会纪要〔2026〕8号", ct);

        // Audit (needs review): 李敏 is transferred again five months after her last 转任 (ZR20-FREQUENT-TRANSFER).
        var limin = await CadreAsync("李敏", Gender.Female, new(1988, 8, 18), "汉族", Post(p.Guyuan, "市司法局副局长", PostLevel.County, PostGrade.Deputy),
            new(2020, 3, 1), ct);
        var first = await CaseAsync(CaseChannel.LateralTransfer, limin, Post(p.Guyuan, "市司法局副局长", PostLevel.County, PostGrade.Deputy),
            Post(p.Guyuan, "市信访局副局长", PostLevel.County, PostGrade.Deputy), new(2025, 11, 1), ct);
        await DecisionAsync(first, DecisionBody.StandingCommittee, 11, 10, 10, new(2025, 11, 20), "固原市委常委会纪要〔2025〕30号", ct);
        await AppointmentNoticeAsync(first, new(2025, 12, 1), null, new(2025, 12, 1), ct);
        var again = await CaseAsync(CaseChannel.LateralTransfer, limin, Post(p.Guyuan, "市信访局副局长", PostLevel.County, PostGrade.Deputy),
            Post(p.Guyuan, "市审计局副局长", PostLevel.County, PostGrade.Deputy), new(2026, 4, 10), ct);
        await DecisionAsync(again, DecisionBody.StandingCommittee, 11, 10, 10, new(2026, 5, 6), "固原市委常委会纪要〔2026〕10号", ct);

        // Audit (needs review): a secondment to 原州区 extended to two and a half years, then ended (GUAZHI-DURATION).
        var ye = await CadreAsync("叶青", Gender.Female, new(1989, 2, 2), "汉族", Post(p.Organisation, "干部二处一级主任科员", PostLevel.Township, PostGrade.Chief, leadership: false),
            new(2019, 9, 1), ct);
        var longSecondment = await CaseAsync(CaseChannel.OutboundSecondment, ye, null, null, new(2024, 2, 1), ct);
        await MotionAsync(longSecondment, "自治区党委组织部", "选派叶青到原州区挂职", new(2024, 2, 2), ct);
        await DecisionAsync(longSecondment, DecisionBody.PartyLeadershipGroup, 9, 9, 9, new(2024, 2, 20), "自治区党委组织部部务会纪要〔2024〕4号", ct);
        await SecondmentAsync(longSecondment, p.Organisation, p.Yuanzhou, Post(p.Yuanzhou, "挂职副区长", PostLevel.County, PostGrade.Deputy),
            new(2024, 3, 1), new(2026, 3, 1), ct);
        await StepAsync(new ExtendSecondmentInput(Id(longSecondment), new(2026, 9, 1), new(2026, 2, 10), null, null, Demo, null, null), ExtendSecondmentField.Command, ct);
        await StepAsync(new EndSecondmentInput(Id(longSecondment), new(2026, 9, 1), null, null, Demo, null, null), EndSecondmentField.Command, ct);

        // Audit (needs review): a first secretary in 明荣村 planned for three and a half years (FIRST-SECRETARY-TERM).
        var ning = await CadreAsync("宁夏", Gender.Male, new(1990, 7, 7), "汉族", Post(p.Xiji, "县农业农村局四级主任科员", PostLevel.Township, PostGrade.Deputy, leadership: false),
            new(2018, 7, 1), ct);
        var longTerm = await CaseAsync(CaseChannel.VillageFirstSecretary, ning, null, null, new(2022, 2, 1), ct);
        await MotionAsync(longTerm, "西吉县委组织部", "选派宁夏任明荣村第一书记", new(2022, 2, 2), ct);
        await DecisionAsync(longTerm, DecisionBody.StandingCommittee, 9, 8, 8, new(2022, 2, 20), "西吉县委常委会纪要〔2022〕4号", ct);
        await SecondmentAsync(longTerm, p.Xiji, p.Village, Post(p.Village, "驻村第一书记", PostLevel.Township, PostGrade.Deputy), new(2022, 3, 1), new(2025, 9, 1), ct);
    }
}
