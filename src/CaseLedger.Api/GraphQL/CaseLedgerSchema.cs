using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cadres.RecordingBaselinePost;
using CaseLedger.Api.Cadres.Registering;
using CaseLedger.Api.Cases;
using CaseLedger.Api.Cases.Opening;
using CaseLedger.Api.Cases.RaisingMotion;
using CaseLedger.Api.Integrity;
using CaseLedger.Api.ReadSide;
using CaseLedger.Api.Units;
using CaseLedger.Api.Units.Registering;
using GraphQL.Types;

namespace CaseLedger.Api.GraphQL;

/// <summary>The one schema: a singleton; resolvers reach scoped services through RequestServices.</summary>
internal sealed class CaseLedgerSchema : Schema
{
    public CaseLedgerSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Description = "CaseLedger: the event-sourced ledger of cadre exchanges (交流), secondments (挂职) and appointments (任用).";
        Query = query;
        Mutation = mutation;
    }
}

/// <summary>Every read, grouped by feature.</summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Reads: units, cadres and cases as the ledger stands now, and the ledger's integrity.";
        this.AddNodeQueries();
        this.AddUnitQueries();
        this.AddCadreQueries();
        this.AddCaseQueries();
        this.AddIntegrityQueries();
    }
}

/// <summary>Every command, grouped by feature; each takes one input and returns a payload with typed errors.</summary>
internal sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Commands. Each takes one input and returns the changed entity or typed errors; a refused command records nothing.";
        this.AddRegisterUnit();
        this.AddRegisterCadre();
        this.AddRecordBaselinePost();
        this.AddOpenCase();
        this.AddRaiseMotion();
    }
}
