using Marten;
using CaseLedger.Api.Audits;
using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cases;
using CaseLedger.Api.Exports;
using CaseLedger.Api.Imports;
using CaseLedger.Api.Integrity;
using CaseLedger.Api.LiveUpdates;
using CaseLedger.Api.Units;

namespace CaseLedger.Api.Hosting;

/// <summary>
/// The composition root's one list of features, in dependency order: units before cadres (a post
/// names a unit), cadres before cases (a case moves a cadre between posts), audits reading all, live updates
/// streaming cases' and findings' changes, imports sending rows through all of them, exports reading
/// through the schema as the caller.
/// Each feature registers its own services, streams, schema and remit; the shared layers iterate.
/// </summary>
internal static class CaseLedgerFeatures
{
    public static IReadOnlyList<IFeature> All { get; } =
        [new UnitsFeature(), new CadresFeature(), new CasesFeature(), new AuditsFeature(), new IntegrityFeature(), new LiveUpdatesFeature(), new ImportsFeature(), new ExportsFeature()];

    /// <summary>Every feature's services, and what it adds to the store's registration.</summary>
    public static IServiceCollection AddCaseLedgerFeatures(
        this IServiceCollection services, MartenServiceCollectionExtensions.MartenConfigurationExpression marten, IConfiguration configuration)
    {
        foreach (var feature in All)
        {
            services.AddSingleton(feature);
            feature.AddServices(services, configuration);
            feature.AddToStore(marten, configuration);
        }
        return services;
    }
}
