using System.Collections.Immutable;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Api.Cadres.Career;

/// <summary>
/// The facts a cadre's career is derived from: posts held before the ledger, and what each case
/// did to the cadre (an appointment taking effect, a secondment). Stored facts, not derived spells,
/// so a correction simply replaces a case's fact; <see cref="CareerTimeline"/> derives the rest.
/// </summary>
public sealed record CadreCareer(
    Guid Id,
    DateOnly BirthDate,
    ImmutableList<BaselineSpell> Baseline,
    ImmutableList<CaseEffect> Cases,
    ReserveStatus? Reserve,
    DateOnly? LeftServiceOn)
{
    /// <summary>Every unit the cadre has held a post in: lets PostgreSQL find a unit's roster.</summary>
    public ImmutableList<Guid> UnitIds { get; init; } = [];

    /// <summary>The latest primary post by effective date, denormalised for filtering in SQL.</summary>
    public Post? LatestPost { get; init; }

    public CadreCareer WithCase(Guid caseId, Func<CaseEffect, CaseEffect> change) =>
        Cases.FindIndex(c => c.CaseId == caseId) is var i and >= 0
            ? Refresh(this with { Cases = Cases.SetItem(i, change(Cases[i])) })
            : this;

    /// <summary>Recomputes the denormalised columns after any change.</summary>
    public static CadreCareer Refresh(CadreCareer career)
    {
        var timeline = CareerTimeline.Build(career);
        return career with
        {
            UnitIds = [.. timeline.Posts.Select(p => p.Post.UnitId).Concat(timeline.Secondments.Select(s => s.HostUnitId)).Distinct()],
            LatestPost = timeline.Posts.LastOrDefault(p => p.To is null)?.Post,
        };
    }
}

/// <summary>A post held before the ledger began (基线任职).</summary>
public sealed record BaselineSpell(Post Post, DateOnly From, DateOnly? To);

/// <summary>What one case did to the cadre's career, as far as the ledger knows now.</summary>
public sealed record CaseEffect(
    Guid CaseId,
    CaseKind Kind,
    CaseChannel Channel,
    Post? ToPost,
    DateOnly? TakesEffectOn = null,
    DateOnly? TrialFailedOn = null,
    SecondmentFact? Secondment = null);

/// <summary>A secondment (挂职): host, planned end, and how it ended.</summary>
public sealed record SecondmentFact(
    Guid HostUnitId,
    Post? HostPost,
    DateOnly Start,
    DateOnly PlannedEnd,
    DateOnly? EndedOn = null,
    DateOnly? RetainedOn = null,
    Post? RetainedPost = null);

/// <summary>后备干部: in the reserve pool for a target level since a date.</summary>
public sealed record ReserveStatus(PostLevel TargetLevel, DateOnly Since, string? InspectionReference);
