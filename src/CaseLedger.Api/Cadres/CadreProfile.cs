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
    PrimaryPosting? CurrentPosting,
    long Version);

/// <summary>现任职务: the post a cadre holds, since when, and the case that put them there (null for baseline data).</summary>
public sealed record PrimaryPosting(Post Post, DateOnly Since, Guid? CaseId);

public sealed partial class CadreProfileProjection : SingleStreamProjection<CadreProfile, Guid>
{
    public static CadreProfile Create(CadreRegistered e) =>
        new(e.CadreId, e.Name, e.Gender, e.BirthDate, e.Ethnicity, e.PartyJoinDate, e.Education, e.WorkStartDate,
            e.Category, e.GrowthPlaces, null, 1);

    public static CadreProfile Apply(BaselinePostRecorded e, CadreProfile current) =>
        e.To is null ? current with { CurrentPosting = new PrimaryPosting(e.Post, e.From, null) } : current;
}
