using CaseLedger.Api.Exports.Dossiers;
using CaseLedger.Api.Exports.Findings;
using GraphQL.Types;

namespace CaseLedger.Api.Exports;

/// <summary>
/// Exports: a case's dossier (案卷) as printable HTML or .xlsx and findings as CSV or .xlsx, over HTTP and the CLI. Each
/// runs the caller's own GraphQL query, so remit, permissions and masking are exactly the schema's.
/// </summary>
internal sealed class ExportsFeature : IFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ExportQuery>();
        services.AddSingleton(sp => DetailsSelection.From(sp.GetRequiredService<ISchema>()));
        services.AddScoped<DossierReader>();
        services.AddScoped<FindingsExport>();
    }

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        app.MapDossier();
        app.MapFindingsExport();
    }
}
