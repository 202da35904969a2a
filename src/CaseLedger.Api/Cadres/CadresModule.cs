using CaseLedger.Api.Ledger;
using CaseLedger.Domain.Shared;
using JasperFx.Events.Projections;
using Marten;

namespace CaseLedger.Api.Cadres;

/// <summary>The Cadre stream in Marten: pinned event names and projections with their lifecycles.</summary>
internal static class CadresModule
{
    public static StoreOptions AddCadres(this StoreOptions options)
    {
        options.MapStoredNames<ICadreEvent>();

        options.Projections.Add<CadreProfileProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<CadreCustodyProjection>(ProjectionLifecycle.Inline);
        return options;
    }
}
