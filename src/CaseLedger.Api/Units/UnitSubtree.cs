using Marten;

namespace CaseLedger.Api.Units;

/// <summary>A unit and everything below it, found by a recursive query in PostgreSQL.</summary>
internal static class UnitSubtree
{
    public static async Task<IReadOnlyList<Guid>> IdsAsync(IQuerySession session, Guid root, CancellationToken ct)
    {
        var table = $"{session.DocumentStore.Options.DatabaseSchemaName}.mt_doc_unitdetails";
        return await session.AdvancedSql.QueryAsync<Guid>($"""
            with recursive subtree(id) as (
                select id from {table} where id = ?
                union all
                select u.id from {table} u join subtree s on (u.data ->> 'ParentId')::uuid = s.id
            )
            select id from subtree
            """, ct, root);
    }
}
