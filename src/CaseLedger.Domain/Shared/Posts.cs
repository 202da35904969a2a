using System.ComponentModel;

namespace CaseLedger.Domain.Shared;

/// <summary>职务层次 band of a post, lowest first. The ladder itself (and what counts as 提拔) is <c>Promotions.PostLadder</c>.</summary>
[Description("职务层次 / post band, lowest first. Together with grade (正/副) and sequence (领导职务 or 职级) it places a post on the ladder.")]
public enum PostLevel
{
    [Description("乡科级 / township-section level")]
    Township,

    [Description("县处级 / county-division level")]
    County,

    [Description("厅局级 / department-bureau level")]
    Departmental,

    [Description("省部级 / provincial-ministerial level")]
    Provincial,
}

/// <summary>正职 / 副职: deputy ranks below chief at the same level.</summary>
[Description("正职 / 副职: chief or deputy; deputy ranks below chief at the same level.")]
public enum PostGrade
{
    [Description("副职 / deputy")]
    Deputy,
    [Description("正职 / chief")]
    Chief,
}

/// <summary>
/// 职级: the rank of a non-leadership post — since 2019-06-01 the 公务员职务与职级并行规定 ladder, before it the
/// 非领导职务. Lowest first within each ladder; <c>Promotions.PostLadder</c> places both on one scale and says
/// which 领导职务 层次 each corresponds to.
/// </summary>
[Description("职级 / rank of a non-leadership post: the 2019 ladder (二级科员 … 一级巡视员) or, before 2019-06-01, the 非领导职务 (办事员 … 巡视员).")]
public enum RankTitle
{
    [Description("二级科员 (2019) / second-class clerk; below every leadership post")]
    SecondClassClerk,

    [Description("一级科员 (2019) / first-class clerk; below every leadership post")]
    FirstClassClerk,

    [Description("四级主任科员 (2019) ↔ 乡科级副职")]
    FourthClassPrincipalStaff,

    [Description("三级主任科员 (2019) ↔ 乡科级副职")]
    ThirdClassPrincipalStaff,

    [Description("二级主任科员 (2019) ↔ 乡科级正职")]
    SecondClassPrincipalStaff,

    [Description("一级主任科员 (2019) ↔ 乡科级正职")]
    FirstClassPrincipalStaff,

    [Description("四级调研员 (2019) ↔ 县处级副职")]
    FourthClassResearcher,

    [Description("三级调研员 (2019) ↔ 县处级副职")]
    ThirdClassResearcher,

    [Description("二级调研员 (2019) ↔ 县处级正职")]
    SecondClassResearcher,

    [Description("一级调研员 (2019) ↔ 县处级正职")]
    FirstClassResearcher,

    [Description("二级巡视员 (2019) ↔ 厅局级副职")]
    SecondClassInspector,

    [Description("一级巡视员 (2019) ↔ 厅局级正职")]
    FirstClassInspector,

    [Description("办事员 (非领导职务, before 2019-06-01); below every leadership post")]
    Clerk,

    [Description("科员 (非领导职务, before 2019-06-01); below every leadership post")]
    StaffMember,

    [Description("副主任科员 (非领导职务, before 2019-06-01) ↔ 乡科级副职")]
    DeputyPrincipalStaff,

    [Description("主任科员 (非领导职务, before 2019-06-01) ↔ 乡科级正职")]
    PrincipalStaff,

    [Description("副调研员 (非领导职务, before 2019-06-01) ↔ 县处级副职")]
    DeputyResearcher,

    [Description("调研员 (非领导职务, before 2019-06-01) ↔ 县处级正职")]
    Researcher,

    [Description("副巡视员 (非领导职务, before 2019-06-01) ↔ 厅局级副职")]
    DeputyInspector,

    [Description("巡视员 (非领导职务, before 2019-06-01) ↔ 厅局级正职")]
    Inspector,
}

/// <summary>
/// A post (职位): unit, title, band, chief or deputy, leadership post (领导职务) or rank (职级), and for a rank the
/// 职级 itself when known (<c>Rank</c>, added later: older records have none and are placed by band and grade).
/// Where a post stands on the ladder, and whether a move is a promotion, is <c>Promotions.PostLadder</c>'s to say.
/// </summary>
public sealed record Post(Guid UnitId, string Title, PostLevel Level, PostGrade Grade, bool IsLeadership, RankTitle? Rank = null)
{
    private static readonly Guid Namespace = Guid.Parse("0b6f4a3e-2c1d-4e8a-9f57-3d2a61c0b7e4");

    /// <summary>
    /// The post's identity (职位 = a title in a unit): a name-based UUID of its unit and trimmed title, so two records of the
    /// same post (a case's target, a directed recommendation, a career spell) are the same id whatever else they carry.
    /// </summary>
    public static Guid IdOf(Guid unitId, string title) => NameBasedId.Create(Namespace, $"{unitId:D}|{title.Trim()}");

    /// <summary>This post's identity: <see cref="IdOf(Guid, string)"/>. A method, not a property, so stored events keep their shape.</summary>
    public Guid Identity() => IdOf(UnitId, Title);
}
