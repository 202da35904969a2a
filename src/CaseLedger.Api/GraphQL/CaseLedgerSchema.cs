using CaseLedger.Api.Security;
using GraphQL.Types;

namespace CaseLedger.Api.GraphQL;

/// <summary>The one schema: a singleton; resolvers reach scoped services through RequestServices.</summary>
internal sealed class CaseLedgerSchema : Schema
{
    public CaseLedgerSchema(IServiceProvider services, IEnumerable<IFeature> features, QueryType query, MutationType mutation, SubscriptionType subscription)
        : base(services)
    {
        Description = "CaseLedger: the event-sourced ledger of cadre exchanges (交流), secondments (挂职) and appointments (任用).";
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        foreach (var feature in features)
            feature.ConfigureSchema(this);
        // Replaces the built-in DateTimeOffset scalar (same name): timestamps must carry their offset.
        RegisterType(new OffsetDateTimeGraphType());
    }
}

/// <summary>Every read: the transport's own (node, errorCodes, accessLog), then each feature's.</summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IFeature> features)
    {
        Name = "Query";
        Description = "Reads: units, cadres and cases as the ledger stands now, and the ledger's integrity.";
        this.AddNodeQueries();
        this.AddErrorCodeQueries();
        this.AddAccessLogQueries();
        foreach (var feature in features)
            feature.AddQueries(this);
    }
}

/// <summary>Every command, each feature's own; each takes one input and returns a payload with typed errors.</summary>
internal sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IFeature> features)
    {
        Name = "Mutation";
        Description = "Commands. Each takes one input and returns the changed entity or typed errors; a refused command records nothing.";
        foreach (var feature in features)
            feature.AddMutations(this);
    }
}

/// <summary>Live updates, each feature's own, over graphql-transport-ws on /graphql.</summary>
internal sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType(IEnumerable<IFeature> features)
    {
        Name = "Subscription";
        Description = "Live updates (graphql-transport-ws on /graphql; the token goes in connection_init's payload as {\"Authorization\": \"Bearer …\"}).";
        foreach (var feature in features)
            feature.AddSubscriptions(this);
    }
}
