using CaseLedger.Api.Remit;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Api.Security;

/// <summary>
/// The one jurisdiction check of every command: each id it references must be in the caller's remit.
/// An id outside answers NOT_FOUND with the same words as an id that names nothing, so a refusal tells
/// nothing about what exists elsewhere (no existence oracle).
/// </summary>
internal sealed class RemitGuard(Jurisdiction remit, IEnumerable<IRemitKind> kinds)
{
    private readonly Dictionary<string, IRemitKind> byKind = kinds.ToDictionary(k => k.Kind);

    public Jurisdiction Remit => remit;

    /// <summary>Why the command may not proceed for this caller, or null.</summary>
    public async Task<DomainException?> RefusalAsync(object command, CancellationToken ct)
    {
        if (remit.IsUnlimited)
            return null;
        if (command is IReferencesRemit referencing)
        {
            foreach (var reference in referencing.RemitReferences())
            {
                if (reference.Id is { } id && !await CoversAsync(reference.Kind, id, ct))
                    return NotFound(reference.Field);
            }
        }
        return command is IHasRemitRule rule ? await rule.RemitRefusalAsync(this, ct) : null;
    }

    /// <summary>Whether an id of this kind is in the remit (always, for an unlimited one); unknown kinds are refused.</summary>
    public async Task<bool> CoversAsync(string kind, Guid id, CancellationToken ct) =>
        remit.IsUnlimited || (byKind.TryGetValue(kind, out var k)
            ? await k.CoversAsync(this, id, ct)
            : throw new InvalidOperationException($"No feature registered the remit of {kind}."));

    /// <summary>The refusal for an id outside the remit, worded exactly as for an id that names nothing.</summary>
    public static DomainException NotFound(string field) =>
        new(ErrorCodes.NotFound, $"{field} 不存在 / Nothing has this {field}.", field);
}

/// <summary>
/// A kind whose remit is one of the index's questions (<see cref="RemitKind"/>): a unit in the subtree; a case whose
/// toPost, fromPost or secondment host unit is; a cadre by posts, cases or registration. An id that names nothing is never covered.
/// </summary>
internal sealed record IndexedRemitKind(string Kind, RemitKind Index) : IRemitKind
{
    public Task<bool> CoversAsync(RemitGuard guard, Guid id, CancellationToken ct) => guard.Remit.CoversAsync(Index, id, ct);
}
