using CaseLedger.Api.Ledger;
using GraphQL.Types;

namespace CaseLedger.Api.Integrity;

/// <summary>Integrity: verifying the hash chains and digests; rebuilding read models from the events.</summary>
internal sealed class IntegrityFeature : IFeature
{
    public void AddQueries(ObjectGraphType query) => query.AddIntegrityQueries();

    public void AddMutations(ObjectGraphType mutation) => mutation.AddRebuildProjections();
}
