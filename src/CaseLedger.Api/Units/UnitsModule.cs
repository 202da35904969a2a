using CaseLedger.Domain.Units;
using JasperFx.Events.Projections;
using Marten;

namespace CaseLedger.Api.Units;

/// <summary>The Unit stream in Marten: pinned event names and projections with their lifecycles.</summary>
internal static class UnitsModule
{
    public static StoreOptions AddUnits(this StoreOptions options)
    {
        options.Events.MapEventType<UnitRegistered>("unit_registered.v1");
        options.Events.MapEventType<UnitRenamed>("unit_renamed.v1");
        options.Events.MapEventType<UnitReclassified>("unit_reclassified.v1");
        options.Events.MapEventType<UnitDissolved>("unit_dissolved.v1");
        options.Events.MapEventType<UnitLeaderDepartureAnnounced>("unit_leader_departure_announced.v1");
        options.Events.MapEventType<UnitRestructuringAnnounced>("unit_restructuring_announced.v1");

        options.Projections.Add<UnitDetailsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<UnitDetails>().UniqueIndex(x => x.Code);
        return options;
    }
}
