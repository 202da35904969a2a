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
            .Description("花名册: who holds a primary post in this unit on a date (default today), by seniority. Secondees are not listed.")
            .Argument<DateOnlyGraphType>("asOf", "The effective date, e.g. 2019-05-01.")
            .ResolveAsync(async c =>
            {
                var asOf = c.GetArgument<DateOnly?>("asOf") ?? c.RequestServices!.GetRequiredService<TimeProvider>().Today();
                var unitId = c.Source.Id;
                var careers = await c.RequestServices!.GetRequiredService<IQuerySession>().Query<CadreCareer>()
                    .Where(x => x.UnitIds.Contains(unitId)).ToListAsync(c.CancellationToken);
                return careers
                    .Select(career => (career.Id, Spell: CareerTimeline.Build(career).PostOn(asOf)))
                    .Where(x => x.Spell?.Post.UnitId == unitId)
                    .Select(x => new RosterEntry(x.Id, x.Spell!))
                    .OrderByDescending(e => PostLadder.Of(e.Spell.Post).SortKey).ThenBy(e => e.Spell.From)
                    .ToList();
            });
}
