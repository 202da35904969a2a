using System.ComponentModel;

namespace CaseLedger.Domain.Units;

/// <summary>单位性质 (glossary §5.4).</summary>
[Description("单位性质 / kind of unit (glossary §5.4); it can change over time (reclassifyUnit).")]
public enum UnitKind
{
    [Description("党政机关 / Party or government organ")]
    PartyGovOrgan,

    [Description("参照公务员法管理单位（参公） / unit managed under the Civil Servant Law by reference")]
    ReferenceManagedUnit,

    [Description("事业单位 / public institution")]
    PublicInstitution,

    [Description("国有企业 / state-owned enterprise")]
    StateOwnedEnterprise,

    [Description("高等院校 / university")]
    University,

    [Description("科研院所 / research institute")]
    ResearchInstitute,

    [Description("人民团体、群众团体 / people's or mass organisation")]
    PeoplesOrganization,

    [Description("非公有制经济组织 / non-public economic organisation")]
    NonPublicEconomicOrganization,

    [Description("社会组织 / social organisation")]
    SocialOrganization,

    [Description("中央驻宁单位 / central unit stationed in Ningxia")]
    CentralUnitInNingxia,

    [Description("区外单位 / body outside the region (central ministries, developed provinces)")]
    OutsideRegionBody,

    [Description("村（社区）党组织、村委会 / village or community organisation")]
    VillageOrganization,
}

/// <summary>行政层级: 自治区 › 市 › 县（区） › 乡镇（街道） › 村（社区）.</summary>
[Description("行政层级 / administrative level in the unit tree: 自治区 › 市 › 县（区） › 乡镇（街道） › 村（社区）. County and below is 基层 (grassroots).")]
public enum AdministrativeLevel
{
    [Description("自治区 / autonomous region")]
    Region,
    [Description("市 / city")]
    City,
    [Description("县（区） / county or district")]
    County,
    [Description("乡镇（街道） / township or subdistrict")]
    Township,
    [Description("村（社区） / village or community")]
    Village,
}

/// <summary>宁夏的川区 (northern plain) and 山区 (southern mountains).</summary>
[Description("宁夏区域 / area of Ningxia: 川区 (northern plain) or 山区 (southern mountains).")]
public enum NingxiaArea
{
    [Description("川区 / northern plain")]
    Plain,

    [Description("山区 / southern mountains")]
    Mountain,
}
