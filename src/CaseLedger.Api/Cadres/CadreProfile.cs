using System.Collections.Immutable;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Shared;
using Marten.Events.Aggregation;

namespace CaseLedger.Api.Cadres;

/// <summary>A cadre's personal record and primary post now (inline projection: read-your-writes).</summary>
public sealed record CadreProfile(
    Guid Id,
    string Name,
    Gender Gender,
    DateOnly BirthDate,
    string Ethnicity,
    DateOnly? PartyJoinDate,
    string Education,
    DateOnly WorkStartDate,
    CadreCategory Category,
    IReadOnlyList<string> GrowthPlaces,
    long Version)
{
    /// <summary>后备干部库: the target level while in the pool, else null.</summary>
    public PostLevel? ReservePoolLevel { get; init; }

    /// <summary>年度考核: the current grade of each recorded year, by year.</summary>
    public ImmutableList<AnnualAssessment> AnnualAssessments { get; init; } = [];

    /// <summary>退出干部队伍: the date the cadre left the service, else null.</summary>
    public DateOnly? LeftServiceOn { get; init; }
}

/// <summary>年度考核: a year's grade as it stands (after any correction).</summary>
public sealed record AnnualAssessment(int Year, AssessmentGrade Grade);

public sealed partial class CadreProfileProjection : SingleStreamProjection<CadreProfile, Guid>
{
    public static CadreProfile Create(CadreRegistered e) =>
        new(e.CadreId, e.Name, e.Gender, e.BirthDate, e.Ethnicity, e.PartyJoinDate, e.Education, e.WorkStartDate,
            e.Category, e.GrowthPlaces, 1);

    // The career projection derives postings; the profile only counts the event.
    public static CadreProfile Apply(BaselinePostRecorded e, CadreProfile current) => current;

    public static CadreProfile Apply(AnnualAssessmentRecorded e, CadreProfile current) => WithGrade(current, e.Year, e.Grade);

    public static CadreProfile Apply(AnnualAssessmentCorrected e, CadreProfile current) => WithGrade(current, e.Year, e.NewGrade);

    public static CadreProfile Apply(ReservePoolEntered e, CadreProfile current) => current with { ReservePoolLevel = e.TargetLevel };

    public static CadreProfile Apply(ReservePoolLeft e, CadreProfile current) => current with { ReservePoolLevel = null };

    public static CadreProfile Apply(CadreLeftService e, CadreProfile current) => current with { LeftServiceOn = e.EffectiveOn };

    /// <summary>The domain reads the corrected value exactly as its decision did.</summary>
    public static CadreProfile Apply(PersonalDetailsCorrected e, CadreProfile current)
    {
        var d = new PersonalDetails(current.Name, current.Gender, current.BirthDate, current.Ethnicity, current.PartyJoinDate, current.Education,
            current.WorkStartDate, current.Category, current.GrowthPlaces).With(e.Field, e.NewValue);
        return current with
        {
            Name = d.Name,
            Gender = d.Gender,
            BirthDate = d.BirthDate,
            Ethnicity = d.Ethnicity,
            PartyJoinDate = d.PartyJoinDate,
            Education = d.Education,
            WorkStartDate = d.WorkStartDate,
            Category = d.Category,
            GrowthPlaces = d.GrowthPlaces,
        };
    }

    // Facts kept in the stream for the audits and the read side; the profile only counts them (its version moves).
    public static CadreProfile Apply(KinRelationDeclared e, CadreProfile current) => current;

    public static CadreProfile Apply(SanctionRecorded e, CadreProfile current) => current;

    private static CadreProfile WithGrade(CadreProfile current, int year, AssessmentGrade grade) =>
        current with { AnnualAssessments = [.. current.AnnualAssessments.RemoveAll(a => a.Year == year).Add(new(year, grade)).OrderBy(a => a.Year)] };
}
