namespace CaseLedger.Api.GraphQL;

/// <summary>
/// Fields one feature adds to another feature's type (a case's findings, a cadre's cases, a unit's
/// roster), registered as a singleton; the extended type applies every one it is given. This keeps
/// the dependency pointing from the feature that knows both to the one that knows only itself.
/// </summary>
public sealed record GraphTypeExtension<TGraph>(Action<TGraph> Extend);

public static class GraphTypeExtensions
{
    public static void ApplyAll<TGraph>(this TGraph type, IEnumerable<GraphTypeExtension<TGraph>> extensions)
    {
        foreach (var extension in extensions)
            extension.Extend(type);
    }

    public static IServiceCollection AddGraphTypeExtension<TGraph>(this IServiceCollection services, Action<TGraph> extend) =>
        services.AddSingleton(new GraphTypeExtension<TGraph>(extend));
}
