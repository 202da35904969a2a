using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cadres;

/// <summary>The Cadre stream's decision state.</summary>
public sealed record Cadre(Guid Id, DateOnly BirthDate, Post? CurrentPost) : IAggregate<Cadre>
{
    public static CadreRegistered Register(
        Guid id, string name, Gender gender, DateOnly birthDate, string ethnicity, DateOnly? partyJoinDate,
        string education, DateOnly workStartDate, CadreCategory category, IReadOnlyList<string> growthPlaces,
        DateOnly today)
    {
        Require.NotAfter(birthDate, today, "birthDate");
        if (workStartDate <= birthDate)
            throw new DomainException("WORK_BEFORE_BIRTH", "参加工作时间须晚于出生日期 / Work cannot start before birth.", "workStartDate");
        if (partyJoinDate is { } joined && joined <= birthDate)
            throw new DomainException("PARTY_BEFORE_BIRTH", "入党时间须晚于出生日期 / Party membership cannot start before birth.", "partyJoinDate");

        return new CadreRegistered(id, Require.Text(name, "name", 50), gender, birthDate, Require.Text(ethnicity, "ethnicity", 20),
            partyJoinDate, Require.Text(education, "education", 50), workStartDate, category,
            [.. growthPlaces.Select(p => Require.Text(p, "growthPlaces"))], today);
    }

    public BaselinePostRecorded RecordBaselinePost(Post post, DateOnly from, DateOnly? to, DateOnly today)
    {
        if (from <= BirthDate)
            throw new DomainException("POST_BEFORE_BIRTH", "任职时间须晚于出生日期 / A post cannot start before birth.", "from");
        if (to is { } end && end < from)
            throw new DomainException("END_BEFORE_START", "任职结束时间早于开始时间 / The post ends before it starts.", "to");
        Require.NotAfter(from, today, "from");
        return new BaselinePostRecorded(Id, post, from, to, today);
    }

    public static Cadre Create(CadreRegistered e) => new(e.CadreId, e.BirthDate, null);

    public Cadre Apply(BaselinePostRecorded e) => e.To is null ? this with { CurrentPost = e.Post } : this;

    public static string StreamName => "cadre";

    public static Cadre? Evolve(Cadre? state, object @event) => (state, @event) switch
    {
        (null, CadreRegistered e) => Create(e),
        (not null, BaselinePostRecorded e) => state.Apply(e),
        _ => state,
    };
}
