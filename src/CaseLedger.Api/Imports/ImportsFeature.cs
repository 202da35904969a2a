using GraphQL.Types;
using Marten;

namespace CaseLedger.Api.Imports;

/// <summary>Imports: existing records from a spreadsheet, each row sent as its feature's own mutation.</summary>
internal sealed class ImportsFeature : IFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddScoped<ImportRunner>();

    public void ConfigureStore(StoreOptions options) => options.Schema.For<ImportedRecord>();

    public void AddMutations(ObjectGraphType mutation) => mutation.AddImportRecords();
}
