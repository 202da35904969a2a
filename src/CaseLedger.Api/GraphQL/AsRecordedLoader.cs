using CaseLedger.Api.Remit;
using CaseLedger.Api.Security;

namespace CaseLedger.Api.GraphQL;

/// <summary>
/// Batch loaders of read models as the ledger stood at an instant (inside <c>asRecordedAt</c> / <c>asOfVersion</c>):
/// the remit is checked for the whole batch in one query, as for current reads, then each stream is folded
/// from the events recorded by then. A stream that did not exist yet loads as null.
/// </summary>
internal static class AsRecordedLoader
{
    public static BatchLoader<(Guid Id, DateTimeOffset At), T> Create<T>(
        Jurisdiction remit, RemitKind kind, Func<Guid, DateTimeOffset, CancellationToken, Task<T?>> fold)
        where T : class =>
        new(async (keys, ct) =>
        {
            var covered = await remit.CoveredAsync(kind, keys.Select(k => k.Id), ct);
            var found = new Dictionary<(Guid Id, DateTimeOffset At), T>();
            foreach (var key in keys)
            {
                // One session, one query at a time (the serial execution strategy).
                if (covered.Contains(key.Id) && await fold(key.Id, key.At, ct) is { } view)
                    found[key] = view;
            }
            return found;
        });
}
