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
    public override CadreCustody? Evolve(CadreCustody? snapshot, Guid id, IEvent e) => e.Data switch
    {
        CadreRegistered { RegisteredInUnitId: { } unitId } => new CadreCustody(id, unitId),
        _ => snapshot,
    };
}
