using CaseLedger.Api.Cases;

namespace CaseLedger.Api.Hosting;

internal static class MediatorSetup
{
    // Scoped: handlers take the request's Marten session (Mediator's default is Singleton).
    public static IServiceCollection AddCaseLedgerMediator(this IServiceCollection services) =>
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(CaseSummary)];
        });
}
