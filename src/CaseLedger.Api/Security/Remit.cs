namespace CaseLedger.Api.Security;

/// <summary>Finds a unit by its id or code (a token's jurisdiction is a unit); registered by the units feature.</summary>
public interface IUnitDirectory
{
    Task<Guid?> FindAsync(string idOrCode, CancellationToken ct);
}

/// <summary>
/// One kind of entity a command may name (Unit, Cadre, Case, Finding …), registered by the feature
/// that owns it: whether an id of that kind is in the request user's remit. An id that names nothing
/// is never covered, so "outside the remit" and "does not exist" answer alike.
/// </summary>
internal interface IRemitKind
{
    /// <summary>The entity's GraphQL type name, as in its global ids.</summary>
    string Kind { get; }

    /// <summary>Called only for a limited remit.</summary>
    Task<bool> CoversAsync(RemitGuard guard, Guid id, CancellationToken ct);
}

/// <summary>An id a command names: the input field it came from, the kind of entity, and the id (null when not given).</summary>
public sealed record RemitReference(string Field, string Kind, Guid? Id);

/// <summary>
/// A command that names other entities: it lists every id it references, nested ones included (a
/// post's unit, a relative, a host or sending unit), so one check covers them all.
/// </summary>
public interface IReferencesRemit
{
    IEnumerable<RemitReference> RemitReferences();
}

/// <summary>
/// A command whose remit rule is more than "every reference in remit" (a case may be opened to move a
/// cadre into the remit; only a whole-ledger user registers a top unit). It answers with a refusal or null.
/// </summary>
internal interface IHasRemitRule
{
    Task<Domain.Shared.DomainException?> RemitRefusalAsync(RemitGuard guard, CancellationToken ct);
}
