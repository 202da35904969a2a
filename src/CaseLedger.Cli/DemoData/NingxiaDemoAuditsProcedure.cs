using CaseLedger.Api.Cases.AppointingFormally;
using CaseLedger.Api.Cases.AssessingProbation;
using CaseLedger.Api.Cases.GrantingApproval;
using CaseLedger.Api.Cases.RequestingApproval;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Cli.DemoData;

/// <summary>Demo cases for the procedure audits: probation (TL-PROBATION-1Y), direct introduction (NX-DIRECT-INTRO-SOE-LEADER), timely filing (NX-FILING-TIMELY).</summary>
internal sealed partial class NingxiaDemoSlice
{
    private async Task ProcedureAuditCasesAsync(DemoPlaces p, CancellationToken ct)
    {
        // Audit: 马丽 is promoted on a one-year trial from the 2025-10-20 notice, but formally appointed on 2026-06-22, eight months in.
        var ma = await CadreAsync("马丽", Gender.Female, new(1987, 5, 16), "回族", Post(p.Jiangtaibu, "镇党委副书记", PostLevel.Township, PostGrade.Deputy),
            new(2021, 3, 1), ct);
        var trial = await CaseAsync(CaseChannel.InternalPromotion, ma, Post(p.Jiangtaibu, "镇党委副书记", PostLevel.Township, PostGrade.Deputy),
            Post(p.Xiji, "县委组织部副部长", PostLevel.Township, PostGrade.Chief), new(2025, 8, 25), ct);
        await MotionAsync(trial, "西吉县委组织部", "拟提拔马丽为县委组织部副部长", new(2025, 8, 26), ct);
        await RecommendationAsync(trial, RecommendationMode.InterviewSurvey, "县委组织部副部长", 30, 2, new(2025, 9, 3), ct);
        await InspectionAsync(trial, ["西吉县委组织部 田军", "西吉县委组织部 马兰"], "西组考〔2025〕15号", new(2025, 9, 15), ct);
        await DecisionAsync(trial, DecisionBody.StandingCommittee, 9, 8, 8, new(2025, 9, 24), "西吉县委常委会纪要〔2025〕21号", ct);
        await NoticeAsync(trial, "西吉县", new(2025, 9, 25), new(2025, 10, 13), ct);
        await AppointmentNoticeAsync(trial, new(2025, 10, 20), 12, new(2025, 10, 20), ct);
        await ProbationAsync(trial, new(2025, 10, 20), new(2026, 10, 20), ct);
        await StepAsync(new AssessProbationInput(Id(trial), true, "试用期考核合格，胜任现职", new(2026, 6, 15), null, null, Demo, null, null),
            AssessProbationField.Command, ct);
        await StepAsync(new AppointFormallyInput(Id(trial), new(2026, 6, 22), null, null, Demo, null, null), AppointFormallyField.Command, ct);

        // Audit: a talent directly introduced as deputy general manager of the regional state capital group with no inspection recorded.
        var gao = await CadreAsync("高远", Gender.Male, new(1982, 10, 3), "汉族", Post(p.Fujian, "地区经济处处长", PostLevel.County, PostGrade.Chief),
            new(2020, 1, 1), ct, CadreCategory.SocialTalent);
        var introduction = await CaseAsync(CaseChannel.DirectIntroduction, gao, null, Post(p.Soe, "副总经理", PostLevel.County, PostGrade.Deputy), new(2026, 5, 20), ct);
        await MotionAsync(introduction, "自治区党委组织部", "直接引进高远任宁夏国有资本运营集团副总经理", new(2026, 5, 21), ct);
        await RecommendationAsync(introduction, RecommendationMode.Meeting, "副总经理", 50, 3, new(2026, 6, 5), ct);
        await DecisionAsync(introduction, DecisionBody.PartyLeadershipGroup, 9, 9, 9, new(2026, 6, 16), "宁夏国有资本运营集团党委会纪要〔2026〕7号", ct);
        await NoticeAsync(introduction, "宁夏国有资本运营集团", new(2026, 6, 22), new(2026, 6, 26), ct);
        await AppointmentNoticeAsync(introduction, new(2026, 7, 1), null, new(2026, 7, 1), ct);

        // Audit (needs review): a 调任 decided on 2025-04-01 whose approval is requested only on 2025-05-20, 49 days later (window 30).
        var he = await CadreAsync("何平", Gender.Male, new(1986, 2, 8), "汉族", Post(p.University, "学院办公室主任", PostLevel.Township, PostGrade.Chief),
            new(2019, 9, 1), ct, CadreCategory.PublicInstitutionStaff);
        var transfer = await CaseAsync(CaseChannel.InboundTransfer, he, Post(p.University, "学院办公室主任", PostLevel.Township, PostGrade.Chief),
            Post(p.Yuanzhou, "区教育局副局长", PostLevel.Township, PostGrade.Deputy), new(2025, 3, 1), ct);
        await MotionAsync(transfer, "原州区委组织部", "拟调任何平为区教育局副局长", new(2025, 3, 3), ct);
        await InspectionAsync(transfer, ["原州区委组织部 王强", "原州区委组织部 李华"], "原组考〔2025〕6号", new(2025, 3, 20), ct);
        await DecisionAsync(transfer, DecisionBody.StandingCommittee, 11, 9, 9, new(2025, 4, 1), "原州区委常委会纪要〔2025〕8号", ct);
        await NoticeAsync(transfer, "宁夏大学、原州区", new(2025, 4, 2), new(2025, 4, 9), ct);
        await StepAsync(new RequestApprovalInput(Id(transfer), "固原市委组织部", ["调任审批表", "考察材料", "调出单位意见"], new(2025, 5, 20), null, null, Demo, null, null),
            RequestApprovalField.Command, ct);
        await StepAsync(new GrantApprovalInput(Id(transfer), "固原市委组织部", "固组干〔2025〕19号", new(2025, 5, 28), null, null, Demo, null, null),
            GrantApprovalField.Command, ct);
        await AppointmentNoticeAsync(transfer, new(2025, 6, 3), 12, new(2025, 6, 3), ct);
        await ProbationAsync(transfer, new(2025, 6, 3), new(2026, 6, 3), ct);
    }
}
