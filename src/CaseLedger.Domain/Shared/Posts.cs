using System.ComponentModel;

namespace CaseLedger.Domain.Shared;

/// <summary>职务层次: the level of a post, lowest first so that order means seniority.</summary>
[Description("职务层次 / post level, lowest first: the order defines promotion (提拔).")]
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

/// <summary>A post (职位): unit, title, level, chief or deputy, leadership post (领导职务) or rank (职级).</summary>
public sealed record Post(Guid UnitId, string Title, PostLevel Level, PostGrade Grade, bool IsLeadership)
{
    /// <summary>Seniority as one comparable number: level first, then deputy → chief.</summary>
    public int Seniority() => ((int)Level * 2) + (int)Grade;

    /// <summary>提拔: moving to this post from <paramref name="from"/> raises the level or deputy → chief.</summary>
    public bool IsPromotionFrom(Post? from) => from is not null && Seniority() > from.Seniority();
}
