namespace CaseLedger.Api.Cadres;

/// <summary>A registered cadre's first jurisdiction: the unit whose registrar registered them, until a post places them.</summary>
public sealed record CadreCustody(Guid Id, Guid UnitId);
