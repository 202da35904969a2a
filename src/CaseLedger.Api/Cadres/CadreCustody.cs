using CaseLedger.Domain.Cadres;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace CaseLedger.Api.Cadres;

/// <summary>A registered cadre's first jurisdiction: the unit whose registrar registered them, until a post places them.</summary>
public sealed record CadreCustody(Guid Id, Guid UnitId);

/// <summary>
/// Custody from the registration event (rebuilt with every other read model); a cadre registered by a whole-ledger
/// user has none. The remit index reads the documents (Remit/).
/// </summary>
public sealed partial class CadreCustodyProjection : SingleStreamProjection<CadreCustody, Guid>
{
    // Evolve names no event types, so without this Marten would load a custody document for every stream of every
    // write (a case step's transaction included): one wasted round trip each.
    public CadreCustodyProjection() => IncludeType<CadreRegistered>();

    public override CadreCustody? Evolve(CadreCustody? snapshot, Guid id, IEvent e) => e.Data switch
    {
        CadreRegistered { RegisteredInUnitId: { } unitId } => new CadreCustody(id, unitId),
        _ => snapshot,
    };
}
