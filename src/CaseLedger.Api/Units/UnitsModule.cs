using CaseLedger.Api.Ledger;
using CaseLedger.Domain.Shared;
using JasperFx.Events.Projections;
using Marten;

namespace CaseLedger.Api.Units;

/// <summary>The Unit stream in Marten: pinned event names and projections with their lifecycles.</summary>
internal static class UnitsModule
{
    public static StoreOptions AddUnits(this StoreOptions options)
    {
        options.MapStoredNames<IUnitEvent>();

        options.Projections.Add<UnitDetailsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<UnitDetails>().UniqueIndex(x => x.Code);
        return options;
    }
}
