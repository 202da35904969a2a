using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Tests.Testing;

namespace CaseLedger.Domain.Tests.Cases;

/// <summary>A promotion case walked through the canonical steps, one event builder per step.</summary>
public partial class CaseTests
{
    private static readonly DateOnly Day0 = new(2024, 1, 8);
    private static readonly Guid CaseId = Guid.Parse("00000000-0000-0000-0000-0000000000e1");
    private static readonly Guid CadreId = Guid.Parse("00000000-0000-0000-0000-0000000000c1");
    private static readonly Guid SendingUnitId = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid HostUnitId = Guid.Parse("00000000-0000-0000-0000-0000000000a2");
    private static readonly Post FromPost = new(SendingUnitId, "科长", PostLevel.Township, PostGrade.Chief, true);
    private static readonly Post ToPost = new(HostUnitId, "副局长", PostLevel.County, PostGrade.Deputy, true);

    private static DateOnly Day(int n) => Day0.AddDays(n);

    private static CaseOpened Opened(CaseChannel channel = CaseChannel.InternalPromotion) =>
        new(CaseId, $"{CaseChannels.NumberPrefix(CaseChannels.KindOf(channel))}-2024-000001", CaseChannels.KindOf(channel), channel, CadreId,
            FromPost, ToPost, Day0, CaseChannels.KindOf(channel) == CaseKind.Exchange ? ExchangeReason.WorkNeeds : null);

    private static CaseOpened SecondmentOpened() => Opened(CaseChannel.OutboundSecondment) with { ToPost = null };

    private static MotionRaised Motion() => new(CaseId, "县委组织部", "拟提拔", Day(1));

    private static DemocraticRecommendationHeld Recommendation(RecommendationMode mode = RecommendationMode.Meeting) =>
        new(CaseId, mode, true, "副局长", 40, 3, Day(5));

    private static InspectionTargetsDetermined Targets() => new(CaseId, ["马兰", "李明"], Day(10));

    private static InspectionCompleted Inspection() => new(CaseId, ["王组长", "张组员"], "考察报告〔2024〕1号", Day(20));

    private static ConsultationHeld Consultation() => new(CaseId, ["分管领导", "统战部"], Day(25));

    private static CollectiveDecisionTaken Decision() =>
        new(CaseId, DecisionBody.StandingCommittee, 11, 9, 8, 1, 0, true, Day(30));

    private static PublicNoticeGiven PublicNotice() => new(CaseId, "全县", Day(31), Day(38), 1, 1, Day(38));

    private static ApprovalRequested ApprovalRequested() => new(CaseId, "市委组织部", ["干部任免审批表", "考察材料"], Day(39));

    private static FilingSubmitted FilingSubmitted() => new(CaseId, "市委组织部", ["备案表"], Day(39));

    private static AppointmentNoticeIssued AppointmentNotice(bool onProbation = true) =>
        new(CaseId, Day(45), onProbation, onProbation ? 12 : null, Day(44));

    private static ProbationStarted ProbationStarted() => new(CaseId, Day(45).AddYears(1), Day(45));

    private static ProbationAssessed ProbationAssessed(bool passed = true) => new(CaseId, passed, "胜任", Day(45).AddYears(1));

    private static SecondmentStarted SecondmentStarted() => new(CaseId, SendingUnitId, HostUnitId, ToPost, Day(100), Day(10));

    /// <summary>Open, motion and the collective decision: enough for an appointment notice.</summary>
    private static object[] Decided() => [Opened(), Motion(), Decision()];

    /// <summary>In force, on probation since <see cref="ProbationStarted"/>.</summary>
    private static object[] OnProbation() => [.. Decided(), AppointmentNotice(), ProbationStarted()];

    private static object[] Seconded() => [SecondmentOpened(), SecondmentStarted()];

    private static Spec<Case> Given(params object[] events) => Spec<Case>.Given(events);

    private static Case Fold(params object[] events) => events.Aggregate((Case?)null, Case.Evolve)!;

    /// <summary>The three ways a case ends before taking effect or after it.</summary>
    public static TheoryData<string> EndedCases() => ["withdrawn", "rejected", "closed"];

    private static object[] Ended(string how) => how switch
    {
        "withdrawn" => [Opened(), new CaseWithdrawn(CaseId, "r", Day(2))],
        "rejected" => [Opened(), new CaseRejected(CaseId, "r", Day(2))],
        _ => [.. OnProbation(), ProbationAssessed(passed: false)],
    };
}
