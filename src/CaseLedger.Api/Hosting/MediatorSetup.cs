using CaseLedger.Api.Cases;
using CaseLedger.Api.Ledger;
using CaseLedger.Api.Security;

namespace CaseLedger.Api.Hosting;

internal static class MediatorSetup
{
    // Scoped: handlers take the request's Marten session (Mediator's default is Singleton).
    // Every command, whoever sends it (GraphQL, the evaluator, the tools), runs the same pipeline: recording, then remit.
    public static IServiceCollection AddCaseLedgerMediator(this IServiceCollection services) =>
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(CaseSummary)];
            options.PipelineBehaviors = [typeof(RecordingBehavior<,>), typeof(RemitBehavior<,>)];
        });
}
