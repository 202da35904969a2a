using CaseLedger.Api.Cases;
using CaseLedger.Domain.Audits;
using JasperFx.Events.Projections;
using Marten;

namespace CaseLedger.Api.Audits;

/// <summary>The Finding streams in Marten (pinned event names, inline projection) and the evaluator's progress.</summary>
internal static class AuditsModule
{
    public static StoreOptions AddAudits(this StoreOptions options)
    {
        options.Events.MapEventType<FindingRaised>("finding_raised.v1");
        options.Events.MapEventType<FindingRestated>("finding_restated.v1");
        options.Events.MapEventType<FindingCleared>("finding_cleared.v1");
        options.Events.MapEventType<FindingAcknowledged>("finding_acknowledged.v1");
        options.Events.MapEventType<FindingConfirmed>("finding_confirmed.v1");
        options.Events.MapEventType<FindingDismissed>("finding_dismissed.v1");
        options.Events.MapEventType<FindingResolved>("finding_resolved.v1");
        options.Events.MapEventType<FindingReopened>("finding_reopened.v1");

        options.Projections.Add<FindingDetailsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<FindingDetails>().Index(x => x.CaseId).Index(x => x.CadreId);
        options.Schema.For<AuditProgress>().Identity(x => x.Id);
        // The scheduled pass of deadline rules looks cases up by the day their move took effect (or the secondment ended in a retention).
        options.Schema.For<CaseSummary>().Index(x => x.EffectiveOn).Index(x => x.ClosedOn);
        return options;
    }

    /// <summary>The evaluator, and the background loop that runs it unless CaseLedger:Audits:Evaluate is false.</summary>
    public static IServiceCollection AddAuditEvaluation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new EvaluationGaps());
        services.AddSingleton(ConfiguredRules(configuration.GetSection("CaseLedger:Audits:Parameters")));
        services.AddScoped<CaseFileLoader>();
        services.AddScoped<AuditEvaluator>();
        if (configuration.GetValue("CaseLedger:Audits:Evaluate", true))
            services.AddHostedService<AuditDaemon>();
        return services;
    }

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
/// How far the evaluator has read the event log (mt_events.seq_id), and the (Beijing) day of its last
/// scheduled pass of deadline rules; saved with the findings it wrote.
/// </summary>
public sealed record AuditProgress(string Id, long LastSequence, DateOnly? ScheduledPassOn = null)
{
    public const string Key = "audit-evaluator";
}
