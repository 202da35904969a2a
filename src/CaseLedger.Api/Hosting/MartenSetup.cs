using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cases;
using CaseLedger.Api.Units;
using JasperFx;
using Marten;

namespace CaseLedger.Api.Hosting;

internal static class MartenSetup
{
    public static IServiceCollection AddCaseLedgerStore(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("CaseLedger")
            ?? throw new InvalidOperationException("ConnectionStrings:CaseLedger is not set (tools/run sets it from tools/db).");
        var schema = configuration["CaseLedger:Schema"] ?? "caseledger";

        services.AddMarten(options =>
            {
                options.Connection(connectionString);
                options.DatabaseSchemaName = schema;
                options.Events.DatabaseSchemaName = schema;
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;

                // Metadata every event carries: who (header "actor"), why (headers "reason",
                // "documentReference") and the correlation id of the request that appended it.
                options.Events.MetadataConfig.CorrelationIdEnabled = true;
                options.Events.MetadataConfig.CausationIdEnabled = true;
                options.Events.MetadataConfig.HeadersEnabled = true;

                options.AddUnits().AddCadres().AddCases();
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();
        return services;
    }
}
