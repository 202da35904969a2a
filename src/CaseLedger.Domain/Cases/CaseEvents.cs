using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cases;

/// <summary>立案: an exchange, secondment or appointment case opens for one cadre.</summary>
public sealed record CaseOpened(
    Guid CaseId,
    string CaseNumber,
    CaseKind Kind,
    CaseChannel Channel,
    Guid CadreId,
    Post? FromPost,
    Post? ToPost,
    DateOnly EffectiveOn);

/// <summary>动议: the proposal to fill a post or move a cadre, by whom.</summary>
public sealed record MotionRaised(Guid CaseId, string ProposedBy, string Summary, DateOnly EffectiveOn);
