using CaseLedger.Api.Security;
using CaseLedger.Api.GraphQL;
using CaseLedger.Domain.Shared;
using GraphQL.Types;
using Marten;

namespace CaseLedger.Api.Units;

/// <summary>A post as given in a command: the unit by id, the rest as in <see cref="Post"/>.</summary>
public sealed record PostInput(string UnitId, string Title, PostLevel Level, PostGrade Grade, bool IsLeadership, RankTitle? Rank = null)
{
    /// <summary>The post's unit, for the remit check of the input that names it (<paramref name="field"/>: the post's input field).</summary>
    public RemitReference UnitReference(string field) => GlobalId.Reference($"{field}.unitId", UnitType.TypeName, UnitId);

    /// <summary>The domain post, after checking that its unit exists and is not dissolved.</summary>
    public async Task<Post> ToPostAsync(IQuerySession session, string field, CancellationToken ct)
    {
        var unitId = GlobalId.ParseInput(UnitId, UnitType.TypeName, $"{field}.unitId");
        var unit = await session.LoadAsync<UnitDetails>(unitId, ct)
            ?? throw new DomainException(ErrorCodes.NotFound, $"{field}.unitId 单位不存在 / The unit of {field} does not exist.", $"{field}.unitId");
        if (unit.IsDissolved)
            throw new DomainException(ErrorCodes.UnitDissolved, $"{field} 所在单位已撤销 / The unit of {field} is dissolved.", $"{field}.unitId");
        if (IsLeadership && Rank is not null)
            throw new DomainException(ErrorCodes.InconsistentInput,
                $"{field} 领导职务不能同时填写职级 / A leadership post (isLeadership: true) has no rank; give the rank only for a 职级 post.", $"{field}.rank");
        return new Post(unitId, Require.Text(Title, $"{field}.title"), Level, Grade, IsLeadership, Rank);
    }
}

internal sealed class PostInputType : InputObjectGraphType<PostInput>
{
    public PostInputType()
    {
        Name = "PostInput";
        Description = "职位: a post in a unit.";
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The unit the post belongs to.");
        Field(x => x.Title).Description("职务名称, e.g. 副县长.");
        Field(x => x.Level, type: typeof(NonNullGraphType<EnumerationGraphType<PostLevel>>)).Description("职务层次.");
        Field(x => x.Grade, type: typeof(NonNullGraphType<EnumerationGraphType<PostGrade>>)).Description("正职 (CHIEF) or 副职 (DEPUTY).");
        Field(x => x.IsLeadership).Description("领导职务 (true) or 职级 rank (false).");
        Field(x => x.Rank, type: typeof(EnumerationGraphType<RankTitle>))
            .Description("职级, for a rank post (isLeadership: false) only, e.g. FIRST_CLASS_CLERK (一级科员) or, before 2019-06-01, STAFF_MEMBER (科员). " +
                "It places the post on the ladder: 一级科员 and 二级科员 sit below every leadership post, so 一级科员 → 副科长 is a promotion. " +
                "Leave it out for a leadership post (INCONSISTENT_INPUT otherwise); a rank post without it is placed at the level and grade given.");
    }
}

internal sealed class PostType : ObjectGraphType<Post>
{
    public const string TypeName = "Post";

    public PostType()
    {
        Name = TypeName;
        Description = "职位: unit, title, level, chief or deputy, leadership post or rank.";
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The post's identity: the same for every record of the same title in the same unit (a case's toPost, a roster entry, a career spell). " +
                "Give it where an input names a post, e.g. holdDemocraticRecommendation's directedPostId. node(id) does not resolve it.")
            .Resolve(c => GlobalId.Encode(TypeName, c.Source.Identity()));
        Field<UnitType>("unit").Description("The unit of the post; null when it is outside your jurisdiction.")
            .Resolve(c => c.LoadUnit(c.Source.UnitId));
        Field(x => x.Title).Description("职务名称.");
        Field(x => x.Level, type: typeof(NonNullGraphType<EnumerationGraphType<PostLevel>>)).Description("职务层次.");
        Field(x => x.Grade, type: typeof(NonNullGraphType<EnumerationGraphType<PostGrade>>)).Description("正职 or 副职.");
        Field(x => x.IsLeadership).Description("领导职务 (true) or 职级 (false).");
        Field(x => x.Rank, type: typeof(EnumerationGraphType<RankTitle>))
            .Description("职级 of a rank post when recorded (null for a leadership post, and for rank posts recorded before ranks were).");
    }
}
