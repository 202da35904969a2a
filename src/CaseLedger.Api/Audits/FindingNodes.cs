using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Remit;
using CaseLedger.Api.Security;
using CaseLedger.Domain.Shared;
using GraphQL;
using GraphQL.DataLoader;
using Marten;

namespace CaseLedger.Api.Audits;

/// <summary>Findings for node(id)/nodes(ids): batched, in remit only, and only for roles that read findings.</summary>
internal sealed class FindingLoader(IQuerySession session, Jurisdiction jurisdiction)
{
    public BatchLoader<Guid, FindingDetails> Findings { get; } = new(async (ids, ct) =>
    {
        var wanted = ids.ToArray();
        var found = await session.Query<FindingDetails>().Where(f => wanted.Contains(f.Id)).ToListAsync(ct);
        var cases = await jurisdiction.CoveredAsync(RemitKind.Case, found.Where(f => f.CaseId is not null).Select(f => f.CaseId!.Value), ct);
        var cadres = await jurisdiction.CoveredAsync(RemitKind.Cadre, found.Where(f => f.CaseId is null).Select(f => f.CadreId), ct);
        return found.Where(f => f.CaseId is { } c ? cases.Contains(c) : cadres.Contains(f.CadreId)).ToDictionary(f => f.Id);
    });

    /// <summary>A finding as a node: the same permission as the finding query (FORBIDDEN without it).</summary>
    public static IDataLoaderResult<object?> Load(IResolveFieldContext context, Guid id)
    {
        if (CaseLedgerUser.From(context.User) is { } user && !user.Has(Permission.ReadHistory))
            throw new ExecutionError($"无权操作 / Your role ({user.Role}) may not read findings: it needs the {Permission.ReadHistory} permission.")
            { Code = ErrorCodes.Forbidden };
        return context.RequestServices!.GetRequiredService<FindingLoader>().Findings.Load(id).Then(f => (object?)f);
    }
}
