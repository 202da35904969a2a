namespace CaseLedger.Domain.Shared;

/// <summary>职务层次: the level of a post, lowest first so that order means seniority.</summary>
public enum PostLevel
{
    /// <summary>乡科级</summary>
    Township,

    /// <summary>县处级</summary>
    County,

    /// <summary>厅局级</summary>
    Departmental,

    /// <summary>省部级</summary>
    Provincial,
}

/// <summary>正职 / 副职: deputy ranks below chief at the same level.</summary>
public enum PostGrade
{
    Deputy,
    Chief,
}

/// <summary>A post (职位): unit, title, level, chief or deputy, leadership post (领导职务) or rank (职级).</summary>
public sealed record Post(Guid UnitId, string Title, PostLevel Level, PostGrade Grade, bool IsLeadership)
{
    /// <summary>Seniority as one comparable number: level first, then deputy → chief.</summary>
    public int Seniority => ((int)Level * 2) + (int)Grade;

    /// <summary>提拔: moving to this post from <paramref name="from"/> raises the level or deputy → chief.</summary>
    public bool IsPromotionFrom(Post? from) => from is not null && Seniority > from.Seniority;
}
