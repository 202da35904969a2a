using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Ledger;
using CaseLedger.Api.Units;
using GraphQL;
using GraphQL.Types;
using Marten;
using CaseLedger.Domain.Promotions;

namespace CaseLedger.Api.Cadres.Career;

/// <summary>花名册: who holds which post in a unit on a date.</summary>
public sealed record RosterEntry(Guid CadreId, PostSpell Spell);

internal sealed class RosterEntryType : ObjectGraphType<RosterEntry>
{
    public RosterEntryType()
    {
        Name = "RosterEntry";
        Description = "One post in the unit's roster and who holds it.";
        Field<NonNullGraphType<CadreType>>("cadre").Description("The cadre holding the post.").Resolve(c => c.LoadCadre(c.Source.CadreId));
        Field(x => x.Spell, type: typeof(NonNullGraphType<PostSpellType>)).Description("The post, since when, and the case behind it.");
    }
}

internal static class UnitRosterField
{
    public static void AddRosterField(this ObjectGraphType<UnitDetails> unit) =>
        unit.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RosterEntryType>>>>("roster")
            .Description("花名册: who holds a primary post in this unit on a date (default today), by seniority. Secondees are not listed. "
                + "Inside asRecordedAt / asOfVersion: the posts as the ledger had recorded them at that moment (default date: that moment's day).")
            .Argument<DateOnlyGraphType>("asOf", "The effective date, e.g. 2019-05-01.")
            .ResolveAsync(async c =>
            {
                var asOf = c.GetArgument<DateOnly?>("asOf") ?? c.Today();
                var unitId = c.Source.Id;
                var session = c.RequestServices!.GetRequiredService<IQuerySession>();
                var careers = await session.Query<CadreCareer>().Where(x => x.UnitIds.Contains(unitId)).ToListAsync(c.CancellationToken);
                if (c.RecordedAt() is { } at)
                    careers = await AsRecordedAsync(session, careers, at, c.CancellationToken);
                return careers
                    .Select(career => (career.Id, Spell: CareerTimeline.Build(career).PostOn(asOf)))
                    .Where(x => x.Spell?.Post.UnitId == unitId)
                    .Select(x => new RosterEntry(x.Id, x.Spell!))
                    .OrderByDescending(e => PostLadder.Of(e.Spell.Post).SortKey).ThenBy(e => e.Spell.From)
                    .ToList();
            });

    /// <summary>
    /// The careers as recorded at <paramref name="at"/>: a post recorded later is not shown. Today's careers naming the unit
    /// are the candidates (a post moved to another unit by a later correction is the one case this misses), each folded from the events recorded by then.
    /// </summary>
    private static async Task<IReadOnlyList<CadreCareer>> AsRecordedAsync(IQuerySession session, IReadOnlyList<CadreCareer> now, DateTimeOffset at, CancellationToken ct)
    {
        var then = new List<CadreCareer>(now.Count);
        foreach (var career in now)
        {
            if (await CareerAsRecorded.FoldAsync(session, career.Id, at, ct) is { } stood)
                then.Add(stood);
        }
        return then;
    }
}
