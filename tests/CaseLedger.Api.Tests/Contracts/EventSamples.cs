using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Units;

namespace CaseLedger.Api.Tests.Contracts;

/// <summary>One fixed instance of every stored event type: the shape its approved JSON sample pins.</summary>
internal static class EventSamples
{
    private static readonly Guid UnitId = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid HostUnitId = Guid.Parse("00000000-0000-0000-0000-0000000000a2");
    private static readonly Guid CadreId = Guid.Parse("00000000-0000-0000-0000-0000000000c1");
    private static readonly Guid RelativeId = Guid.Parse("00000000-0000-0000-0000-0000000000c2");
    private static readonly Guid CaseId = Guid.Parse("00000000-0000-0000-0000-0000000000e1");
    private static readonly Guid FindingId = Guid.Parse("00000000-0000-0000-0000-0000000000f1");
    private static readonly DateOnly On = new(2026, 3, 4);
    private static readonly Post FromPost = new(UnitId, "副县长", PostLevel.County, PostGrade.Deputy, true);
    private static readonly Post ToPost = new(HostUnitId, "县委副书记", PostLevel.County, PostGrade.Deputy, true);

    public static IReadOnlyList<object> All { get; } =
    [
        new UnitRegistered(UnitId, "640422", "西吉县", UnitKind.PartyGovOrgan, AdministrativeLevel.County, HostUnitId, NingxiaArea.Mountain, false, On),
        new UnitRenamed(UnitId, "原州区", On),
        new UnitReclassified(UnitId, UnitKind.ReferenceManagedUnit, new DateOnly(2026, 2, 1), On),
        new UnitMoved(UnitId, HostUnitId, On),
        new UnitDissolved(UnitId, On),
        new UnitLeaderDepartureAnnounced(UnitId, "张明", "县委书记", new DateOnly(2026, 4, 30), On),
        new UnitRestructuringAnnounced(UnitId, "与县科协合并", new DateOnly(2026, 6, 30), On),

        new CadreRegistered(CadreId, "马文军", Gender.Male, new DateOnly(1980, 4, 12), "回族", new DateOnly(2004, 7, 1), "大学本科",
            new DateOnly(2002, 8, 1), CadreCategory.CivilServant, ["西吉县"], On),
        new BaselinePostRecorded(CadreId, FromPost, new DateOnly(2019, 3, 1), null, On),
        new KinRelationDeclared(CadreId, "马兰", RelativeId, KinRelation.Spouse, On),
        new SanctionRecorded(CadreId, SanctionKind.PartyDiscipline, "党内警告", 6, On),
        new AnnualAssessmentRecorded(CadreId, 2025, AssessmentGrade.Competent, On),
        new AnnualAssessmentCorrected(CadreId, 2025, AssessmentGrade.Competent, AssessmentGrade.Excellent, "等次录入错误", On),
        new ReservePoolEntered(CadreId, PostLevel.County, "后备考察〔2026〕2号", On, new(2026, 2, 20)),
        new ReservePoolLeft(CadreId, "已提拔", On),
        new PersonalDetailsCorrected(CadreId, "birthDate", "1980-04-12", "1980-05-12", "身份证核对", On),
        new CadreLeftService(CadreId, "退休", On),
        new ReferenceManagedRegistrationRecorded(CadreId, UnitId, new DateOnly(2008, 7, 1), HireChannel.PublicInstitutionOpenRecruitment, "宁人社登〔2011〕5号", On),

        new CaseOpened(CaseId, "JL-2026-000001", CaseKind.Exchange, CaseChannel.LateralTransfer, CadreId, FromPost, ToPost, On, ExchangeReason.WorkNeeds),
        new MotionRaised(CaseId, "县委组织部", "拟转任", On, "自治区党委组织部", "宁组函〔2026〕5号"),
        new DemocraticRecommendationHeld(CaseId, RecommendationMode.Meeting, true, "县委副书记", 40, 3, On, Post.IdOf(UnitId, "县委副书记")),
        new InspectionTargetsDetermined(CaseId, ["马文军", "李明"], On),
        new InspectionCompleted(CaseId, ["王组长", "张组员"], "考察报告〔2026〕1号", On),
        new ConsultationHeld(CaseId, ["分管领导", "纪委监委"], On),
        new CollectiveDecisionTaken(CaseId, DecisionBody.StandingCommittee, 11, 10, 9, 1, 0, true, On),
        new PublicNoticeGiven(CaseId, "全县", new DateOnly(2026, 2, 23), new DateOnly(2026, 3, 2), 1, 1, On),
        new ApprovalRequested(CaseId, "市委组织部", ["干部任免审批表"], On),
        new ApprovalGranted(CaseId, "市委组织部", "固组干〔2026〕9号", On),
        new ApprovalRefused(CaseId, "市委组织部", "任职年限不足", On),
        new FilingSubmitted(CaseId, "自治区党委组织部", ["备案表"], On),
        new FilingAccepted(CaseId, "自治区党委组织部", On),
        new SendingUnitConsentRecorded(CaseId, UnitId, "西组函〔2026〕3号", On),
        new TransferQualificationRecorded(CaseId, QualificationRoute.OpenSelection, "宁组通〔2026〕8号", On),
        new SendingUnitOpinionRecorded(CaseId, UnitId, true, "宁国资函〔2026〕12号", On),
        new ExaminationHeld(CaseId, 12, "宁组通〔2026〕15号 笔试面试成绩", On),
        new EligibilityReviewed(CaseId, false, "自治区党委组织部干部一处", ["年龄", "学历", "任职年限"], On),
        new AppointmentTalkHeld(CaseId, "县委组织部部长", On),
        new AppointmentNoticeIssued(CaseId, new DateOnly(2026, 3, 5), true, 12, On),
        new ProbationStarted(CaseId, new DateOnly(2027, 3, 5), On),
        new ProbationAssessed(CaseId, true, "胜任", On),
        new FormallyAppointed(CaseId, On),
        new SecondmentStarted(CaseId, UnitId, HostUnitId, ToPost, new DateOnly(2028, 3, 4), On),
        new SecondmentExtended(CaseId, new DateOnly(2029, 3, 4), On),
        new SecondmentEnded(CaseId, On),
        new SecondmentRetainedAtHost(CaseId, ToPost, "西组干〔2026〕20号", On, new RetentionDecision(DecisionBody.StandingCommittee, On.AddDays(-10), 11, 9, 8, 1, 0)),
        new CaseWithdrawn(CaseId, "人选调整", On),
        new CaseRejected(CaseId, "考察未通过", On),
        new CaseStepCorrected(CaseId, 7, ProcedureStep.CollectiveDecision, "到会人数录入错误", On),
        new FindingRaised(FindingId, "TL-DECISION-QUORUM", 1, AuditSeverity.Violation, CaseId, CadreId, [7],
            "2026-03-04 讨论决定：应到 11 人、实到 6 人，不足三分之二。 / Decision of 2026-03-04: 6 of 11 members present, below 2/3.", On, new DateOnly(2026, 3, 4)),
        new FindingRestated(FindingId, 1, AuditSeverity.Violation, [5],
            "期限 2026-03-04 已过，未见到基层任职或挂职记录。 / The deadline 2026-03-04 has passed: no grassroots post or secondment recorded.", true, On, new DateOnly(2025, 3, 4)),
        new FindingCleared(FindingId, "重新评估未再发现 / re-evaluation no longer finds it", On),
        new FindingAcknowledged(FindingId, On),
        new FindingConfirmed(FindingId, [AccountabilityAction.CirculatedCriticism, AccountabilityAction.Admonishment], On),
        new FindingDismissed(FindingId, "会议纪要补正后到会人数符合要求", On),
        new FindingResolved(FindingId, "已重新召开常委会讨论决定", On),
        new FindingReopened(FindingId, "整改材料不实", On),
        new AuditDayBegan(On),
    ];

    /// <summary>
    /// Event types found by shape, so a new event cannot be forgotten: a record in the domain whose first
    /// constructor parameter is the stream's Guid id and which carries its EffectiveOn date.
    /// </summary>
    public static IReadOnlyList<Type> DomainEventTypes { get; } =
        [.. typeof(Case).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsSealed: true, IsPublic: true } && t.GetProperty("EffectiveOn")?.PropertyType == typeof(DateOnly))
            .Where(t => t.GetConstructors().Any(c => c.GetParameters() is [{ ParameterType: var idType, Name: var name }, ..]
                && idType == typeof(Guid) && name!.EndsWith("Id", StringComparison.Ordinal)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];
}
