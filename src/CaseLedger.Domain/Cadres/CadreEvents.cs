using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cadres;

/// <summary>干部登记: a cadre enters the ledger with the core credentials (三龄两历) the audits rely on.</summary>
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
    DateOnly EffectiveOn);

/// <summary>
/// 基线任职: a post held before the ledger began (migrated data), so that tenure and grassroots
/// experience can be derived. <c>To</c> is null while the post is still held.
/// </summary>
public sealed record BaselinePostRecorded(Guid CadreId, Post Post, DateOnly From, DateOnly? To, DateOnly EffectiveOn);
