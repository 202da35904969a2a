namespace CaseLedger.Domain.Cadres;

public enum Gender
{
    Male,
    Female,
}

/// <summary>干部类别.</summary>
public enum CadreCategory
{
    /// <summary>公务员</summary>
    CivilServant,

    /// <summary>参公人员</summary>
    ReferenceManagedStaff,

    /// <summary>事业单位人员</summary>
    PublicInstitutionStaff,

    /// <summary>国有企业经营管理人员</summary>
    EnterpriseManager,

    /// <summary>社会优秀人才</summary>
    SocialTalent,
}
