using CaseLedger.Api.Security;
using CaseLedger.Api.Units;
using Marten;

namespace CaseLedger.Api.Cases;

/// <summary>
/// The request user's remit, computed once per request (scope): the unit subtree of their token's
/// unit (UnitSubtree), and from it which cadres and cases are theirs. Every read path (connections,
/// loaders, node, case by number) filters through it and every mutation is checked against it, so
/// anything outside behaves as if it did not exist. The rule, in full:
/// <list type="bullet">
/// <item>a unit is in remit when it is in the subtree;</item>
/// <item>a case is in remit when its toPost, fromPost or secondment host unit is;</item>
/// <item>a cadre is in remit when they held a post (or secondment) in a unit in remit, have a case in
/// remit, or were registered by a registrar of the subtree and are not yet placed anywhere.</item>
/// </list>
/// Whole-ledger users (admin tokens with unit "*") and the service itself (demo data, CLI: no HTTP
/// request) see everything; an anonymous request sees nothing.
/// </summary>
internal sealed class Jurisdiction(IHttpContextAccessor accessor, IQuerySession session) : IRemit
{
    private HashSet<Guid>? units;
    private HashSet<Guid>? cadres;
    private HashSet<Guid>? cases;

    /// <summary>SQL: a case summary row <c>s</c> is in remit (the same rule as <see cref="Covers"/>); binds the units three times.</summary>
    private const string CaseInRemit =
        "(s.data -> 'ToPost' ->> 'UnitId')::uuid = any(?) or (s.data -> 'FromPost' ->> 'UnitId')::uuid = any(?) "
        + "or (s.data -> 'Secondment' ->> 'HostUnitId')::uuid = any(?)";

    public CaseLedgerUser? User => CaseLedgerUser.From(accessor.HttpContext?.User);

    /// <summary>True when nothing is filtered: a whole-ledger token, or no HTTP request at all.</summary>
    public bool IsUnlimited => accessor.HttpContext is null || User is { SeesWholeLedger: true };

    /// <summary>The units in remit; null when unlimited.</summary>
    public async Task<IReadOnlySet<Guid>?> UnitsAsync(CancellationToken ct)
    {
        if (IsUnlimited)
            return null;
        if (units is null)
            units = User?.UnitId is { } root ? [.. await UnitSubtree.IdsAsync(session, root, ct)] : [];
        return units;
    }

    /// <summary>The cadres in remit; null when unlimited.</summary>
    public async Task<IReadOnlySet<Guid>?> CadresAsync(CancellationToken ct)
    {
        if (await UnitsAsync(ct) is not { } scope)
            return null;
        if (cadres is null)
        {
            var schema = session.DocumentStore.Options.DatabaseSchemaName;
            var ids = scope.ToArray();
            cadres = [.. await session.AdvancedSql.QueryAsync<Guid>($"""
                select c.id from {schema}.mt_doc_cadrecareer c
                 where exists (select 1 from jsonb_array_elements_text(c.data -> 'UnitIds') u where u::uuid = any(?))
                union
                select (s.data ->> 'CadreId')::uuid from {schema}.mt_doc_casesummary s
                 where {CaseInRemit}
                union
                select k.id from {schema}.mt_doc_cadrecustody k
                 where (k.data ->> 'UnitId')::uuid = any(?)
                   and not exists (select 1 from {schema}.mt_doc_cadrecareer c where c.id = k.id and jsonb_array_length(c.data -> 'UnitIds') > 0)
                """, ct, ids, ids, ids, ids, ids)];
        }
        return cadres;
    }

    /// <summary>The cases in remit (their toPost, fromPost or secondment host unit is); null when unlimited.</summary>
    public async Task<IReadOnlySet<Guid>?> CasesAsync(CancellationToken ct)
    {
        if (await UnitsAsync(ct) is not { } scope)
            return null;
        if (cases is null)
        {
            var ids = scope.ToArray();
            cases = [.. await session.AdvancedSql.QueryAsync<Guid>($"""
                select s.id from {session.DocumentStore.Options.DatabaseSchemaName}.mt_doc_casesummary s
                 where {CaseInRemit}
                """, ct, ids, ids, ids)];
        }
        return cases;
    }

    public static bool Covers(IReadOnlySet<Guid>? scope, CaseSummary summary) =>
        scope is null
        || (summary.ToPost is { } to && scope.Contains(to.UnitId))
        || (summary.FromPost is { } from && scope.Contains(from.UnitId))
        || (summary.Secondment is { } secondment && scope.Contains(secondment.HostUnitId));

    public async Task<bool> CoversUnitAsync(Guid id, CancellationToken ct) => await UnitsAsync(ct) is not { } scope || scope.Contains(id);

    public async Task<bool> CoversCadreAsync(Guid id, CancellationToken ct) => await CadresAsync(ct) is not { } scope || scope.Contains(id);

    /// <summary>In remit, and existing: a case that does not exist is never covered (for a limited remit).</summary>
    public async Task<bool> CoversCaseAsync(Guid id, CancellationToken ct)
    {
        if (await UnitsAsync(ct) is not { } scope)
            return true;
        return await session.LoadAsync<CaseSummary>(id, ct) is { } summary && Covers(scope, summary);
    }
}
