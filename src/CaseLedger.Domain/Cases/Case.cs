using System.Collections.Immutable;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cases;

/// <summary>When a step was recorded: the stream version of its event, and the date it happened.</summary>
public sealed record StepRecord(long Version, DateOnly EffectiveOn);

/// <summary>
/// The Case stream's decision state. Only the structurally impossible is refused; whether the
/// procedure was followed (order, durations, quorum) is for the audit to judge.
/// </summary>
public sealed partial record Case(Guid Id, CaseKind Kind, CaseChannel Channel, CaseStatus Status) : IAggregate<Case>
{
    /// <summary>Events folded so far, which is the stream version of the last one (Marten counts from 1).</summary>
    public long Version { get; init; }

    /// <summary>The current record of each step; a correction replaces it.</summary>
    public ImmutableDictionary<ProcedureStep, StepRecord> Steps { get; init; } = ImmutableDictionary<ProcedureStep, StepRecord>.Empty;

    /// <summary>Versions superseded by a correction.</summary>
    public ImmutableHashSet<long> CorrectedVersions { get; init; } = [];

    public ImmutableHashSet<ProcedureStep> StepsDone => [.. Steps.Keys];

    public static CaseOpened Open(
        Guid id, long sequenceNumber, CaseChannel channel, Guid cadreId, Post? fromPost, Post? toPost,
        DateOnly openedOn, ExchangeReason? exchangeReason = null)
    {
        var kind = CaseChannels.KindOf(channel);
        // 辞职创业 leaves for a business outside the ledger's posts; secondments name the host post when they start.
        if (kind != CaseKind.Secondment && channel != CaseChannel.ResignationToStartBusiness && toPost is null)
            throw new DomainException(ErrorCodes.ToPostRequired, "须填写拟任职位 / The post the cadre moves to is required.", "toPost");
        if (kind == CaseKind.Exchange && exchangeReason is null)
            throw new DomainException(ErrorCodes.Required, "交流须填写交流原因 / An exchange needs its reason.", "exchangeReason");
        if (kind != CaseKind.Exchange && exchangeReason is not null)
            throw new DomainException(ErrorCodes.InconsistentInput, "只有交流案件有交流原因 / Only exchanges have an exchange reason.", "exchangeReason");
        var number = $"{CaseChannels.NumberPrefix(kind)}-{openedOn.Year}-{sequenceNumber:D6}";
        return new CaseOpened(id, number, kind, channel, cadreId, fromPost, toPost, openedOn, exchangeReason);
    }

    public CaseWithdrawn Withdraw(string reason, DateOnly effectiveOn)
    {
        EnsureNotEffective();
        return new CaseWithdrawn(Id, Require.Text(reason, "reason", 500), effectiveOn);
    }

    public CaseRejected Reject(string reason, DateOnly effectiveOn)
    {
        EnsureNotEffective();
        return new CaseRejected(Id, Require.Text(reason, "reason", 500), effectiveOn);
    }

    public static Case Create(CaseOpened e) => new(e.CaseId, e.Kind, e.Channel, CaseStatus.Open) { Version = 1 };

    public Case Apply(CaseWithdrawn e) => this with { Status = CaseStatus.Withdrawn };

    public Case Apply(CaseRejected e) => this with { Status = CaseStatus.Rejected };

    public static string StreamName => "case";

    /// <summary>Every event counts towards <see cref="Version"/>, known or not, so versions match the stream's.</summary>
    public static Case? Evolve(Case? state, object @event) => (state is null ? null : state with { Version = state.Version + 1 }, @event) switch
    {
        (null, CaseOpened e) => Create(e),
        ({ } s, ApprovalRefused e) => s.Apply(e),
        ({ } s, AppointmentNoticeIssued e) => s.Apply(e),
        ({ } s, ProbationAssessed e) => s.Apply(e),
        ({ } s, FormallyAppointed e) => s.Apply(e),
        ({ } s, SecondmentStarted e) => s.Apply(e),
        ({ } s, SecondmentExtended e) => s.Apply(e),
        ({ } s, SecondmentEnded e) => s.Apply(e),
        ({ } s, SecondmentRetainedAtHost e) => s.Apply(e),
        ({ } s, CaseWithdrawn e) => s.Apply(e),
        ({ } s, CaseRejected e) => s.Apply(e),
        ({ } s, CaseStepCorrected e) => s.Apply(e),
        // A step with nothing of its own to remember: its record is all the decider needs.
        ({ } s, ICaseStep e) => s.Recorded(e.Step, e.EffectiveOn),
        (var s, _) => s,
    };
}
