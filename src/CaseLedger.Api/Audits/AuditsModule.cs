using CaseLedger.Api.Ledger;
using CaseLedger.Domain.Shared;
using CaseLedger.Api.Cases;
using CaseLedger.Domain.Audits;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;

namespace CaseLedger.Api.Audits;

/// <summary>The Finding streams in Marten (pinned event names, inline projection) and the evaluator's progress.</summary>
internal static class AuditsModule
{
    public static StoreOptions AddAudits(this StoreOptions options)
    {
        options.MapStoredNames<IFindingEvent>();
        options.Events.MapEventType<AuditDayBegan>("audit_day_began.v1");

        options.Projections.Add<FindingDetailsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<FindingDetails>().Index(x => x.CaseId).Index(x => x.CadreId);
        options.Schema.For<AuditProgress>().Identity(x => x.Id);
        // The scheduled pass of deadline rules looks cases up by the day their move took effect (or the secondment ended in a retention).
        options.Schema.For<CaseSummary>().Index(x => x.EffectiveOn).Index(x => x.ClosedOn);
        return options;
    }

    /// <summary>
    /// The evaluation, a Marten subscription run by the async daemon in HotCold mode (one node at a time, elected through a
    /// PostgreSQL advisory lock), and the calendar that wakes it each day — unless CaseLedger:Audits:Evaluate is false: then
    /// the subscription is registered (a test can drive it) but no daemon runs it here.
    /// </summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddAuditEvaluation(
        this MartenServiceCollectionExtensions.MartenConfigurationExpression marten, IConfiguration configuration)
    {
        var settings = AuditEvaluationSettings.From(configuration);
        var services = marten.Services;
        services.AddSingleton(settings);
        services.AddSingleton<AuditMemory>();
        services.AddSingleton(ConfiguredRules(configuration.GetSection("CaseLedger:Audits:Parameters")));
        services.AddScoped<CaseFileLoader>();
        services.AddScoped<AuditPosition>();
        services.ConfigureMarten(options =>
        {
            // The advisory lock is per database; each schema (a deployment, a test host) elects its own leader.
            options.Projections.DaemonLockId = DaemonLockIdFor(options.DatabaseSchemaName);
            options.Projections.LeadershipPollingTime = (int)settings.LeadershipPolling.TotalMilliseconds;
            // How long an idle daemon waits before it looks for new events again: Marten's 1 s made a step's finding wait
            // about a second on a quiet ledger (measured: append → finding p50 964 ms); a look is one cheap query.
            options.Projections.SlowPollingTime = settings.IdlePolling;
        });
        marten.AddSubscriptionWithServices<AuditEvaluation>(ServiceLifetime.Scoped);
        if (!settings.Evaluate)
            return marten;
        services.AddHostedService<AuditCalendar>();
        return marten.AddAsyncDaemon(DaemonMode.HotCold);
    }

    /// <summary>A stable lock id from the schema name (FNV-1a), so nodes on the same schema compete and other schemas do not.</summary>
    public static int DaemonLockIdFor(string schema)
    {
        var hash = 2166136261u;
        foreach (var c in schema)
            hash = (hash ^ c) * 16777619u;
        return (int)(hash & 0x3FFFFFFF) + 1_000_000;
    }

    /// <summary>
    /// The advisory lock the evaluating node holds. HotCold elects a leader per shard: Marten's lock for a shard is a hash of
    /// the schema and the shard's identity added to the base id (<see cref="DaemonLockIdFor"/>), the same on every node. A
    /// session holding it (<c>pg_locks</c>, key <c>(classid &lt;&lt; 32) | objid</c>) is the node that evaluates; its
    /// connections' Application Name says which node that is.
    /// </summary>
    public static int EvaluationLockIdFor(string schema) =>
        ProjectionLockIds.Compute(schema, new ShardName(AuditEvaluation.SubscriptionName), DaemonLockIdFor(schema));

    /// <summary>The catalogue with this deployment's values for [U] parameters, e.g. CaseLedger:Audits:Parameters:NX-FILING-TIMELY:days = 30.</summary>
    private static AuditRuleSet ConfiguredRules(IConfigurationSection section) =>
        AuditRuleSet.Configure(section.GetChildren().ToDictionary(
            rule => rule.Key,
            rule => (IReadOnlyDictionary<string, int>)rule.GetChildren().ToDictionary(
                p => p.Key,
                p => int.TryParse(p.Value, out var value) ? value
                    : throw new InvalidOperationException($"{p.Path} must be a whole number, not '{p.Value}'."))));
}

/// <summary>
/// The (Beijing) day of the evaluation's last pass of deadline rules, saved with the findings it wrote; absent until the first
/// page is evaluated. How far it has read the log is the daemon's own progression row (<see cref="AuditEvaluation.ProgressionName"/>).
/// </summary>
public sealed record AuditProgress(string Id, DateOnly? ScheduledPassOn)
{
    public const string Key = "audit-evaluator";
}
