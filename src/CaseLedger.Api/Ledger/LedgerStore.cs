using CaseLedger.Api.Remit;
using JasperFx;
using Marten;
using Npgsql;
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
                options.Connection(PooledConnectionString(configuration.GetConnectionString("CaseLedger")
                    ?? throw new InvalidOperationException("ConnectionStrings:CaseLedger is not set (tools/run sets it from tools/db).")));
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

    /// <summary>
    /// The store's connection string with the pool settings that measured faster, unless the operator set them:
    /// <list type="bullet">
    /// <item><c>Max Auto Prepare</c>: a statement run a few times on a connection is prepared there, so PostgreSQL
    /// stops planning it anew on every request. The remit's semi-join cost 0.4–0.8 ms to plan and 0.1 ms to run
    /// (EXPLAIN ANALYZE at large), three times per scoped cadre read; prepared statements survive the pool's reset.</item>
    /// <item><c>No Reset On Close</c>: no reset sent with each checkout (≈ 0.2 ms of PostgreSQL per read). Nothing relies on
    /// session state left by an earlier user of a connection: no <c>SET</c> of session settings, roles or search_path, no temp
    /// tables; Marten's advisory locks live on their own connection and are released explicitly, and live updates LISTEN on
    /// their own connection outside this pool.</item>
    /// <item><c>default_toast_compression=lz4</c> (a startup option): a read-model document over 2 KB (a case's summary and
    /// head once it has a few steps) is compressed as it is stored; PostgreSQL's default, pglz, was among its hottest
    /// functions under a burst of case steps and in a rebuild's COPY, and lz4 compresses several times faster. Values already
    /// stored keep their compression; both read back the same.</item>
    /// <item><c>Maximum Pool Size</c>: <see cref="DefaultMaxPoolSize"/> instead of Npgsql's 100. The pool hands out its idle
    /// connections in turn, so after a burst of 32 concurrent reads the case steps ran on 40-odd PostgreSQL backends in
    /// rotation, and both sides paid for it: on 2 cores, 307–348 steps/s at 1.8–1.9 ms of API and 1.6–2.2 ms of PostgreSQL CPU
    /// per step, against 349–450 at 1.5–1.8 and 1.2–1.8 with 12 connections (same ledger and warm-up, alternating). No path holds
    /// more than two connections at once (the evaluator's transaction and its reads, a verification's snapshot and its gate),
    /// and only a handful of such paths run at a time, so the cap leaves room; a checkout that finds none free waits for one
    /// (up to the connection string's <c>Timeout</c>, 15 s by default, then fails with Npgsql's pool-exhausted error).</item>
    /// </list>
    /// </summary>
    internal static string PooledConnectionString(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
            builder.MaxAutoPrepare = 100;
        if (!Mentions(connectionString, "Auto Prepare Min Usages", "AutoPrepareMinUsages"))
            builder.AutoPrepareMinUsages = 2;
        if (!Mentions(connectionString, "No Reset On Close", "NoResetOnClose"))
            builder.NoResetOnClose = true;
        if (!Mentions(connectionString, "Maximum Pool Size", "Max Pool Size", "MaxPoolSize"))
            builder.MaxPoolSize = DefaultMaxPoolSize;
        if (!Mentions(connectionString, "default_toast_compression"))
            builder.Options = $"{builder.Options} -c default_toast_compression=lz4".TrimStart();
        return builder.ConnectionString;
    }

    /// <summary>A few connections per core: enough to keep PostgreSQL busy, few enough that its backends stay warm.</summary>
    internal static int DefaultMaxPoolSize { get; } = Math.Max(12, 6 * Environment.ProcessorCount);

    private static bool Mentions(string connectionString, params string[] keys) =>
        keys.Any(key => connectionString.Contains(key, StringComparison.OrdinalIgnoreCase));
}
