using CaseLedger.Api.Audits;
using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cases;
using CaseLedger.Api.Remit;
using CaseLedger.Api.Units;
using JasperFx;
using Marten;
using Weasel.Core;

namespace CaseLedger.Api.Hosting;

internal static class MartenSetup
{
    /// <summary>The store; returns Marten's registration so features can add subscriptions and the daemon to it.</summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddCaseLedgerStore(this IServiceCollection services) =>
        services.AddMarten(provider =>
            {
                var configuration = provider.GetRequiredService<IConfiguration>();
                var options = new StoreOptions();
                options.Connection(configuration.GetConnectionString("CaseLedger")
                    ?? throw new InvalidOperationException("ConnectionStrings:CaseLedger is not set (tools/run sets it from tools/db)."));
                options.DatabaseSchemaName = configuration["CaseLedger:Schema"] ?? "caseledger";
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;

                // Enums are stored by name: reordering an enum must never change a stored fact.
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString);

                // Recorded time comes from the app's clock, so tests can move it (pinned by a test).
                options.Events.TimeProvider = provider.GetRequiredService<TimeProvider>();

                // Metadata every event carries: who (header "actor"), why (headers "reason",
                // "documentReference") and the correlation id of the request that appended it.
                options.Events.MetadataConfig.CorrelationIdEnabled = true;
                options.Events.MetadataConfig.CausationIdEnabled = true;
                options.Events.MetadataConfig.HeadersEnabled = true;

                // Every committed case or finding change is announced to the nodes serving subscriptions.
                options.Listeners.Add(new LiveUpdates.LedgerNotifier());

                options.AddUnits().AddCadres().AddCases().AddAudits();
                options.Schema.For<Security.CadreCustody>();
                options.Schema.For<Security.AccessLogEntry>();
                options.Schema.For<Imports.ImportedRecord>();
                // After every document it reads: its triggers name their tables.
                options.AddRemitIndex();
                return options;
            })
            .BuildSessionsWith<LedgerSessionFactory>()
            .InitializeWith<RemitBackfill>()
            .ApplyAllDatabaseChangesOnStartup();
}
