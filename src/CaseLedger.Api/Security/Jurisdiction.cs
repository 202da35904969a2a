using CaseLedger.Api.Remit;
using Marten;
using Marten.Linq.MatchesSql;
using Marten.Services.BatchQuerying;

namespace CaseLedger.Api.Security;

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
    private readonly Dictionary<(RemitKind, Guid), bool> answered = [];

    public CaseLedgerUser? User => CaseLedgerUser.From(accessor.HttpContext?.User);

    /// <summary>True when nothing is filtered: a whole-ledger token, or no HTTP request at all.</summary>
    public bool IsUnlimited => accessor.HttpContext is null || User is { SeesWholeLedger: true };

    /// <summary>The unit at the top of the remit (Guid.Empty, which names no unit, for a user without one); null when unlimited.</summary>
    public Guid? Root => IsUnlimited ? null : User?.UnitId ?? Guid.Empty;

    private string Schema => session.DocumentStore.Options.DatabaseSchemaName;

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
            // One id (a node, a mutation's check) binds a uuid, not a uuid[]: see LoadManyAsync.
            var inRemit = (unknown.Length == 1
                ? await session.AdvancedSql.QueryAsync<Guid>(RemitSql.Covered(Schema, kind, single: true), ct, unknown[0], root)
                : await session.AdvancedSql.QueryAsync<Guid>(RemitSql.Covered(Schema, kind), ct, unknown, root)).ToHashSet();
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
    /// The documents with these ids that are in remit, as one query of <paramref name="batch"/> (a plain load when
    /// unlimited): the answer once the batch has run.
    /// </summary>
    public Task<IReadOnlyList<T>> LoadManyAsync<T>(IBatchedQuery batch, RemitKind kind, IReadOnlyCollection<Guid> ids)
        where T : class
    {
        var wanted = ids.ToArray();
        if (Root is not { } root)
            return batch.LoadMany<T>().ById(wanted);
        var sql = Predicate(kind);
        object[] parameters = [root];
        return wanted.Length == 1
            ? batch.Query<T>().Where(x => x.MatchesSql("d.id = ?", wanted[0]) && x.MatchesSql(sql, parameters)).ToList()
            : batch.Query<T>().Where(x => x.MatchesSql("d.id = any(?)", wanted) && x.MatchesSql(sql, parameters)).ToList();
    }

    /// <summary>The documents with these ids that are in remit, in one query (a plain load when unlimited).</summary>
    public async Task<IReadOnlyList<T>> LoadManyAsync<T>(RemitKind kind, IEnumerable<Guid> ids, CancellationToken ct)
        where T : notnull
    {
        if (IsUnlimited)
            return await session.LoadManyAsync<T>(ct, ids);
        var wanted = ids.ToArray();
        // One id (the usual cadre(id), case(id)) as "d.id = ?": its prepared statement then runs a generic plan (the same index
        // lookups), while "= any(?)" is costed for ten ids and so re-planned on every execution, 0.4–0.8 ms each time.
        return wanted.Length == 1
            ? await Within(session.Query<T>(), kind).Where(x => x.MatchesSql("d.id = ?", wanted[0])).ToListAsync(ct)
            : await Within(session.Query<T>(), kind).Where(x => x.MatchesSql("d.id = any(?)", wanted)).ToListAsync(ct);
    }
}
