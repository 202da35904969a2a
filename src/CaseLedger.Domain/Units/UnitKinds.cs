namespace CaseLedger.Domain.Units;

/// <summary>单位性质 (glossary §5.4).</summary>
public enum UnitKind
{
    /// <summary>党政机关</summary>
    PartyGovOrgan,

    /// <summary>参照公务员法管理单位 (参公)</summary>
    ReferenceManagedUnit,

    /// <summary>事业单位</summary>
    PublicInstitution,

    /// <summary>国有企业</summary>
    StateOwnedEnterprise,

    /// <summary>高等院校</summary>
    University,

    /// <summary>科研院所</summary>
    ResearchInstitute,

    /// <summary>人民团体 / 群众团体</summary>
    PeoplesOrganization,

    /// <summary>非公有制经济组织</summary>
    NonPublicEconomicOrganization,

    /// <summary>社会组织</summary>
    SocialOrganization,

    /// <summary>中央驻宁单位</summary>
    CentralUnitInNingxia,

    /// <summary>区外单位 (central ministries, developed provinces)</summary>
    OutsideRegionBody,

    /// <summary>村（社区）党组织 / 村委会</summary>
    VillageOrganization,
}

/// <summary>行政层级: 自治区 › 市 › 县（区） › 乡镇（街道） › 村（社区）.</summary>
public enum AdministrativeLevel
{
    Region,
    City,
    County,
    Township,
    Village,
}

/// <summary>宁夏的川区 (northern plain) and 山区 (southern mountains).</summary>
public enum NingxiaArea
{
    /// <summary>川区</summary>
    Plain,

    /// <summary>山区</summary>
    Mountain,
}
