namespace CaseLedger.Api.Security;

/// <summary>
/// The request user's remit (管辖范围) as sets of stream ids, computed once per request. Every read path
/// filters through it and every command's references are checked against it (<see cref="RemitGuard"/>),
/// so anything outside behaves as if it did not exist. Null sets mean "unlimited": a whole-ledger
/// token, or no HTTP request at all (the evaluator, the seeder, the CLI). What makes a unit, cadre or
/// case part of a remit is the remit definition's business (registered by the composition root).
/// </summary>
public interface IRemit
{
    CaseLedgerUser? User { get; }

    /// <summary>True when nothing is filtered.</summary>
    bool IsUnlimited { get; }

    Task<IReadOnlySet<Guid>?> UnitsAsync(CancellationToken ct);

    Task<IReadOnlySet<Guid>?> CadresAsync(CancellationToken ct);

    Task<IReadOnlySet<Guid>?> CasesAsync(CancellationToken ct);
}

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
public interface IRemitKind
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
public interface IHasRemitRule
{
    Task<Domain.Shared.DomainException?> RemitRefusalAsync(RemitGuard guard, CancellationToken ct);
}
