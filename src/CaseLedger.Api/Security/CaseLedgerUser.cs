using System.Globalization;
using System.Security.Claims;

namespace CaseLedger.Api.Security;

/// <summary>
/// The authenticated user as the ledger sees them, read from the bearer token's claims: a name (the
/// events' actor), a role and a jurisdiction — a unit id (that unit and everything below it), or
/// <see cref="WholeLedger"/> ("*", for admins) for every unit.
/// </summary>
public sealed record CaseLedgerUser(string Name, Role Role, Guid? UnitId)
{
    public const string NameClaim = "name";
    public const string RoleClaim = "role";
    public const string UnitClaim = "unit";
    public const string WholeLedger = "*";

    public bool SeesWholeLedger => UnitId is null;

    public bool Has(Permission permission) => Role.Has(permission);

    /// <summary>The user of an authenticated principal with well-formed claims; null otherwise.</summary>
    public static CaseLedgerUser? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not { IsAuthenticated: true })
            return null;
        var name = principal.FindFirst(NameClaim)?.Value ?? principal.FindFirst("sub")?.Value;
        var roles = principal.FindAll(RoleClaim).ToList();
        if (string.IsNullOrWhiteSpace(name)
            || roles.Count != 1
            || ParseRole(roles[0].Value) is not { } role
            || principal.FindFirst(UnitClaim)?.Value is not { } unit)
            return null;
        if (unit == WholeLedger)
            return new CaseLedgerUser(name, role, null);
        return Guid.TryParse(unit, CultureInfo.InvariantCulture, out var unitId) ? new CaseLedgerUser(name, role, unitId) : null;
    }

    /// <summary>
    /// Exactly one role's name, any case; nothing else. Enum.TryParse would read "Registrar, Admin" as the
    /// flags Registrar|Admin (= Admin) and "3" as Admin: a token naming two roles or a number names none.
    /// </summary>
    public static Role? ParseRole(string? text) =>
        Enum.GetValues<Role>().Where(r => string.Equals(r.ToString(), text, StringComparison.OrdinalIgnoreCase)).Cast<Role?>().FirstOrDefault();
}
