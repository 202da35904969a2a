using CaseLedger.Domain.Cadres;
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
    long Version);

public sealed partial class CadreProfileProjection : SingleStreamProjection<CadreProfile, Guid>
{
    public static CadreProfile Create(CadreRegistered e) =>
        new(e.CadreId, e.Name, e.Gender, e.BirthDate, e.Ethnicity, e.PartyJoinDate, e.Education, e.WorkStartDate,
            e.Category, e.GrowthPlaces, 1);

}
