using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cases;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Posts;
using CaseLedger.Api.ReadSide;
using CaseLedger.Api.Units;
using CaseLedger.Api.Units.Registering;
using CaseLedger.Api.Cases.Opening;
using CaseLedger.Domain.Shared;
using CaseLedger.Api.Remit;
using Marten;
using Marten.Linq.MatchesSql;

namespace CaseLedger.Api.Security;

/// <summary>A registered cadre's first jurisdiction: the unit whose registrar registered them, until a post places them.</summary>
public sealed record CadreCustody(Guid Id, Guid UnitId);

/// <summary>
/// The request user's remit: their token's unit and everything below it. Every read path (connections,
/// loaders, node, case by number) filters through it and every mutation is checked against it, so
/// anything outside behaves as if it did not exist. The rule (<see cref="RemitSql"/>, over the tables
/// <see cref="RemitIndex"/> keeps from the events):
/// <list type="bullet">
/// <item>a unit is in remit when it is in the subtree;</item>
/// <item>a case is in remit when its toPost, fromPost or secondment host unit is;</item>
/// <item>a cadre is in remit when they held a post (or secondment) in a unit in remit, have a case in
/// remit, or were registered by a registrar of the subtree and are not yet placed anywhere.</item>
/// </list>
/// Each question is an index lookup (or a SQL predicate added to the query that reads the documents),
/// never a computation of the whole remit. Whole-ledger users (admin tokens with unit "*") and the
/// service itself (demo data, CLI: no HTTP request) see everything; an anonymous request sees nothing.
/// </summary>
internal sealed class Jurisdiction(IHttpContextAccessor accessor, IQuerySession session)
{
    private HashSet<Guid>? units;
    private readonly Dictionary<(RemitKind, Guid), bool> answered = [];

    public CaseLedgerUser? User => CaseLedgerUser.From(accessor.HttpContext?.User);

    /// <summary>True when nothing is filtered: a whole-ledger token, or no HTTP request at all.</summary>
    public bool IsUnlimited => accessor.HttpContext is null || User is { SeesWholeLedger: true };

    /// <summary>The unit at the top of the remit (Guid.Empty, which names no unit, for a user without one); null when unlimited.</summary>
    public Guid? Root => IsUnlimited ? null : User?.UnitId ?? Guid.Empty;

    private string Schema => session.DocumentStore.Options.DatabaseSchemaName;

    /// <summary>The units in remit (one index range); null when unlimited.</summary>
    public async Task<IReadOnlySet<Guid>?> UnitsAsync(CancellationToken ct)
    {
        if (Root is not { } root)
            return null;
        units ??= [.. await UnitSubtree.IdsAsync(session, root, ct)];
        return units;
    }

    /// <summary>Only the documents in remit (<paramref name="subject"/>: the SQL naming each one's id, alias <c>d</c>); all when unlimited.</summary>
    public IQueryable<T> Within<T>(IQueryable<T> query, RemitKind kind, string subject = "d.id")
    {
        if (Root is not { } root)
            return query;
        var sql = Predicate(kind, subject);
        object[] parameters = [root];
        return query.Where(x => x!.MatchesSql(sql, parameters));
    }

    /// <summary>The SQL predicate for <paramref name="kind"/> (binds the root once).</summary>
    public string Predicate(RemitKind kind, string subject = "d.id") => kind switch
    {
        RemitKind.Unit => RemitSql.Unit(Schema, subject),
        RemitKind.Case => RemitSql.Case(Schema, subject),
        _ => RemitSql.Cadre(Schema, subject),
    };

    /// <summary>Which of <paramref name="ids"/> are in remit: one indexed query for the lot (all of them when unlimited).</summary>
    public async Task<IReadOnlySet<Guid>> CoveredAsync(RemitKind kind, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var all = ids.ToHashSet();
        if (Root is not { } root)
            return all;
        var unknown = all.Where(id => !answered.ContainsKey((kind, id))).ToArray();
        if (unknown.Length > 0)
        {
            var inRemit = (await session.AdvancedSql.QueryAsync<Guid>(RemitSql.Covered(Schema, kind), ct, unknown, root)).ToHashSet();
            foreach (var id in unknown)
                answered[(kind, id)] = inRemit.Contains(id);
        }
        return all.Where(id => answered[(kind, id)]).ToHashSet();
    }

    public async Task<bool> CoversAsync(RemitKind kind, Guid id, CancellationToken ct) => (await CoveredAsync(kind, [id], ct)).Count == 1;

    public Task<bool> CoversUnitAsync(Guid id, CancellationToken ct) => CoversAsync(RemitKind.Unit, id, ct);

    public Task<bool> CoversCadreAsync(Guid id, CancellationToken ct) => CoversAsync(RemitKind.Cadre, id, ct);

    public Task<bool> CoversCaseAsync(Guid id, CancellationToken ct) => CoversAsync(RemitKind.Case, id, ct);

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
            case Audits.IFindingInput f when GlobalId.Parse(f.FindingId, Audits.FindingType.TypeName) is { } findingId
                && await session.LoadAsync<Audits.FindingDetails>(findingId, ct) is { } finding
                && !(finding.CaseId is { } findingCase ? await CoversCaseAsync(findingCase, ct) : await CoversCadreAsync(finding.CadreId, ct)):
                return NotFound("findingId");
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
                // Every other input (a case step, a cadre or unit change, recordBaselinePost …) is checked by the ids it names,
                // each once: one indexed lookup, no document read.
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
