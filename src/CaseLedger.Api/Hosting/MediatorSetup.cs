using CaseLedger.Api.Cases;
using CaseLedger.Api.Ledger;
using CaseLedger.Api.Security;

namespace CaseLedger.Api.Hosting;

internal static class MediatorSetup
{
    // Scoped: handlers take the request's Marten session (Mediator's default is Singleton).
    // Every command, whoever sends it (GraphQL, the evaluator, the tools), runs the same pipeline: recording, remit,
    // then idempotency (a replay only after the remit, so it never answers a command its caller could not have sent).
    public static IServiceCollection AddCaseLedgerMediator(this IServiceCollection services) =>
        services.AddScoped<IdempotentReplays>().AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(CaseSummary)];
            options.PipelineBehaviors = [typeof(RecordingBehavior<,>), typeof(RemitBehavior<,>), typeof(IdempotencyBehavior<,>)];
        });
}
