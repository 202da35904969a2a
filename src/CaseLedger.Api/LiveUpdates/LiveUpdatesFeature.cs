using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Ledger;
using GraphQL.Types;
using Marten;

namespace CaseLedger.Api.LiveUpdates;

/// <summary>
/// Live updates: every committed case or finding change is announced on a PostgreSQL channel (LedgerNotifier),
/// each node listens (LedgerFeed) and hands it to its subscriptions, which filter it through the subscriber's remit.
/// </summary>
internal sealed class LiveUpdatesFeature : IFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<LedgerFeed>();
        services.AddHostedService(provider => provider.GetRequiredService<LedgerFeed>());
        services.AddScoped<LiveConnection>();
    }

    public void ConfigureStore(StoreOptions options) => options.Listeners.Add(new LedgerNotifier());

    public void AddSubscriptions(ObjectGraphType subscription) => subscription.AddLiveSubscriptions();
}
