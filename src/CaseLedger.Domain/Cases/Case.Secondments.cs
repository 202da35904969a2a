using System.Collections.Immutable;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cases;

/// <summary>挂职: start → extensions → return or retention at the host (catalogue §2.9). Secondment cases only.</summary>
public sealed partial record Case
{
    /// <summary>The planned end set at the start, then after each extension; the last one counts.</summary>
    public ImmutableList<DateOnly> PlannedEnds { get; init; } = [];

    /// <summary>The case becomes Effective.</summary>
    public SecondmentStarted StartSecondment(Guid sendingUnitId, Guid hostUnitId, Post? hostPost, DateOnly startOn, DateOnly plannedEndOn)
    {
        EnsureNew(ProcedureStep.Secondment);
        EnsureKind(CaseKind.Secondment, ProcedureStep.Secondment);
        Require.Id(sendingUnitId, "sendingUnitId");
        if (Require.Id(hostUnitId, "hostUnitId") == sendingUnitId)
            throw new DomainException(ErrorCodes.InconsistentInput, "挂职单位不能是派出单位 / The host cannot be the sending unit.", "hostUnitId");
        if (hostPost is not null && hostPost.UnitId != hostUnitId)
            throw new DomainException(ErrorCodes.InconsistentInput, "挂职职位不在挂职单位 / The host post is not in the host unit.", "hostPost");
        if (plannedEndOn <= startOn)
            throw new DomainException(ErrorCodes.EndBeforeStart, "挂职结束日须晚于开始日 / The secondment must end after it starts.", "plannedEndOn");
        return new SecondmentStarted(Id, sendingUnitId, hostUnitId, hostPost, plannedEndOn, startOn);
    }

    /// <summary>May recur; each extension must move the planned end later.</summary>
    public SecondmentExtended ExtendSecondment(DateOnly newPlannedEndOn, DateOnly effectiveOn)
    {
        var started = Running(ProcedureStep.SecondmentExtension);
        if (newPlannedEndOn <= PlannedEnds[^1])
            throw new DomainException(ErrorCodes.NotAnExtension,
                $"新的结束日须晚于 {PlannedEnds[^1]:yyyy-MM-dd} / The new planned end must be after {PlannedEnds[^1]:yyyy-MM-dd}.", "newPlannedEndOn");
        return new SecondmentExtended(Id, newPlannedEndOn,
            NotBefore(effectiveOn, started, ProcedureStep.Secondment, ProcedureStep.SecondmentExtension, "effectiveOn"));
    }

    /// <summary>The cadre returns to the sending unit; the case closes.</summary>
    public SecondmentEnded EndSecondment(DateOnly returnedOn)
    {
        var started = Running(ProcedureStep.SecondmentEnd);
        return new SecondmentEnded(Id, Require.NotBefore(returnedOn, started.EffectiveOn, "returnedOn"));
    }

    /// <summary>留任 is itself a transfer that needs its own formalities; the case closes.</summary>
    public SecondmentRetainedAtHost RetainAtHost(Post hostPost, string decisionReference, DateOnly effectiveOn, RetentionDecision? decision = null)
    {
        var started = Running(ProcedureStep.RetentionAtHost);
        if (decision is not null)
        {
            Tally(decision.MembersEntitled, decision.Attendees, decision.VotesFor, decision.VotesAgainst, decision.Abstentions, "decision.");
            if (decision.DecidedOn > effectiveOn)
                throw new DomainException(ErrorCodes.InconsistentInput,
                    "留任决定日期不能晚于留任日期 / The retention decision cannot be dated after the retention.", "decision.decidedOn");
        }
        return new SecondmentRetainedAtHost(Id, hostPost, Require.Text(decisionReference, "decisionReference"),
            NotBefore(effectiveOn, started, ProcedureStep.Secondment, ProcedureStep.RetentionAtHost, "effectiveOn"), decision);
    }

    /// <summary>A started secondment that has not ended (an ended one has closed the case).</summary>
    private StepRecord Running(ProcedureStep step)
    {
        EnsureNotClosed();
        EnsureKind(CaseKind.Secondment, step);
        return Needs(ProcedureStep.Secondment, step);
    }

    public Case Apply(SecondmentStarted e) =>
        Recorded(e.Step, e.EffectiveOn) with
        {
            Status = CaseStatus.Effective,
            PlannedEnds = PlannedEnds.IsEmpty ? [e.PlannedEndOn] : PlannedEnds.SetItem(0, e.PlannedEndOn),
        };

    public Case Apply(SecondmentExtended e) =>
        Recorded(e.Step, e.EffectiveOn) with { PlannedEnds = PlannedEnds.Add(e.NewPlannedEndOn) };

    public Case Apply(SecondmentEnded e) => Recorded(e.Step, e.EffectiveOn) with { Status = CaseStatus.Closed };

    public Case Apply(SecondmentRetainedAtHost e) => Recorded(e.Step, e.EffectiveOn) with { Status = CaseStatus.Closed };
}
