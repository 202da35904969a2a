using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Promotions;

namespace CaseLedger.Api.Cadres.Career;

/// <summary>A post held from–to (both inclusive; To null while held), and the case behind it (null for baseline data).</summary>
public sealed record PostSpell(Post Post, DateOnly From, DateOnly? To, Guid? CaseId)
{
    public bool Covers(DateOnly day) => From <= day && (To is null || To >= day);
}

/// <summary>A secondment from–to; To is the return (or retention) date, null while it runs.</summary>
public sealed record SecondmentSpell(Guid CaseId, Guid HostUnitId, Post? HostPost, DateOnly From, DateOnly PlannedEnd, DateOnly? To, bool RetainedAtHost)
{
    public bool Covers(DateOnly day) => From <= day && (To is null || To >= day);
}

/// <summary>A promotion in the career (提拔 or 职级晋升, as <see cref="Moves.Compare"/> says).</summary>
public sealed record Promotion(DateOnly On, Post From, Post To, Guid? CaseId);

/// <summary>
/// A cadre's posts on the effective-date axis, derived purely from <see cref="CadreCareer"/>:
/// a post taken up on D ends the previous one on D − 1; leaving service ends everything.
/// </summary>
public sealed record CareerTimeline(IReadOnlyList<PostSpell> Posts, IReadOnlyList<SecondmentSpell> Secondments)
{
    public static CareerTimeline Build(CadreCareer career)
    {
        var starts = career.Baseline.Select(b => (Spell: new PostSpell(b.Post, b.From, b.To, null), Order: 0))
            .Concat(career.Cases.SelectMany(CaseStarts).Select(s => (Spell: s, Order: 1)))
            .OrderBy(s => s.Spell.From).ThenBy(s => s.Order)
            .Select(s => s.Spell)
            .ToList();
        var cutoffs = career.Cases
            .Where(c => c.Channel == CaseChannel.ResignationToStartBusiness && c.TakesEffectOn is not null)
            .Select(c => c.TakesEffectOn!.Value.AddDays(-1))
            .Concat(career.LeftServiceOn is { } left ? [left] : [])
            .ToList();

        var posts = starts.Select((spell, i) => Clip(spell, i + 1 < starts.Count ? starts[i + 1].From.AddDays(-1) : null, cutoffs)).ToList();
        var secondments = career.Cases
            .SelectMany(c => c.Secondment is { } s
                ? [new SecondmentSpell(c.CaseId, s.HostUnitId, s.HostPost, s.Start, s.PlannedEnd, Earliest(s.EndedOn ?? s.RetainedOn, career.LeftServiceOn), s.RetainedOn is not null)]
                : Array.Empty<SecondmentSpell>())
            .OrderBy(s => s.From)
            .ToList();
        return new CareerTimeline(posts, secondments);
    }

    public PostSpell? PostOn(DateOnly day) => Posts.LastOrDefault(p => p.Covers(day));

    public IReadOnlyList<SecondmentSpell> SecondmentsOn(DateOnly day) => [.. Secondments.Where(s => s.Covers(day))];

    public IReadOnlyList<Promotion> Promotions =>
        [.. Posts.Zip(Posts.Skip(1)).Where(p => Moves.Compare(p.First.Post, p.Second.Post) is not null)
            .Select(p => new Promotion(p.Second.From, p.First.Post, p.Second.Post, p.Second.CaseId))];

    private static IEnumerable<PostSpell> CaseStarts(CaseEffect effect)
    {
        if (effect.TakesEffectOn is { } on && effect.ToPost is { } post && effect.Kind != CaseKind.Secondment)
            yield return new PostSpell(post, on, effect.TrialFailedOn, effect.CaseId);
        if (effect.Secondment is { RetainedOn: { } retained, RetainedPost: { } hostPost })
            yield return new PostSpell(hostPost, retained, null, effect.CaseId);
    }

    private static PostSpell Clip(PostSpell spell, DateOnly? nextStartsDayBefore, List<DateOnly> cutoffs)
    {
        var to = Earliest(spell.To, nextStartsDayBefore);
        foreach (var cutoff in cutoffs.Where(c => c >= spell.From))
            to = Earliest(to, cutoff);
        return spell with { To = to };
    }

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
