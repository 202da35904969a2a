using System.Collections.Immutable;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cases;

/// <summary>The Case stream's decision state.</summary>
public sealed record Case(Guid Id, CaseKind Kind, CaseStatus Status, ImmutableHashSet<ProcedureStep> StepsDone) : IAggregate<Case>
{
    public static CaseOpened Open(
        Guid id, long sequenceNumber, CaseChannel channel, Guid cadreId, Post? fromPost, Post? toPost,
        DateOnly openedOn)
    {
        var kind = CaseChannels.KindOf(channel);
        if (kind != CaseKind.Secondment && toPost is null)
            throw new DomainException(ErrorCodes.ToPostRequired, "须填写拟任职位 / The post the cadre moves to is required.", "toPost");
        var number = $"{CaseChannels.NumberPrefix(kind)}-{openedOn.Year}-{sequenceNumber:D6}";
        return new CaseOpened(id, number, kind, channel, cadreId, fromPost, toPost, openedOn);
    }

    public MotionRaised RaiseMotion(string proposedBy, string summary, DateOnly effectiveOn)
    {
        EnsureOpen();
        if (StepsDone.Contains(ProcedureStep.Motion))
            throw new DomainException(ErrorCodes.StepAlreadyRecorded, "动议已记录 / The motion is already recorded.");
        return new MotionRaised(Id, Require.Text(proposedBy, "proposedBy"), Require.Text(summary, "summary", 2000), effectiveOn);
    }

    private void EnsureOpen()
    {
        if (Status is CaseStatus.Closed or CaseStatus.Withdrawn or CaseStatus.Rejected)
            throw new DomainException(ErrorCodes.CaseClosed, $"案件已结束（{Status}） / The case is {Status}.");
    }

    public static Case Create(CaseOpened e) => new(e.CaseId, e.Kind, CaseStatus.Open, []);

    public Case Apply(MotionRaised e) => this with { StepsDone = StepsDone.Add(ProcedureStep.Motion) };

    public static string StreamName => "case";

    public static Case? Evolve(Case? state, object @event) => (state, @event) switch
    {
        (null, CaseOpened e) => Create(e),
        (not null, MotionRaised e) => state.Apply(e),
        _ => state,
    };
}
