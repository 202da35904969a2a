using System.ComponentModel;

namespace CaseLedger.Domain.Cadres;

[Description("性别 / gender.")]
public enum Gender
{
    [Description("男 / male")]
    Male,
    [Description("女 / female")]
    Female,
}

/// <summary>干部类别.</summary>
[Description("干部类别 / cadre category.")]
public enum CadreCategory
{
    [Description("公务员 / civil servant")]
    CivilServant,

    [Description("参公人员 / staff managed by reference to the Civil Servant Law")]
    ReferenceManagedStaff,

    [Description("事业单位人员 / public institution staff")]
    PublicInstitutionStaff,

    [Description("国有企业经营管理人员 / state-owned enterprise manager")]
    EnterpriseManager,

    [Description("社会优秀人才 / talent from society")]
    SocialTalent,
}

/// <summary>亲属关系 that trigger avoidance (回避, catalogue §2.6).</summary>
[Description("亲属关系 / kin relation that triggers avoidance (回避, catalogue §2.6).")]
public enum KinRelation
{
    [Description("夫妻关系 / spouse")]
    Spouse,

    [Description("直系血亲 / lineal blood relative")]
    LinealKin,

    [Description("三代以内旁系血亲 / collateral blood relative within three generations")]
    CollateralKinWithinThreeGenerations,

    [Description("近姻亲 / close in-law")]
    CloseInLaw,
}

/// <summary>处分 / 处理 kinds (glossary §5.5); each has its own impact period (影响期).</summary>
[Description("处分、处理类别 / kind of sanction or handling (glossary §5.5); each has its own impact period (影响期).")]
public enum SanctionKind
{
    [Description("党纪处分 / Party disciplinary sanction")]
    PartyDiscipline,

    [Description("政务处分 / state supervisory sanction")]
    StateSupervisory,

    [Description("组织处理 / organisational handling")]
    OrganisationalHandling,

    [Description("诫勉 / admonishment")]
    Admonishment,
}

/// <summary>年度考核等次.</summary>
[Description("年度考核等次 / annual assessment grade.")]
public enum AssessmentGrade
{
    [Description("优秀 / excellent")]
    Excellent,

    [Description("称职 / competent")]
    Competent,

    [Description("基本称职 / basically competent")]
    BasicallyCompetent,

    [Description("不称职 / incompetent")]
    Incompetent,

    [Description("不定等次 / not graded")]
    NotGraded,
}

/// <summary>How a cadre was hired into a unit: 参公登记 of staff hired before the unit's approval depends on it.</summary>
[Description("进入单位方式 / how the cadre was hired into the unit; for 参公 staff, NX-CANZHAO-TO-CIVIL-SERVICE reads it.")]
public enum HireChannel
{
    [Description("事业单位公开招聘 / open recruitment by a public institution")]
    PublicInstitutionOpenRecruitment,

    [Description("考试录用（考录） / civil-service examination")]
    CivilServiceExam,

    [Description("调入 / transferred in from another unit")]
    TransferIn,

    [Description("其他（如军转安置） / another channel, e.g. placement of demobilised officers")]
    Other,
}
