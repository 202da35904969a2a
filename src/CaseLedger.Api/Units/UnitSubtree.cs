using CaseLedger.Api.Remit;
using Marten;

namespace CaseLedger.Api.Units;

/// <summary>A unit and everything below it: one index range of the remit's closure table (<see cref="RemitIndex"/>).</summary>
internal static class UnitSubtree
{
    public static async Task<IReadOnlyList<Guid>> IdsAsync(IQuerySession session, Guid root, CancellationToken ct) =>
        await session.AdvancedSql.QueryAsync<Guid>(
            $"select unit_id from {session.DocumentStore.Options.DatabaseSchemaName}.{RemitIndex.AncestorTable} where ancestor_id = ?", ct, root);
}
