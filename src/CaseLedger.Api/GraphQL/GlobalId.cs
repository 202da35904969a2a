using CaseLedger.Api.Security;
using System.Text;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Api.GraphQL;

/// <summary>
/// Relay global ids: an opaque base64 of "Type:uuid", so one <c>node(id)</c> can find any entity.
/// Inputs also accept a bare UUID for convenience.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, Guid id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{id:D}"));

    public static bool TryDecode(string? value, out string typeName, out Guid id)
    {
        typeName = "";
        id = Guid.Empty;
        if (string.IsNullOrWhiteSpace(value))
            return false;
        if (Guid.TryParse(value, out id))
            return true;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(value));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !Guid.TryParse(text.AsSpan(colon + 1), out id))
                return false;
            typeName = text[..colon];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>The UUID of an id of <paramref name="typeName"/>, or an INVALID_ID error naming the input field.</summary>
    public static Guid ParseInput(string? value, string typeName, string field) =>
        Parse(value, typeName) ?? throw new DomainException(ErrorCodes.InvalidId,
            $"{field} 不是有效的{typeName}编号 / {field} is not a {typeName} id.", field);

    /// <summary>An id an input names, for the remit check: null when it does not parse (the handler then says INVALID_ID).</summary>
    public static RemitReference Reference(string field, string typeName, string? value) => new(field, typeName, Parse(value, typeName));

    /// <summary>The UUID of an id that names <paramref name="typeName"/> (or is a bare UUID); null otherwise.</summary>
    public static Guid? Parse(string? value, string typeName) =>
        TryDecode(value, out var type, out var id) && (type.Length == 0 || type == typeName) ? id : null;
}
