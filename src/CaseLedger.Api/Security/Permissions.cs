using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace CaseLedger.Api.Security;

/// <summary>Who a user is to the ledger: one role per token.</summary>
[System.ComponentModel.Description("角色: what a user may do, from their token.")]
public enum Role
{
    /// <summary>登记员: records cases and cadre and unit changes in their jurisdiction.</summary>
    [System.ComponentModel.Description("登记员: records cases and cadre and unit changes in their jurisdiction.")]
    Registrar,

    /// <summary>检查员: reads everything in their jurisdiction, history and time travel included.</summary>
    [System.ComponentModel.Description("检查员: reads everything in their jurisdiction, history and time travel included.")]
    Inspector,

    /// <summary>监督员: reads (personal identifiers masked) and works audit findings.</summary>
    [System.ComponentModel.Description("监督员: reads (personal identifiers masked) and works audit findings.")]
    Supervisor,

    /// <summary>管理员: everything, units and configuration included.</summary>
    [System.ComponentModel.Description("管理员: everything, units and configuration included.")]
    Admin,
}

/// <summary>What a field may require; roles grant them (<see cref="RolePermissions"/>).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A permission is what it is.")]
public enum Permission
{
    /// <summary>Read current units, cadres and cases (every role).</summary>
    Read,

    /// <summary>Read event history and a case as recorded at a moment (time travel).</summary>
    ReadHistory,

    /// <summary>See a cadre's birth date and growth places unmasked.</summary>
    ReadPersonalData,

    /// <summary>Open cases and record their steps.</summary>
    RecordCases,

    /// <summary>Register cadres and record changes to them.</summary>
    ChangeCadres,

    /// <summary>Register, rename, reclassify and dissolve units.</summary>
    ChangeUnits,

    /// <summary>Raise and work audit findings.</summary>
    AuditFindings,

    /// <summary>Read who looked at which cadre's full record (the access log).</summary>
    ReadAccessLog,

    /// <summary>Verify the whole ledger's hash chains and export digests.</summary>
    VerifyLedger,

    /// <summary>Anything not granted otherwise: the default of an undeclared mutation.</summary>
    Administer,
}

/// <summary>The one table of what each role may do.</summary>
public static class RolePermissions
{
    private static readonly Dictionary<Role, HashSet<Permission>> Granted = new()
    {
        [Role.Registrar] = [Permission.Read, Permission.ReadPersonalData, Permission.RecordCases, Permission.ChangeCadres, Permission.ChangeUnits],
        [Role.Inspector] = [Permission.Read, Permission.ReadHistory, Permission.ReadPersonalData],
        [Role.Supervisor] = [Permission.Read, Permission.ReadHistory, Permission.AuditFindings],
        [Role.Admin] = [.. Enum.GetValues<Permission>()],
    };

    public static bool Has(this Role role, Permission permission) => Granted[role].Contains(permission);
}

/// <summary>
/// Declaring what a field requires: <c>field.RequirePermission(Permission.AuditFindings)</c>. The
/// <see cref="AuthorizationMiddleware"/> checks it on every field of every request.
/// </summary>
public static class PermissionMetadata
{
    public const string Key = "caseledger:requires";

    public static FieldType RequirePermission(this FieldType field, params Permission[] permissions) =>
        field.WithMetadata(Key, permissions);

    public static FieldBuilder<TSource, TReturn> RequirePermission<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params Permission[] permissions)
    {
        field.FieldType.RequirePermission(permissions);
        return field;
    }

    public static Permission[]? Required(this FieldType field) => field.GetMetadata<Permission[]?>(Key);
}
