using System.Collections.Immutable;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using Marten.Events.Aggregation;

namespace CaseLedger.Api.Cases;

/// <summary>A case at a glance (inline projection: read-your-writes).</summary>
public sealed record CaseSummary(
    Guid Id,
    string Number,
    CaseKind Kind,
    CaseChannel Channel,
    Guid CadreId,
    Post? FromPost,
    Post? ToPost,
    CaseStatus Status,
    ImmutableList<ProcedureStep> StepsDone,
    DateOnly OpenedOn,
    long Version);

public sealed partial class CaseSummaryProjection : SingleStreamProjection<CaseSummary, Guid>
{
    public static CaseSummary Create(CaseOpened e) =>
        new(e.CaseId, e.CaseNumber, e.Kind, e.Channel, e.CadreId, e.FromPost, e.ToPost, CaseStatus.Open, [], e.EffectiveOn, 1);

    public static CaseSummary Apply(MotionRaised e, CaseSummary current) =>
        current with { StepsDone = current.StepsDone.Add(ProcedureStep.Motion) };
}
