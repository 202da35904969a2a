using CaseLedger.Api.Remit;
using JasperFx;
using Marten;
using Weasel.Core;

namespace CaseLedger.Api.Ledger;

/// <summary>The event store: Marten on PostgreSQL, with every feature's streams and read models.</summary>
internal static class LedgerStore
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

                // Inline projections start from the documents a writing session already holds (a case step preloads the case's
                // summary and career in its one read) and load what it lacks on the session's own connection and transaction.
                // Safe because no writer alters a loaded read model before saving: they are immutable records.
                options.Events.UseIdentityMapForAggregates = true;

                options.Schema.For<IdempotencyRecord>();
                options.Schema.For<Security.AccessLogEntry>();
                foreach (var feature in provider.GetServices<IFeature>())
                    feature.ConfigureStore(options);
                // After every document it reads: its triggers name their tables.
                options.AddRemitIndex();
                return options;
            })
            .BuildSessionsWith<LedgerSessionFactory>()
            .InitializeWith<RemitBackfill>()
            .ApplyAllDatabaseChangesOnStartup();
}
