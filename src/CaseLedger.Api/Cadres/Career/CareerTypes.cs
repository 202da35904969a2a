using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Units;
using GraphQL.Types;

namespace CaseLedger.Api.Cadres.Career;

/// <summary>Where a cadre stood on one effective date.</summary>
public sealed record Posting(DateOnly AsOf, PostSpell? Primary, IReadOnlyList<SecondmentSpell> Secondments, ReserveStatus? Reserve, bool InService)
{
    public static Posting On(CadreCareer career, DateOnly day)
    {
        var timeline = CareerTimeline.Build(career);
        return new Posting(day, timeline.PostOn(day), timeline.SecondmentsOn(day),
            career.Reserve is { } r && r.Since <= day ? r : null, career.LeftServiceOn is not { } left || left > day);
    }
}

/// <summary>A cadre's whole career with the timeline derived from it.</summary>
public sealed record CareerView(CadreCareer Career, CareerTimeline Timeline);

internal sealed class PostingType : ObjectGraphType<Posting>
{
    public PostingType()
    {
        Name = "Posting";
        Description = "任职情况: where a cadre stood on one effective date — primary post, secondments, reserve pool, service.";
        Field(x => x.AsOf, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("The effective date this posting is for.");
        Field(x => x.Primary, type: typeof(PostSpellType)).Description("现任职务: the primary post held on that date; null when none.");
        Field(x => x.Secondments, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SecondmentSpellType>>>)).Description("挂职: secondments running on that date.");
        Field(x => x.Reserve, type: typeof(ReserveStatusType)).Description("后备干部: reserve-pool entry in force now (entered on or before the date); null when not in the pool.");
        Field(x => x.InService).Description("False once the cadre has left service (on or before the date).");
    }
}

internal sealed class PostSpellType : ObjectGraphType<PostSpell>
{
    public PostSpellType(IEnumerable<GraphTypeExtension<PostSpellType>> extensions)
    {
        Name = "PostSpell";
        Description = "A post held from–to on the effective-date axis, and the case behind it.";
        Field(x => x.Post, type: typeof(NonNullGraphType<PostType>)).Description("The post.");
        Field(x => x.From, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("First day in the post.");
        Field(x => x.To, type: typeof(DateOnlyGraphType)).Description("Last day in the post; null while still held.");
        this.ApplyAll(extensions);
    }
}

internal sealed class SecondmentSpellType : ObjectGraphType<SecondmentSpell>
{
    public SecondmentSpellType(IEnumerable<GraphTypeExtension<SecondmentSpellType>> extensions)
    {
        Name = "SecondmentSpell";
        Description = "挂职: a secondment from–to; the personnel relation stays with the sending unit.";
        Field<UnitType>("hostUnit").Description("挂职单位: the host unit; null when it is outside your jurisdiction.").Resolve(c => c.LoadUnit(c.Source.HostUnitId));
        Field(x => x.HostPost, type: typeof(PostType)).Description("The post held at the host, if any.");
        Field(x => x.From, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("First day of the secondment.");
        Field(x => x.PlannedEnd, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Planned end, as last extended.");
        Field(x => x.To, type: typeof(DateOnlyGraphType)).Description("Return (or retention) date; null while it runs.");
        Field(x => x.RetainedAtHost).Description("留任: the cadre stayed at the host (a transfer of its own).");
        this.ApplyAll(extensions);
    }
}

internal sealed class ReserveStatusType : ObjectGraphType<ReserveStatus>
{
    public ReserveStatusType()
    {
        Name = "ReserveStatus";
        Description = "后备干部: a reserve-pool entry.";
        Field(x => x.TargetLevel, type: typeof(NonNullGraphType<EnumerationGraphType<Domain.Shared.PostLevel>>)).Description("The level the cadre is held in reserve for.");
        Field(x => x.Since, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Date of entry.");
        Field(x => x.InspectionReference, type: typeof(StringGraphType)).Description("The inspection the entry rests on; null when none was recorded (see NX-RESERVE-CADRE-POOL).");
    }
}

internal sealed class PromotionType : ObjectGraphType<Promotion>
{
    public PromotionType(IEnumerable<GraphTypeExtension<PromotionType>> extensions)
    {
        Name = "Promotion";
        Description = "提拔: a move to a more senior post (higher level, or deputy → chief).";
        Field(x => x.On, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Effective date of the promotion.");
        Field(x => x.From, type: typeof(NonNullGraphType<PostType>)).Description("The post before.");
        Field(x => x.To, type: typeof(NonNullGraphType<PostType>)).Description("The post after.");
        this.ApplyAll(extensions);
    }
}
