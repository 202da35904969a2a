using System.Collections.Immutable;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cadres;

/// <summary>The Cadre stream's decision state.</summary>
public sealed partial record Cadre(Guid Id, PersonalDetails Details, Post? CurrentPost) : IAggregate<Cadre>
{
    public DateOnly BirthDate => Details.BirthDate;

    /// <summary>年度考核 grades by year: one per year.</summary>
    public ImmutableDictionary<int, AssessmentGrade> Assessments { get; init; } = ImmutableDictionary<int, AssessmentGrade>.Empty;

    /// <summary>后备干部库: the target level while in the pool, else null.</summary>
    public PostLevel? ReservePoolLevel { get; init; }

    public bool HasLeftService { get; init; }

    public static CadreRegistered Register(
        Guid id, string name, Gender gender, DateOnly birthDate, string ethnicity, DateOnly? partyJoinDate,
        string education, DateOnly workStartDate, CadreCategory category, IReadOnlyList<string> growthPlaces,
        DateOnly today)
    {
        Require.NotAfter(birthDate, today, "birthDate");
        if (workStartDate <= birthDate)
            throw new DomainException(ErrorCodes.WorkBeforeBirth, "参加工作时间须晚于出生日期 / Work cannot start before birth.", "workStartDate");
        if (partyJoinDate is { } joined && joined <= birthDate)
            throw new DomainException(ErrorCodes.PartyBeforeBirth, "入党时间须晚于出生日期 / Party membership cannot start before birth.", "partyJoinDate");

        return new CadreRegistered(id, Require.Text(name, "name", 50), gender, birthDate, Require.Text(ethnicity, "ethnicity", 20),
            partyJoinDate, Require.Text(education, "education", 50), workStartDate, category,
            [.. growthPlaces.Select(p => Require.Text(p, "growthPlaces"))], today);
    }

    public BaselinePostRecorded RecordBaselinePost(Post post, DateOnly from, DateOnly? to, DateOnly today)
    {
        EnsureInService();
        if (from <= BirthDate)
            throw new DomainException(ErrorCodes.PostBeforeBirth, "任职时间须晚于出生日期 / A post cannot start before birth.", "from");
        if (to is { } end)
            Require.NotBefore(end, from, "to");
        Require.NotAfter(from, today, "from");
        return new BaselinePostRecorded(Id, post, from, to, today);
    }

    /// <summary>退出干部队伍: the last event of a cadre's stream.</summary>
    public CadreLeftService LeaveService(string reason, DateOnly effectiveOn, DateOnly today)
    {
        EnsureInService();
        return new CadreLeftService(Id, Require.Text(reason, "reason", 500), Require.NotAfter(effectiveOn, today, "effectiveOn"));
    }

    private void EnsureInService()
    {
        if (HasLeftService)
            throw new DomainException(ErrorCodes.CadreLeftService, "干部已退出干部队伍 / The cadre has left the service.");
    }

    public static Cadre Create(CadreRegistered e) => new(e.CadreId, PersonalDetails.From(e), null);

    public Cadre Apply(BaselinePostRecorded e) => e.To is null ? this with { CurrentPost = e.Post } : this;

    public Cadre Apply(AnnualAssessmentRecorded e) => this with { Assessments = Assessments.SetItem(e.Year, e.Grade) };

    public Cadre Apply(AnnualAssessmentCorrected e) => this with { Assessments = Assessments.SetItem(e.Year, e.NewGrade) };

    public Cadre Apply(ReservePoolEntered e) => this with { ReservePoolLevel = e.TargetLevel };

    public Cadre Apply(ReservePoolLeft e) => this with { ReservePoolLevel = null };

    public Cadre Apply(PersonalDetailsCorrected e) => this with { Details = Details.With(e.Field, e.NewValue) };

    public Cadre Apply(CadreLeftService e) => this with { HasLeftService = true };

    public static string StreamName => "cadre";

    public static Cadre? Evolve(Cadre? state, object @event) => (state, @event) switch
    {
        (null, CadreRegistered e) => Create(e),
        (not null, BaselinePostRecorded e) => state.Apply(e),
        (not null, AnnualAssessmentRecorded e) => state.Apply(e),
        (not null, AnnualAssessmentCorrected e) => state.Apply(e),
        (not null, ReservePoolEntered e) => state.Apply(e),
        (not null, ReservePoolLeft e) => state.Apply(e),
        (not null, PersonalDetailsCorrected e) => state.Apply(e),
        (not null, CadreLeftService e) => state.Apply(e),
        _ => state,
    };
}
