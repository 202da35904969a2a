using GraphQL.Types;
using Marten;

namespace CaseLedger.Api;

/// <summary>
/// A feature (Units, Cadres, Cases, Audits, Integrity) plugging itself into the shared layers, which
/// name no feature: its services (loaders, remit kinds, type extensions, node types), its streams and
/// projections in Marten, and its part of the schema. The composition root (Hosting/) is the one
/// place that lists features.
/// </summary>
public interface IFeature
{
    /// <summary>Scoped and singleton services of the feature.</summary>
    void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>What the feature adds to Marten's registration: subscriptions, the async daemon.</summary>
    void AddToStore(MartenServiceCollectionExtensions.MartenConfigurationExpression marten, IConfiguration configuration)
    {
    }

    /// <summary>Pinned event names, projections, indexes and documents.</summary>
    void ConfigureStore(StoreOptions options)
    {
    }

    /// <summary>The feature's projections in the order a full rebuild must run them.</summary>
    IEnumerable<Type> Projections => [];

    void AddQueries(ObjectGraphType query)
    {
    }

    void AddMutations(ObjectGraphType mutation)
    {
    }

    void AddSubscriptions(ObjectGraphType subscription)
    {
    }

    /// <summary>HTTP endpoints of the feature beside /graphql (e.g. downloads), mapped by the web host.</summary>
    void MapEndpoints(IEndpointRouteBuilder app)
    {
    }

    /// <summary>Types the schema must know that no field reaches (interface implementations, scalars).</summary>
    void ConfigureSchema(ISchema schema)
    {
    }
}
