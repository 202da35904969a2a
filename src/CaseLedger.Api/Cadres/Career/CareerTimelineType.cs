using CaseLedger.Api.Ledger;
using CaseLedger.Api.Units;
using CaseLedger.Api.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace CaseLedger.Api.Cadres.Career;

internal sealed class CareerTimelineType : ObjectGraphType<CareerView>
{
    public CareerTimelineType()
    {
        Name = "CareerTimeline";
        Description = "履历: every post and secondment on the effective-date axis, with the promotions and the facts derived from them.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PostSpellType>>>>("posts")
            .Description("Every primary post held, oldest first; a post taken up on D ends the previous one on D − 1.")
            .Resolve(c => c.Source.Timeline.Posts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SecondmentSpellType>>>>("secondments")
            .Description("Every secondment, oldest first.").Resolve(c => c.Source.Timeline.Secondments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PromotionType>>>>("promotions")
            .Description("提拔: each move to a more senior post, with its date.").Resolve(c => c.Source.Timeline.Promotions);
        Field<NonNullGraphType<CareerFactsType>>("facts")
            .Description("Age, tenure and grassroots experience on a date (default: today in Beijing time).")
            .Argument<DateOnlyGraphType>("asOf", "The effective date the facts are for.")
            .Resolve(c =>
            {
                var asOf = c.GetArgument<DateOnly?>("asOf") ?? c.Today();
                var timeline = c.Source.Timeline;
                var unitIds = timeline.Posts.Select(p => p.Post.UnitId).Concat(timeline.Secondments.Select(s => s.HostUnitId)).Distinct();
                return unitIds.Select(c.UnitLoaders().UnitsForFacts.Load).All().Then(units => CareerFacts.On(asOf, c.Source.Career.BirthDate, timeline,
                    units.OfType<Units.UnitDetails>().ToDictionary(u => u.Id, u => u.Level)));
            });
    }
}

internal sealed class CareerFactsType : ObjectGraphType<CareerFacts>
{
    public CareerFactsType()
    {
        Name = "CareerFacts";
        Description = "Derived facts the audits use, on one effective date. Years are decimal (365.25-day years, 2 places).";
        Field(x => x.AsOf, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("The date the facts are for.");
        Field(x => x.Age).Description("年龄: full years of age on the date.");
        Field(x => x.YearsInPost, nullable: true).Description("任现职年限: years in the post held on the date; null when none.");
        Field(x => x.YearsAtLevel, nullable: true).Description("任现职级年限: years at the current level and grade, across consecutive posts; null when none.");
        Field(x => x.GrassrootsYears).Description("基层工作经历: years in posts or secondments at county level and below, up to the date.");
        Field(x => x.GrassrootsLeadershipYears).Description("基层领导经历: of those, years in a leadership post.");
    }
}

/// <summary>The career fields on Cadre: current posting, posting on a date, the timeline.</summary>
internal static class CadreCareerFields
{
    public static void AddCareerFields(this ObjectGraphType<CadreProfile> cadre)
    {
        cadre.Field<PostingType>("currentPosting")
            .Description("现任职务: primary post, running secondments, reserve pool and service status today (Beijing time); inside asRecordedAt, on that day as recorded then.")
            .Resolve(c => c.LoadCareer(c.Source.Id)
                .Then(career => career is null ? null : Posting.On(career, c.Today())));
        cadre.Field<PostingType>("posting")
            .Description("任职情况 on any effective date: where the cadre stood then, as the ledger now knows it.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("asOf", "The effective date, e.g. 2019-05-01.")
            .Resolve(c => c.LoadCareer(c.Source.Id)
                .Then(career => career is null ? null : Posting.On(career, c.GetArgument<DateOnly>("asOf"))));
        cadre.Field<CareerTimelineType>("career")
            .Description("履历: every post and secondment held, promotions, and derived facts.")
            .Resolve(c => c.LoadCareer(c.Source.Id)
                .Then(career => career is null ? null : new CareerView(career, CareerTimeline.Build(career))));
    }
}
