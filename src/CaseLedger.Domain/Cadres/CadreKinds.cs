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

/// <summary>亲属关系 that trigger avoidance (回避, catalogue §2.6).</summary>
public enum KinRelation
{
    /// <summary>夫妻关系</summary>
    Spouse,

    /// <summary>直系血亲</summary>
    LinealKin,

    /// <summary>三代以内旁系血亲</summary>
    CollateralKinWithinThreeGenerations,

    /// <summary>近姻亲</summary>
    CloseInLaw,
}

/// <summary>处分 / 处理 kinds (glossary §5.5); each has its own impact period (影响期).</summary>
public enum SanctionKind
{
    /// <summary>党纪处分</summary>
    PartyDiscipline,

    /// <summary>政务处分</summary>
    StateSupervisory,

    /// <summary>组织处理</summary>
    OrganisationalHandling,

    /// <summary>诫勉</summary>
    Admonishment,
}

/// <summary>年度考核等次.</summary>
public enum AssessmentGrade
{
    /// <summary>优秀</summary>
    Excellent,

    /// <summary>称职</summary>
    Competent,

    /// <summary>基本称职</summary>
    BasicallyCompetent,

    /// <summary>不称职</summary>
    Incompetent,

    /// <summary>不定等次</summary>
    NotGraded,
}
