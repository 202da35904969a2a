using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Remit;
using CaseLedger.Api.Security;
using CaseLedger.Api.Units.AnnouncingLeaderDeparture;
using CaseLedger.Api.Units.AnnouncingRestructuring;
using CaseLedger.Api.Units.Dissolving;
using CaseLedger.Api.Units.Moving;
using CaseLedger.Api.Units.Reclassifying;
using CaseLedger.Api.Units.Registering;
using CaseLedger.Api.Units.Renaming;
using GraphQL.Types;
using Marten;

namespace CaseLedger.Api.Units;

/// <summary>Units: the unit tree, its streams, reads and commands.</summary>
internal sealed class UnitsFeature : IFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<UnitLoaders>();
        services.AddSingleton<IRemitKind>(new IndexedRemitKind(UnitType.TypeName, RemitKind.Unit));
        services.AddSingleton<IUnitDirectory, UnitDirectory>();
        services.AddSingleton(new NodeSource(UnitType.TypeName, (c, id) => c.LoadUnit(id).Then(x => (object?)x)));
    }

    public void ConfigureStore(StoreOptions options) => options.AddUnits();

    public IEnumerable<Type> Projections => [typeof(UnitDetailsProjection)];

    public void AddQueries(ObjectGraphType query) => query.AddUnitQueries();

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.AddRegisterUnit();
        mutation.AddRenameUnit();
        mutation.AddReclassifyUnit();
        mutation.AddMoveUnit();
        mutation.AddDissolveUnit();
        mutation.AddAnnounceLeaderDeparture();
        mutation.AddAnnounceRestructuring();
    }
}

/// <summary>A unit by global id, UUID or code.</summary>
internal sealed class UnitDirectory(IDocumentStore store) : IUnitDirectory
{
    public async Task<Guid?> FindAsync(string idOrCode, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var found = GlobalId.Parse(idOrCode, UnitType.TypeName) is { } id
            ? await session.LoadAsync<UnitDetails>(id, ct)
            : await session.Query<UnitDetails>().FirstOrDefaultAsync(u => u.Code == idOrCode, ct);
        return found?.Id;
    }
}
