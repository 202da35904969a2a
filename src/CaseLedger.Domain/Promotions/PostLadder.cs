using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Promotions;

/// <summary>领导职务 (leadership post) or 职级 (rank, including the pre-2019 非领导职务).</summary>
public enum PostSequence
{
    Leadership,
    Rank,
}

/// <summary>
/// Where a post stands on the ladder (domain README, "Posts"). Two ladders, not one:
/// <list type="bullet">
/// <item>领导职务 by 职务层次 (<see cref="Tier"/>): 乡科级副职 0 &lt; 乡科级正职 1 &lt; 县处级副职 2 &lt; … &lt; 省部级正职 7;</item>
/// <item>职级 (<see cref="RankOrder"/>), which corresponds to a 层次 (<see cref="Tier"/>): 一、二级主任科员 ↔ 乡科级正职,
/// 三、四级主任科员 ↔ 乡科级副职, … 一级巡视员 ↔ 厅局级正职; 一级科员 and 二级科员 sit below every leadership post
/// (<see cref="Tier"/> −1).</item>
/// </list>
/// A rank recorded without its 职级 (older records) is placed at the 层次 of its band and grade.
/// </summary>
public sealed record Rung(PostSequence Sequence, int Tier, int? RankOrder, RankTitle? Rank)
{
    public const int BelowLeadership = -1;

    public bool IsLeadership => Sequence == PostSequence.Leadership;

    /// <summary>The band (乡科级, 县处级 …) of the 层次, or null below every leadership post (一级科员).</summary>
    public PostLevel? Band => Tier < 0 ? null : (PostLevel)(Tier / 2);

    /// <summary>正职 or 副职 of the 层次, or null below every leadership post.</summary>
    public PostGrade? Grade => Tier < 0 ? null : (PostGrade)(Tier % 2);

    /// <summary>A leadership post of the 乡科级 band (正科 or 副科).</summary>
    public bool IsSectionLeadership => IsLeadership && Band == PostLevel.Township;

    /// <summary>One number to sort posts by seniority (rosters): 层次 first, a leadership post before a rank at the same 层次.</summary>
    public int SortKey => (Tier * 100) + (IsLeadership ? 50 : RankOrder ?? 0);

    /// <summary>The same 层次 as <paramref name="other"/> (both leadership posts, or a rank and its corresponding leadership post).</summary>
    public bool SameTier(Rung other) => Tier == other.Tier;

    public string Chinese => IsLeadership ? $"{BandChinese}{(Grade == PostGrade.Chief ? "正职" : "副职")}"
        : Rank is { } rank ? PostLadder.Chinese(rank) : $"{BandChinese}{(Grade == PostGrade.Chief ? "正职" : "副职")}对应职级";

    private string BandChinese => Band switch
    {
        PostLevel.Township => "乡科级",
        PostLevel.County => "县处级",
        PostLevel.Departmental => "厅局级",
        PostLevel.Provincial => "省部级",
        _ => "",
    };
}

/// <summary>The post ladder: the one place that reads a post's band, grade, sequence and rank.</summary>
public static class PostLadder
{
    public static Rung Of(Post post)
    {
        if (post.IsLeadership)
            return new(PostSequence.Leadership, TierOf(post.Level, post.Grade), null, null);
        if (post.Rank is { } rank)
            return new(PostSequence.Rank, CorrespondingTier(rank), Order(rank), rank);
        // A rank recorded without its 职级: placed at the 层次 its band and grade correspond to.
        var tier = TierOf(post.Level, post.Grade);
        return new(PostSequence.Rank, tier, null, null);
    }

    public static int TierOf(PostLevel level, PostGrade grade) => ((int)level * 2) + (int)grade;

    /// <summary>
    /// The 2019 ladder's order, lowest first; a pre-2019 非领导职务 takes the place it was converted to (套转) on
    /// 2019-06-01: 办事员 → 二级科员, 科员 → 一级科员, 副主任科员 → 四级主任科员, 主任科员 → 二级主任科员,
    /// 副调研员 → 四级调研员, 调研员 → 二级调研员, 副巡视员 → 二级巡视员, 巡视员 → 一级巡视员.
    /// </summary>
    public static int Order(RankTitle rank) => rank switch
    {
        RankTitle.Clerk => (int)RankTitle.SecondClassClerk,
        RankTitle.StaffMember => (int)RankTitle.FirstClassClerk,
        RankTitle.DeputyPrincipalStaff => (int)RankTitle.FourthClassPrincipalStaff,
        RankTitle.PrincipalStaff => (int)RankTitle.SecondClassPrincipalStaff,
        RankTitle.DeputyResearcher => (int)RankTitle.FourthClassResearcher,
        RankTitle.Researcher => (int)RankTitle.SecondClassResearcher,
        RankTitle.DeputyInspector => (int)RankTitle.SecondClassInspector,
        RankTitle.Inspector => (int)RankTitle.FirstClassInspector,
        _ => (int)rank,
    };

    /// <summary>The correspondence table (公务员职务与职级并行规定 Art 19; 非领导职务 likewise): the 层次 a rank corresponds to.</summary>
    public static int CorrespondingTier(RankTitle rank) => rank switch
    {
        RankTitle.SecondClassClerk or RankTitle.FirstClassClerk or RankTitle.Clerk or RankTitle.StaffMember => Rung.BelowLeadership,
        RankTitle.FourthClassPrincipalStaff or RankTitle.ThirdClassPrincipalStaff or RankTitle.DeputyPrincipalStaff => TierOf(PostLevel.Township, PostGrade.Deputy),
        RankTitle.SecondClassPrincipalStaff or RankTitle.FirstClassPrincipalStaff or RankTitle.PrincipalStaff => TierOf(PostLevel.Township, PostGrade.Chief),
        RankTitle.FourthClassResearcher or RankTitle.ThirdClassResearcher or RankTitle.DeputyResearcher => TierOf(PostLevel.County, PostGrade.Deputy),
        RankTitle.SecondClassResearcher or RankTitle.FirstClassResearcher or RankTitle.Researcher => TierOf(PostLevel.County, PostGrade.Chief),
        RankTitle.SecondClassInspector or RankTitle.DeputyInspector => TierOf(PostLevel.Departmental, PostGrade.Deputy),
        _ => TierOf(PostLevel.Departmental, PostGrade.Chief),
    };

    /// <summary>Whether the rank belongs to the pre-2019 非领导职务 (in force before 2019-06-01).</summary>
    public static bool IsPre2019(RankTitle rank) => rank >= RankTitle.Clerk;

    public static string Chinese(RankTitle rank) => rank switch
    {
        RankTitle.SecondClassClerk => "二级科员",
        RankTitle.FirstClassClerk => "一级科员",
        RankTitle.FourthClassPrincipalStaff => "四级主任科员",
        RankTitle.ThirdClassPrincipalStaff => "三级主任科员",
        RankTitle.SecondClassPrincipalStaff => "二级主任科员",
        RankTitle.FirstClassPrincipalStaff => "一级主任科员",
        RankTitle.FourthClassResearcher => "四级调研员",
        RankTitle.ThirdClassResearcher => "三级调研员",
        RankTitle.SecondClassResearcher => "二级调研员",
        RankTitle.FirstClassResearcher => "一级调研员",
        RankTitle.SecondClassInspector => "二级巡视员",
        RankTitle.FirstClassInspector => "一级巡视员",
        RankTitle.Clerk => "办事员",
        RankTitle.StaffMember => "科员",
        RankTitle.DeputyPrincipalStaff => "副主任科员",
        RankTitle.PrincipalStaff => "主任科员",
        RankTitle.DeputyResearcher => "副调研员",
        RankTitle.Researcher => "调研员",
        RankTitle.DeputyInspector => "副巡视员",
        _ => "巡视员",
    };
}
