using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cadres;

/// <summary>
/// 干部登记: a cadre enters the ledger with the core credentials (三龄两历) the audits rely on.
/// <c>RegisteredInUnitId</c>: the unit of the registrar who registered them (null for a whole-ledger user), whose
/// jurisdiction holds the cadre until a post places them; a trailing field, so earlier records read as null.
/// </summary>
public sealed record CadreRegistered(
    Guid CadreId,
    string Name,
    Gender Gender,
    DateOnly BirthDate,
    string Ethnicity,
    DateOnly? PartyJoinDate,
    string Education,
    DateOnly WorkStartDate,
    CadreCategory Category,
    IReadOnlyList<string> GrowthPlaces,
    DateOnly EffectiveOn,
    Guid? RegisteredInUnitId = null) : ICadreEvent;

/// <summary>
/// 基线任职: a post held before the ledger began (migrated data), so that tenure and grassroots
/// experience can be derived. <c>To</c> is null while the post is still held.
/// </summary>
public sealed record BaselinePostRecorded(Guid CadreId, Post Post, DateOnly From, DateOnly? To, DateOnly EffectiveOn) : ICadreEvent;

/// <summary>亲属关系申报, for the avoidance rules; <c>RelativeCadreId</c> when the relative is in the ledger.</summary>
public sealed record KinRelationDeclared(Guid CadreId, string RelativeName, Guid? RelativeCadreId, KinRelation Relation, DateOnly EffectiveOn) : ICadreEvent;

/// <summary>处分: <c>EffectiveOn</c> is the day the sanction and its impact period (影响期) start.</summary>
public sealed record SanctionRecorded(Guid CadreId, SanctionKind Kind, string Sanction, int PeriodMonths, DateOnly EffectiveOn) : ICadreEvent;

/// <summary>年度考核: one grade per year; <c>EffectiveOn</c> is the day the grade was decided.</summary>
public sealed record AnnualAssessmentRecorded(Guid CadreId, int Year, AssessmentGrade Grade, DateOnly EffectiveOn) : ICadreEvent;

/// <summary>年度考核更正: a recorded year's grade was wrong; the old grade stays in the history.</summary>
public sealed record AnnualAssessmentCorrected(
    Guid CadreId, int Year, AssessmentGrade OldGrade, AssessmentGrade NewGrade, string Reason, DateOnly EffectiveOn) : ICadreEvent;

/// <summary>进入后备干部库, for a target level; the inspection the policy demands before it (NX-RESERVE-CADRE-POOL), when there was one: reference and date.</summary>
public sealed record ReservePoolEntered(Guid CadreId, PostLevel TargetLevel, string? InspectionReference, DateOnly EffectiveOn, DateOnly? InspectedOn = null) : ICadreEvent;

/// <summary>退出后备干部库.</summary>
public sealed record ReservePoolLeft(Guid CadreId, string Reason, DateOnly EffectiveOn) : ICadreEvent;

/// <summary>
/// 信息更正: one registered detail was wrong. Values are text as <see cref="PersonalDetails"/> formats
/// them (dates yyyy-MM-dd, enum names, places joined by ';'); null means "none" (no Party membership).
/// </summary>
public sealed record PersonalDetailsCorrected(
    Guid CadreId, string Field, string? OldValue, string? NewValue, string Reason, DateOnly EffectiveOn) : ICadreEvent;

/// <summary>
/// 参公登记: registered (参照公务员法登记) on <c>EffectiveOn</c> as staff of the 参公 unit <c>UnitId</c>, having been
/// hired there on <c>HiredOn</c> through <c>HiredThrough</c> (NX-CANZHAO-TO-CIVIL-SERVICE). A later record for the
/// same unit replaces an earlier one.
/// </summary>
public sealed record ReferenceManagedRegistrationRecorded(
    Guid CadreId, Guid UnitId, DateOnly HiredOn, HireChannel HiredThrough, string Reference, DateOnly EffectiveOn) : ICadreEvent;

/// <summary>退出干部队伍 (retirement, resignation, dismissal, death): nothing more is recorded afterwards.</summary>
public sealed record CadreLeftService(Guid CadreId, string Reason, DateOnly EffectiveOn) : ICadreEvent;
