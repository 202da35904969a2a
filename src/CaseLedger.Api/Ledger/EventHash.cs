using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CaseLedger.Api.Ledger;

/// <summary>What of an event the hash chain covers: its place, content and every piece of metadata.</summary>
public sealed record HashedEvent(
    Guid StreamId,
    long Version,
    string EventType,
    DateTimeOffset Timestamp,
    string? CorrelationId,
    string? Actor,
    string? Reason,
    string? DocumentReference,
    string DataJson);

/// <summary>
/// The per-stream hash chain: each event's hash covers its canonical content and the hash of the
/// event before it, so an edit, deletion or reordering in mt_events breaks the chain from there on.
/// </summary>
public static class EventHash
{
    public const string Header = "hash";
    public const string Genesis = "";

    public static string Compute(HashedEvent e, string previousHash)
    {
        var text = string.Join('\n',
            e.StreamId.ToString("D"),
            e.Version.ToString(CultureInfo.InvariantCulture),
            e.EventType,
            Microseconds(e.Timestamp).ToString(CultureInfo.InvariantCulture),
            e.CorrelationId ?? "",
            e.Actor ?? "",
            e.Reason ?? "",
            e.DocumentReference ?? "",
            CanonicalJson(e.DataJson),
            previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>PostgreSQL keeps microseconds; the hash uses exactly what the database keeps.</summary>
    public static DateTimeOffset TruncateToMicroseconds(DateTimeOffset t) =>
        new(t.UtcTicks - (t.UtcTicks % 10), TimeSpan.Zero);

    private static long Microseconds(DateTimeOffset t) => (t.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    /// <summary>Sorted keys, no whitespace: the same text whether it comes from C# or back from jsonb.</summary>
    /// <remarks>
    /// One read and one write: every event the ledger records is hashed, and the earlier tree of nodes, with each leaf
    /// printed and parsed again, was most of the cost of recording an audit finding (a full audit records 170k). The text
    /// is the same as that tree printed it: ordinal key order, the default encoder's escapes, numbers as jsonb prints them.
    /// </remarks>
    public static string CanonicalJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var buffer = new ArrayBufferWriter<byte>(json.Length + 16);
        using (var writer = new Utf8JsonWriter(buffer))
            WriteCanonical(document.RootElement, writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteCanonical(JsonElement element, Utf8JsonWriter writer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = new List<JsonProperty>();
                foreach (var property in element.EnumerateObject())
                    properties.Add(property);
                properties.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
                writer.WriteStartObject();
                foreach (var property in properties)
                {
                    writer.WritePropertyName(property.Name);
                    WriteCanonical(property.Value, writer);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                    WriteCanonical(item, writer);
                writer.WriteEndArray();
                break;
            case JsonValueKind.Number:
                writer.WriteRawValue(PlainNumber(element.GetRawText()), skipInputValidation: true);
                break;
            default:
                // Strings are unescaped and escaped again by the writer's (default) encoder; true, false and null as they are.
                element.WriteTo(writer);
                break;
        }
    }

    /// <summary>
    /// A JSON number as jsonb prints it: without an exponent (1E-07 becomes 0.0000001, with
    /// PostgreSQL's scale) and without a minus on zero; other numbers keep their text (1.50 stays).
    /// </summary>
    internal static string PlainNumber(string number)
    {
        var negative = number.StartsWith('-');
        var unsigned = negative ? number[1..] : number;
        var e = unsigned.IndexOfAny(['e', 'E']);
        var mantissa = e < 0 ? unsigned : unsigned[..e];
        var exponent = e < 0 ? 0 : int.Parse(unsigned[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var fraction = point < 0 ? "" : mantissa[(point + 1)..];
        var digits = (point < 0 ? mantissa : mantissa[..point]) + fraction;
        var scale = Math.Max(0, fraction.Length - exponent);
        var integerLength = digits.Length - fraction.Length + exponent; // digits before the point once shifted
        if (integerLength < 0)
        {
            digits = new string('0', -integerLength) + digits;
            integerLength = 0;
        }
        digits = digits.PadRight(integerLength + scale, '0')[..(integerLength + scale)];
        var integer = digits[..integerLength].TrimStart('0');
        var text = (integer.Length == 0 ? "0" : integer) + (scale > 0 ? "." + digits[integerLength..] : "");
        return negative && text.Any(c => c is >= '1' and <= '9') ? "-" + text : text;
    }
}
