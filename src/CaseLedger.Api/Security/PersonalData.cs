using GraphQL;

namespace CaseLedger.Api.Security;

/// <summary>
/// Masking of personal identifiers (birth date, growth places): shown to roles with
/// <see cref="Permission.ReadPersonalData"/> (registrar, inspector, admin), masked (null; birth year
/// only) for the others (supervisor). An inspector's unmasked read goes to the <see cref="AccessLog"/>.
/// </summary>
internal static class PersonalData
{
    public static bool Unmasked(IResolveFieldContext context, Guid cadreId)
    {
        if (CaseLedgerUser.From(context.User) is not { } user || !user.Has(Permission.ReadPersonalData))
            return false;
        context.RequestServices!.GetRequiredService<AccessLog>().Read(cadreId);
        return true;
    }
}
