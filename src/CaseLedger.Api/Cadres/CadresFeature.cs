using CaseLedger.Api.Cadres.Career;
using CaseLedger.Api.Cadres.CorrectingAnnualAssessment;
using CaseLedger.Api.Cadres.CorrectingCadreDetails;
using CaseLedger.Api.Cadres.CorrectingPersonalDetails;
using CaseLedger.Api.Cadres.DeclaringKinRelation;
using CaseLedger.Api.Cadres.EnteringReservePool;
using CaseLedger.Api.Cadres.LeavingReservePool;
using CaseLedger.Api.Cadres.RecordingAnnualAssessment;
using CaseLedger.Api.Cadres.RecordingBaselinePost;
using CaseLedger.Api.Cadres.RecordingLeavingService;
using CaseLedger.Api.Cadres.RecordingReferenceManagedRegistration;
using CaseLedger.Api.Cadres.RecordingSanction;
using CaseLedger.Api.Cadres.Registering;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Remit;
using CaseLedger.Api.Security;
using CaseLedger.Api.Units;
using GraphQL.Types;
using Marten;

namespace CaseLedger.Api.Cadres;

/// <summary>Cadres: personal records, careers, their streams, reads and commands; a unit's roster.</summary>
internal sealed class CadresFeature : IFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CadreLoaders>();
        services.AddSingleton<IRemitKind>(new IndexedRemitKind(CadreType.TypeName, RemitKind.Cadre));
        services.AddSingleton(new NodeSource(CadreType.TypeName, (c, id) => c.LoadCadre(id).Then(x => (object?)x)));
        services.AddGraphTypeExtension<UnitType>(unit => unit.AddRosterField());
    }

    public void ConfigureStore(StoreOptions options) => options.AddCadres();

    public IEnumerable<Type> Projections => [typeof(CadreProfileProjection), typeof(CadreCustodyProjection)];

    public void AddQueries(ObjectGraphType query) => query.AddCadreQueries();

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.AddRegisterCadre();
        mutation.AddRecordBaselinePost();
        mutation.AddDeclareKinRelation();
        mutation.AddRecordSanction();
        mutation.AddRecordReferenceManagedRegistration();
        mutation.AddRecordAnnualAssessment();
        mutation.AddCorrectAnnualAssessment();
        mutation.AddEnterReservePool();
        mutation.AddLeaveReservePool();
        mutation.AddCorrectPersonalDetails();
        mutation.AddCorrectCadreDetails();
        mutation.AddRecordCadreLeavingService();
    }
}
