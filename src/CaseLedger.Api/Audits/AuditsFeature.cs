using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cases;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using GraphQL.Types;
using Marten;

namespace CaseLedger.Api.Audits;

/// <summary>Audits: the rule evaluator, findings and their workflow; the findings of cases and cadres.</summary>
internal sealed class AuditsFeature : IFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IRemitKind, FindingRemit>();
        services.AddScoped<FindingLoader>();
        services.AddSingleton(new NodeSource(FindingType.TypeName, FindingLoader.Load));
        services.AddGraphTypeExtension<CaseType>(type => type.AddCaseFindings());
        services.AddGraphTypeExtension<CadreType>(type => type.AddCadreFindings());
    }

    public void AddToStore(MartenServiceCollectionExtensions.MartenConfigurationExpression marten, IConfiguration configuration) =>
        marten.AddAuditEvaluation(configuration);

    public void ConfigureStore(StoreOptions options) => options.AddAudits();

    public IEnumerable<Type> Projections => [typeof(FindingDetailsProjection)];

    public void AddQueries(ObjectGraphType query)
    {
        query.AddAuditQueries();
        query.AddAuditCaseQuery();
    }

    public void AddMutations(ObjectGraphType mutation) => mutation.AddFindingWorkflow();
}

/// <summary>A finding is in remit when its case is, or (a finding about a cadre's own record) its cadre is.</summary>
internal sealed class FindingRemit(IQuerySession session) : IRemitKind
{
    public string Kind => FindingType.TypeName;

    public async Task<bool> CoversAsync(RemitGuard guard, Guid id, CancellationToken ct)
    {
        return await session.LoadAsync<FindingDetails>(id, ct) is { } finding
            && (finding.CaseId is { } caseId
                ? await guard.CoversAsync(CaseType.TypeName, caseId, ct)
                : await guard.CoversAsync(CadreType.TypeName, finding.CadreId, ct));
    }
}
