using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cases;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Posts;
using CaseLedger.Api.ReadSide;
using CaseLedger.Api.Units;
using CaseLedger.Api.Units.Registering;
using CaseLedger.Api.Cases.Opening;
using CaseLedger.Domain.Shared;
using Marten;

namespace CaseLedger.Api.Security;

/// <summary>A registered cadre's first jurisdiction: the unit whose registrar registered them, until a post places them.</summary>
public sealed record CadreCustody(Guid Id, Guid UnitId);

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
internal sealed class Jurisdiction(IHttpContextAccessor accessor, IQuerySession session)
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

    public async Task<bool> CoversCaseAsync(Guid id, CancellationToken ct)
    {
        if (await UnitsAsync(ct) is not { } scope)
            return true;
        return await session.LoadAsync<CaseSummary>(id, ct) is not { } summary || Covers(scope, summary);
    }

    /// <summary>
    /// Why a command's target is outside the remit (as NOT_FOUND, exactly what a missing id answers), or
    /// null when it may proceed. Ids that do not parse or exist are left to the handler, which says so.
    /// </summary>
    public async Task<DomainException?> RefusalAsync(object input, CancellationToken ct)
    {
        if (IsUnlimited)
            return null;
        switch (input)
        {
            case ICaseInput c when GlobalId.Parse(c.CaseId, CaseType.TypeName) is { } caseId && !await CoversCaseAsync(caseId, ct):
                return NotFound("caseId");
            case Audits.IFindingInput f when GlobalId.Parse(f.FindingId, Audits.FindingType.TypeName) is { } findingId
                && await session.LoadAsync<Audits.FindingDetails>(findingId, ct) is { } finding
                && !(finding.CaseId is { } findingCase ? await CoversCaseAsync(findingCase, ct) : await CoversCadreAsync(finding.CadreId, ct)):
                return NotFound("findingId");
            case ICadreInput c when GlobalId.Parse(c.CadreId, CadreType.TypeName) is { } cadreId && !await CoversCadreAsync(cadreId, ct):
                return NotFound("cadreId");
            case IUnitInput u when GlobalId.Parse(u.UnitId, UnitType.TypeName) is { } unitId && !await CoversUnitAsync(unitId, ct):
                return NotFound("unitId");
            case RegisterUnitInput { ParentId: null }:
                return new DomainException(ErrorCodes.Forbidden, "只有全域管理员可登记顶级单位 / Only a whole-ledger admin may register a unit without a parent.", "parentId");
            case RegisterUnitInput r when GlobalId.Parse(r.ParentId, UnitType.TypeName) is { } parentId && !await CoversUnitAsync(parentId, ct):
                return NotFound("parentId");
            case OpenCaseInput o:
                // The case must land in remit; its cadre must be in remit unless the case moves them into it.
                var to = await InRemitAsync(o.ToPost, ct);
                if (!to && !await InRemitAsync(o.FromPost, ct))
                    return NotFound(o.ToPost is null ? "fromPost.unitId" : "toPost.unitId");
                if (!to && GlobalId.Parse(o.CadreId, CadreType.TypeName) is { } openFor && !await CoversCadreAsync(openFor, ct))
                    return NotFound("cadreId");
                return null;
            default:
                // Any other input (recordBaselinePost, later features' inputs) is checked by the ids it names.
                foreach (var (property, kind) in TargetIds(input.GetType()))
                {
                    var value = property.GetValue(input) as string;
                    var inRemit = kind switch
                    {
                        CaseType.TypeName => GlobalId.Parse(value, kind) is not { } id || await CoversCaseAsync(id, ct),
                        CadreType.TypeName => GlobalId.Parse(value, kind) is not { } id || await CoversCadreAsync(id, ct),
                        _ => GlobalId.Parse(value, kind) is not { } id || await CoversUnitAsync(id, ct),
                    };
                    if (!inRemit)
                        return NotFound(char.ToLowerInvariant(property.Name[0]) + property.Name[1..]);
                }
                return null;
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, (System.Reflection.PropertyInfo, string)[]> Targets = new();

    /// <summary>The string properties CaseId, CadreId and UnitId of an input type, with the entity each names.</summary>
    private static (System.Reflection.PropertyInfo Property, string Kind)[] TargetIds(Type inputType) =>
        Targets.GetOrAdd(inputType, t => [.. t.GetProperties()
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => (p, p.Name switch { "CaseId" => CaseType.TypeName, "CadreId" => CadreType.TypeName, "UnitId" => UnitType.TypeName, _ => "" }))
            .Where(x => x.Item2.Length > 0)]);

    private async Task<bool> InRemitAsync(PostInput? post, CancellationToken ct) =>
        post is not null && GlobalId.Parse(post.UnitId, UnitType.TypeName) is { } unitId && await CoversUnitAsync(unitId, ct);

    private static DomainException NotFound(string field) =>
        new(ErrorCodes.NotFound, $"{field} 不存在 / Nothing has this {field}.", field);
}
