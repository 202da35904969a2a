using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cadres;

/// <summary>Facts the audits read about a cadre: kin (回避), sanctions (影响期), annual assessments (考核).</summary>
public sealed partial record Cadre
{
    public KinRelationDeclared DeclareKinRelation(
        string relativeName, Guid? relativeCadreId, KinRelation relation, DateOnly effectiveOn, DateOnly today)
    {
        EnsureInService();
        if (relativeCadreId == Id)
            throw new DomainException(ErrorCodes.InconsistentInput, "亲属不能是本人 / A cadre is not their own relative.", "relativeCadreId");
        return new KinRelationDeclared(Id, Require.Text(relativeName, "relativeName", 50), relativeCadreId, relation,
            Require.NotAfter(effectiveOn, today, "effectiveOn"));
    }

    /// <summary>A zero-month period is legal: 诫勉 and some 组织处理 carry no fixed impact period.</summary>
    public SanctionRecorded RecordSanction(SanctionKind kind, string sanction, DateOnly startOn, int periodMonths, DateOnly today)
    {
        EnsureInService();
        return new SanctionRecorded(Id, kind, Require.Text(sanction, "sanction", 50), Require.NotNegative(periodMonths, "periodMonths"),
            Require.NotAfter(startOn, today, "startOn"));
    }

    public AnnualAssessmentRecorded RecordAnnualAssessment(int year, AssessmentGrade grade, DateOnly effectiveOn, DateOnly today)
    {
        EnsureInService();
        EnsureAssessmentYear(year, today);
        if (Assessments.ContainsKey(year))
            throw new DomainException(ErrorCodes.AssessmentAlreadyRecorded,
                $"{year} 年度考核已记录，如有误请更正 / The {year} assessment is recorded; correct it instead.", "year");
        return new AnnualAssessmentRecorded(Id, year, grade, Require.NotAfter(effectiveOn, today, "effectiveOn"));
    }

    public AnnualAssessmentCorrected CorrectAnnualAssessment(int year, AssessmentGrade grade, string reason, DateOnly today)
    {
        EnsureInService();
        if (!Assessments.TryGetValue(year, out var old))
            throw new DomainException(ErrorCodes.AssessmentNotRecorded,
                $"{year} 年度考核尚未记录 / No {year} assessment is recorded; record it instead.", "year");
        if (old == grade)
            throw new DomainException(ErrorCodes.NoChange, "更正后的等次与原等次相同 / The grade is unchanged.", "grade");
        return new AnnualAssessmentCorrected(Id, year, old, grade, Require.Text(reason, "reason", 500), today);
    }

    private void EnsureAssessmentYear(int year, DateOnly today)
    {
        if (year < Details.WorkStartDate.Year || year > today.Year)
            throw new DomainException(ErrorCodes.AssessmentYearInvalid,
                $"考核年度须在 {Details.WorkStartDate.Year}–{today.Year} 之间 / The year must be {Details.WorkStartDate.Year}–{today.Year}.", "year");
    }
}
