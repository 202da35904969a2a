using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cadres.EnteringReservePool;
using CaseLedger.Api.Cadres.RecordingAnnualAssessment;
using CaseLedger.Api.Cases;
using CaseLedger.Api.Cases.AppointingFormally;
using CaseLedger.Api.Cases.AssessingProbation;
using CaseLedger.Api.Cases.CompletingInspection;
using CaseLedger.Api.Cases.DeterminingInspectionTargets;
using CaseLedger.Api.Cases.EndingSecondment;
using CaseLedger.Api.Cases.ExtendingSecondment;
using CaseLedger.Api.Cases.GivingPublicNotice;
using CaseLedger.Api.Cases.GrantingApproval;
using CaseLedger.Api.Cases.HoldingConsultation;
using CaseLedger.Api.Cases.HoldingExamination;
using CaseLedger.Api.Cases.HoldingDemocraticRecommendation;
using CaseLedger.Api.Cases.IssuingAppointmentNotice;
using CaseLedger.Api.Cases.RaisingMotion;
using CaseLedger.Api.Cases.RefusingApproval;
using CaseLedger.Api.Cases.RequestingApproval;
using CaseLedger.Api.Cases.StartingProbation;
using CaseLedger.Api.Cases.StartingSecondment;
using CaseLedger.Api.Cases.TakingCollectiveDecision;
using CaseLedger.Api.Cases.Withdrawing;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Units;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Cli.DemoData;

internal sealed record DemoPlaces(
    UnitDetails Region, UnitDetails Organisation, UnitDetails Soe, UnitDetails University, UnitDetails Yinchuan, UnitDetails Guyuan,
    UnitDetails Yongning, UnitDetails Xiji, UnitDetails Yuanzhou, UnitDetails Jiangtaibu, UnitDetails Village, UnitDetails Fujian);

internal sealed record DemoPeople(
    CadreProfile Ma, CadreProfile Li, CadreProfile Yang, CadreProfile Wang, CadreProfile Hai, CadreProfile Zhang, CadreProfile Su,
    CadreProfile Zhao, CadreProfile Chen, CadreProfile Ding, CadreProfile Liu, CadreProfile Jin, CadreProfile Zhou, CadreProfile Han);

/// <summary>
/// The demo cases, carried through realistic steps by the real commands: every case kind, most channels,
/// every status, a correction, and the situations the audit rules are built to catch.
/// </summary>
internal sealed partial class NingxiaDemoSlice
{
    private const string Demo = "演示数据 / demo data";

    private async Task CasesAsync(DemoPlaces p, DemoPeople c, CancellationToken ct)
    {
        // Audit: over-age 调任 — 杨建国 (born 1969-11-20) is 47 when decided in 2017 for a 副科 leadership post in 原州区 (cap 45).
        var transfer = await CaseAsync(CaseChannel.InboundTransfer, c.Yang, Post(p.Soe, "财务部经理", PostLevel.Township, PostGrade.Chief),
            Post(p.Yuanzhou, "区财政局副局长", PostLevel.Township, PostGrade.Deputy), new(2017, 2, 10), ct);
        await MotionAsync(transfer, "原州区委组织部", "拟调任杨建国为区财政局副局长", new(2017, 2, 12), ct);
        await InspectionAsync(transfer, ["原州区委组织部 王强", "原州区委组织部 李华"], "原组考〔2017〕4号", new(2017, 3, 1), ct);
        await DecisionAsync(transfer, DecisionBody.StandingCommittee, 11, 9, 9, new(2017, 3, 10), "原州区委常委会纪要〔2017〕5号", ct);
        await NoticeAsync(transfer, "原州区", new(2017, 3, 13), new(2017, 3, 17), ct);
        await AppointmentNoticeAsync(transfer, new(2017, 3, 27), null, new(2017, 3, 24), ct);

        // Audit: a public notice of 3 working days (< 5).
        var reciprocal = await CaseAsync(CaseChannel.ReciprocalExchange, c.Hai, Post(p.Yinchuan, "市发改委副主任", PostLevel.County, PostGrade.Deputy),
            Post(p.Xiji, "副县长", PostLevel.County, PostGrade.Deputy), new(2026, 9, 1), ct);
        await MotionAsync(reciprocal, "自治区党委组织部", "川区山区双向交流", new(2026, 9, 3), ct);
        await ConsultationAsync(reciprocal, ["银川市委", "固原市委"], new(2026, 9, 10), ct);
        await DecisionAsync(reciprocal, DecisionBody.StandingCommittee, 11, 10, 10, new(2026, 9, 18), "自治区党委组织部部务会纪要〔2026〕31号", ct);
        await NoticeAsync(reciprocal, "西吉县", new(2026, 9, 21), new(2026, 9, 23), ct);
        await AppointmentNoticeAsync(reciprocal, new(2026, 9, 30), null, new(2026, 9, 29), ct);

        // 第一书记 in the registered poor village 明荣村, running.
        var firstSecretary = await CaseAsync(CaseChannel.VillageFirstSecretary, c.Su, null, null, new(2026, 3, 1), ct);
        await MotionAsync(firstSecretary, "西吉县委组织部", "选派苏晓任明荣村第一书记", new(2026, 3, 2), ct);
        await DecisionAsync(firstSecretary, DecisionBody.StandingCommittee, 9, 8, 8, new(2026, 3, 10), "西吉县委常委会纪要〔2026〕6号", ct);
        await SecondmentAsync(firstSecretary, p.Jiangtaibu, p.Village, Post(p.Village, "驻村第一书记", PostLevel.Township, PostGrade.Deputy),
            new(2026, 3, 15), new(2028, 3, 15), ct);

        // Audit: 王磊 is promoted at the sending unit during his secondment, with no sending-unit consent recorded.
        var outbound = await CaseAsync(CaseChannel.OutboundSecondment, c.Wang, null, null, new(2026, 5, 6), ct);
        await MotionAsync(outbound, "永宁县委组织部", "选派王磊到将台堡镇挂职", new(2026, 5, 7), ct);
        await DecisionAsync(outbound, DecisionBody.StandingCommittee, 11, 10, 10, new(2026, 5, 12), "永宁县委常委会纪要〔2026〕9号", ct);
        await SecondmentAsync(outbound, p.Yongning, p.Jiangtaibu, Post(p.Jiangtaibu, "挂职副镇长", PostLevel.Township, PostGrade.Deputy),
            new(2026, 5, 15), new(2027, 5, 15), ct);
        var promotion = await CaseAsync(CaseChannel.InternalPromotion, c.Wang, Post(p.Yongning, "县委办公室副主任", PostLevel.Township, PostGrade.Deputy),
            Post(p.Yongning, "县委办公室主任", PostLevel.Township, PostGrade.Chief), new(2026, 9, 20), ct);
        await MotionAsync(promotion, "永宁县委组织部", "拟提拔王磊为县委办公室主任", new(2026, 9, 21), ct);
        await RecommendationAsync(promotion, RecommendationMode.InterviewSurvey, "县委办公室主任", 25, 2, new(2026, 9, 25), ct);
        await InspectionAsync(promotion, ["永宁县委组织部 马强", "永宁县委组织部 丁丽"], "永组考〔2026〕12号", new(2026, 10, 8), ct);
        await DecisionAsync(promotion, DecisionBody.StandingCommittee, 11, 10, 9, new(2026, 10, 15), "永宁县委常委会纪要〔2026〕18号", ct);
        await NoticeAsync(promotion, "永宁县", new(2026, 10, 16), new(2026, 10, 22), ct);
        await AppointmentNoticeAsync(promotion, new(2026, 11, 1), 12, new(2026, 10, 28), ct);
        await ProbationAsync(promotion, new(2026, 11, 1), new(2027, 11, 1), ct);

        // Competitive selection, at the inspection. Audit: the recommendation of 2025-10-20 is over a year old when the
        // inspection targets are set (RECO-VALID-1Y), and the inspection team has one member (TL-INSPECTION wants ≥ 2).
        var selection = await CaseAsync(CaseChannel.CompetitiveSelection, c.Li, Post(p.Organisation, "干部一处四级调研员", PostLevel.County, PostGrade.Deputy, leadership: false),
            Post(p.Organisation, "干部一处副处长", PostLevel.County, PostGrade.Deputy), new(2025, 10, 8), ct);
        await MotionAsync(selection, "自治区党委组织部部务会", "竞争上岗选拔干部一处副处长", new(2025, 10, 9), ct);
        await RecommendationAsync(selection, RecommendationMode.Meeting, "干部一处副处长", 60, 4, new(2025, 10, 20), ct);
        await StepAsync(new HoldExaminationInput(Id(selection), 4, "宁组通〔2026〕40号 笔试面试成绩", new(2026, 10, 24), null, null, Demo, null, null),
            HoldExaminationField.Command, ct);
        await StepAsync(new DetermineInspectionTargetsInput(Id(selection), ["李娟", "张明"], new(2026, 10, 27), null, null, Demo, null, null),
            DetermineInspectionTargetsField.Command, ct);
        await InspectionAsync(selection, ["干部一处 王敏"], "宁组考〔2026〕21号", new(2026, 11, 10), ct);

        // An election (县委副书记), at the recommendation.
        var election = await CaseAsync(CaseChannel.Election, c.Ma, Post(p.Xiji, "副县长", PostLevel.County, PostGrade.Deputy),
            Post(p.Xiji, "县委副书记", PostLevel.County, PostGrade.Deputy), new(2026, 11, 2), ct);
        await MotionAsync(election, "固原市委组织部", "西吉县委副书记人选", new(2026, 11, 3), ct);
        await RecommendationAsync(election, RecommendationMode.InterviewSurvey, "县委副书记", 35, 2, new(2026, 11, 10), ct);

        // Audit: a collective decision with 6 of 11 members present (< 2/3).
        var lateral = await CaseAsync(CaseChannel.LateralTransfer, c.Zhang, Post(p.Yuanzhou, "区委常委", PostLevel.County, PostGrade.Deputy),
            Post(p.Guyuan, "市委副秘书长", PostLevel.County, PostGrade.Deputy), new(2026, 7, 1), ct);
        await MotionAsync(lateral, "固原市委组织部", "拟转任张伟为市委副秘书长", new(2026, 7, 2), ct);
        await ConsultationAsync(lateral, ["市委书记", "分管副书记"], new(2026, 7, 8), ct);
        await DecisionAsync(lateral, DecisionBody.StandingCommittee, 11, 6, 6, new(2026, 7, 15), "固原市委常委会纪要〔2026〕14号", ct);
        await NoticeAsync(lateral, "固原市", new(2026, 7, 16), new(2026, 7, 22), ct);
        await AppointmentNoticeAsync(lateral, new(2026, 8, 1), null, new(2026, 7, 28), ct);

        // Direct introduction with approval and a probation; its public notice was recorded wrongly, then corrected.
        var introduction = await CaseAsync(CaseChannel.DirectIntroduction, c.Chen, null, Post(p.Yinchuan, "市科技局副局长", PostLevel.County, PostGrade.Deputy), new(2026, 8, 15), ct);
        await MotionAsync(introduction, "银川市委组织部", "直接引进陈静任市科技局副局长", new(2026, 8, 16), ct);
        await RecommendationAsync(introduction, RecommendationMode.Meeting, "市科技局副局长", 45, 1, new(2026, 8, 20), ct);
        await InspectionAsync(introduction, ["银川市委组织部 刘伟", "银川市委组织部 马芳"], "银组考〔2026〕17号", new(2026, 9, 5), ct);
        await DecisionAsync(introduction, DecisionBody.StandingCommittee, 11, 10, 10, new(2026, 9, 15), "银川市委常委会纪要〔2026〕20号", ct);
        var miscorded = await NoticeAsync(introduction, "银川市", new(2026, 9, 16), new(2026, 9, 18), ct);
        var noticeVersion = miscorded.Steps.Single(s => s.Step == ProcedureStep.PublicNotice).Version;
        await NoticeAsync(introduction, "银川市", new(2026, 9, 16), new(2026, 9, 22), ct, new CorrectionInput((int)noticeVersion, "公示结束日期录入错误"));
        await StepAsync(new RequestApprovalInput(Id(introduction), "自治区党委组织部", ["干部任免审批表", "考察材料", "本人档案", "常委会会议纪要及讨论记录", "民主推荐情况", "引进人才情况说明"], new(2026, 9, 23), null, null, Demo, null, null),
            RequestApprovalField.Command, ct);
        await StepAsync(new GrantApprovalInput(Id(introduction), "自治区党委组织部", "宁组干〔2026〕58号", new(2026, 9, 29), null, null, Demo, null, null),
            GrantApprovalField.Command, ct);
        await AppointmentNoticeAsync(introduction, new(2026, 10, 10), 12, new(2026, 10, 9), ct);
        await ProbationAsync(introduction, new(2026, 10, 10), new(2027, 10, 10), ct);

        // Audit: a 书记办公会 decision (not a valid decision body).
        var rotation = await CaseAsync(CaseChannel.Rotation, c.Zhao, Post(p.Guyuan, "市委组织部副部长", PostLevel.County, PostGrade.Deputy),
            Post(p.Guyuan, "市委统战部副部长", PostLevel.County, PostGrade.Deputy), new(2026, 6, 20), ct);
        await MotionAsync(rotation, "固原市委组织部", "市委部门副职轮岗", new(2026, 6, 21), ct);
        await DecisionAsync(rotation, DecisionBody.SecretariesMeeting, 5, 5, 5, new(2026, 6, 28), "固原市委书记办公会纪要〔2026〕3号", ct);
        await NoticeAsync(rotation, "固原市", new(2026, 6, 29), new(2026, 7, 5), ct);
        await AppointmentNoticeAsync(rotation, new(2026, 7, 10), null, new(2026, 7, 10), ct);

        // Withdrawn: 丁海 gives up the upward selection.
        var upward = await CaseAsync(CaseChannel.OpenSelectionUpward, c.Ding, Post(p.Yongning, "副县长", PostLevel.County, PostGrade.Deputy),
            Post(p.Organisation, "干部二处副处长", PostLevel.County, PostGrade.Deputy), new(2026, 4, 1), ct);
        await MotionAsync(upward, "自治区党委组织部", "公开遴选干部二处副处长", new(2026, 4, 2), ct);
        await StepAsync(new WithdrawCaseInput(Id(upward), new(2026, 5, 20), null, "本人放弃遴选", null, null), WithdrawCaseField.Command, ct);

        // Rejected: the region refuses a paired exchange that would also promote. Audit: decided with no recommendation or
        // inspection (PROC-ORDER-LEADERSHIP-PROMOTION).
        var paired = await CaseAsync(CaseChannel.PairedExchange, c.Liu, Post(p.Yinchuan, "市委办公室科长", PostLevel.Township, PostGrade.Chief),
            Post(p.Guyuan, "市委办公室副主任", PostLevel.County, PostGrade.Deputy), new(2026, 2, 1), ct);
        await MotionAsync(paired, "银川市委组织部", "银川固原对口交流", new(2026, 2, 2), ct);
        await DecisionAsync(paired, DecisionBody.StandingCommittee, 11, 9, 8, new(2026, 2, 20), "银川市委常委会纪要〔2026〕4号", ct);
        await StepAsync(new RequestApprovalInput(Id(paired), "自治区党委组织部", ["干部交流审批表"], new(2026, 2, 25), null, null, Demo, null, null),
            RequestApprovalField.Command, ct);
        await StepAsync(new RefuseApprovalInput(Id(paired), "自治区党委组织部", new(2026, 3, 10), null, null, "交流同时提拔，须先经自治区党委组织部资格审核", "宁组函〔2026〕11号", null),
            RefuseApprovalField.Command, ct);

        // Closed: an outbound secondment to the region, extended once, ended.
        var upwardSecondment = await CaseAsync(CaseChannel.OutboundSecondment, c.Jin, null, null, new(2024, 2, 20), ct);
        await MotionAsync(upwardSecondment, "西吉县委组织部", "选派金花到自治区党委组织部挂职", new(2024, 2, 21), ct);
        await DecisionAsync(upwardSecondment, DecisionBody.StandingCommittee, 9, 9, 9, new(2024, 3, 1), "西吉县委常委会纪要〔2024〕5号", ct);
        await SecondmentAsync(upwardSecondment, p.Xiji, p.Organisation, Post(p.Organisation, "挂职干部一处副处长", PostLevel.County, PostGrade.Deputy),
            new(2024, 3, 10), new(2025, 3, 10), ct);
        await StepAsync(new ExtendSecondmentInput(Id(upwardSecondment), new(2025, 9, 10), new(2025, 2, 20), null, null, Demo, null, null), ExtendSecondmentField.Command, ct);
        await StepAsync(new EndSecondmentInput(Id(upwardSecondment), new(2025, 9, 10), null, null, Demo, null, null), EndSecondmentField.Command, ct);

        // Closed: a contract appointment (聘任制) of a social talent, through probation to the formal appointment.
        var contract = await CaseAsync(CaseChannel.ContractAppointment, c.Zhou, Post(p.Soe, "高级工程师", PostLevel.Township, PostGrade.Chief, leadership: false),
            Post(p.Yinchuan, "市科技局聘任制首席工程师", PostLevel.County, PostGrade.Deputy, leadership: false), new(2025, 3, 1), ct);
        await StepAsync(new RaiseMotionInput(Id(contract), "银川市委组织部", "聘任周敏为市科技局首席工程师", new(2025, 3, 2), null, null, Demo, null, null,
            OrganisingAuthority: "自治区人力资源和社会保障厅"), RaiseMotionField.Command, ct);
        await InspectionAsync(contract, ["银川市委组织部 刘伟", "市科技局 张杰"], "银组考〔2025〕6号", new(2025, 4, 10), ct);
        await DecisionAsync(contract, DecisionBody.PartyLeadershipGroup, 7, 7, 7, new(2025, 4, 20), "市科技局党组会纪要〔2025〕8号", ct);
        await NoticeAsync(contract, "银川市", new(2025, 4, 21), new(2025, 4, 27), ct);
        await AppointmentNoticeAsync(contract, new(2025, 6, 1), 6, new(2025, 5, 8), ct);
        await ProbationAsync(contract, new(2025, 6, 1), new(2025, 12, 1), ct);
        await StepAsync(new AssessProbationInput(Id(contract), true, "试用期考核合格，胜任岗位", new(2025, 12, 5), null, null, Demo, null, null), AssessProbationField.Command, ct);
        await StepAsync(new AppointFormallyInput(Id(contract), new(2025, 12, 10), null, null, Demo, null, null), AppointFormallyField.Command, ct);

        // An inbound secondment (闽宁协作): an expert from Fujian received by 银川市, running.
        var inbound = await CaseAsync(CaseChannel.InboundSecondment, c.Han, null, null, new(2026, 4, 1), ct);
        await MotionAsync(inbound, "银川市委组织部", "接收闽宁协作挂职干部", new(2026, 4, 2), ct);
        await DecisionAsync(inbound, DecisionBody.StandingCommittee, 11, 10, 10, new(2026, 4, 10), "银川市委常委会纪要〔2026〕8号", ct);
        await SecondmentAsync(inbound, p.Fujian, p.Yinchuan, Post(p.Yinchuan, "挂职市发改委副主任", PostLevel.County, PostGrade.Deputy),
            new(2026, 4, 15), new(2027, 4, 15), ct);

        // Facts on cadres the audits read.
        var a2024 = new RecordAnnualAssessmentInput(Id(c.Ma), 2024, AssessmentGrade.Excellent, new(2025, 1, 20), null, Demo, null, null);
        await writer.SendAsync(a2024, RecordAnnualAssessmentField.Command(a2024), ct);
        var a2025 = new RecordAnnualAssessmentInput(Id(c.Ma), 2025, AssessmentGrade.Competent, new(2026, 1, 22), null, Demo, null, null);
        await writer.SendAsync(a2025, RecordAnnualAssessmentField.Command(a2025), ct);
        var reserve = new EnterReservePoolInput(Id(c.Li), PostLevel.County, "宁组后备考〔2025〕3号", new(2025, 6, 1), null, Demo, null, null);
        await writer.SendAsync(reserve, EnterReservePoolField.Command(reserve), ct);
        await ProcedureAuditCasesAsync(p, ct);
        await CareerAuditsAsync(p, ct);
        await CadreCareerAuditsAsync(p, ct);
        await SignalAuditsAsync(p, c, ct);
        await NationalProcedureAuditsAsync(p, ct);
        await IntegrityAuditsAsync(p, ct);
        await PromotionConditionAuditsAsync(p, ct);
        await TransferAgeAndAvoidanceAuditsAsync(p, ct);
    }

    private static string Id(CaseSummary summary) => GlobalId.Encode(CaseType.TypeName, summary.Id);

    private static string Id(CadreProfile cadre) => GlobalId.Encode(CadreType.TypeName, cadre.Id);

    private static string Id(UnitDetails unit) => GlobalId.Encode(UnitType.TypeName, unit.Id);

    private Task<CaseSummary> StepAsync<TInput>(TInput input, Func<TInput, RecordCaseStep> command, CancellationToken ct)
        where TInput : ICaseInput =>
        writer.SendAsync(input, command(input), ct);

    private Task<CaseSummary> MotionAsync(CaseSummary c, string proposedBy, string summary, DateOnly on, CancellationToken ct) =>
        StepAsync(new RaiseMotionInput(Id(c), proposedBy, summary, on, null, null, Demo, null, null), RaiseMotionField.Command, ct);

    private Task<CaseSummary> RecommendationAsync(CaseSummary c, RecommendationMode mode, string post, int participants, int candidates, DateOnly on, CancellationToken ct) =>
        StepAsync(new HoldDemocraticRecommendationInput(Id(c), mode, true, post, participants, candidates, on, null, null, Demo, null, null),
            HoldDemocraticRecommendationField.Command, ct);

    private Task<CaseSummary> InspectionAsync(CaseSummary c, string[] team, string report, DateOnly on, CancellationToken ct) =>
        StepAsync(new CompleteInspectionInput(Id(c), team, report, on, null, null, Demo, null, null), CompleteInspectionField.Command, ct);

    private Task<CaseSummary> ConsultationAsync(CaseSummary c, string[] parties, DateOnly on, CancellationToken ct) =>
        StepAsync(new HoldConsultationInput(Id(c), parties, on, null, null, Demo, null, null), HoldConsultationField.Command, ct);

    private Task<CaseSummary> DecisionAsync(CaseSummary c, DecisionBody body, int entitled, int attendees, int votesFor, DateOnly on, string minutes, CancellationToken ct) =>
        StepAsync(new TakeCollectiveDecisionInput(Id(c), body, entitled, attendees, votesFor, attendees - votesFor, 0, true, on, null, null, Demo, minutes, null),
            TakeCollectiveDecisionField.Command, ct);

    private Task<CaseSummary> NoticeAsync(CaseSummary c, string scope, DateOnly start, DateOnly end, CancellationToken ct, CorrectionInput? correction = null) =>
        StepAsync(new GivePublicNoticeInput(Id(c), scope, start, end, 0, 0, correction, null, Demo, null, null), GivePublicNoticeField.Command, ct);

    private Task<CaseSummary> AppointmentNoticeAsync(CaseSummary c, DateOnly takesEffectOn, int? probationMonths, DateOnly issuedOn, CancellationToken ct) =>
        StepAsync(new IssueAppointmentNoticeInput(Id(c), takesEffectOn, probationMonths is not null, probationMonths, issuedOn, null, null, Demo, null, null),
            IssueAppointmentNoticeField.Command, ct);

    private Task<CaseSummary> ProbationAsync(CaseSummary c, DateOnly start, DateOnly plannedEnd, CancellationToken ct) =>
        StepAsync(new StartProbationInput(Id(c), start, plannedEnd, null, null, Demo, null, null), StartProbationField.Command, ct);

    private Task<CaseSummary> SecondmentAsync(CaseSummary c, UnitDetails sending, UnitDetails host, PostInput hostPost, DateOnly start, DateOnly plannedEnd, CancellationToken ct) =>
        StepAsync(new StartSecondmentInput(Id(c), Id(sending), Id(host), hostPost, start, plannedEnd, null, null, Demo, null, null), StartSecondmentField.Command, ct);
}
