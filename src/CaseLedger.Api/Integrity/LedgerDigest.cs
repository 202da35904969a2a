using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CaseLedger.Api.Integrity;

/// <summary>A stream's last event at some global sequence: its version and chain hash.</summary>
public sealed record StreamHead(Guid StreamId, long Version, string Hash);

/// <summary>
/// A root over every stream head at a global sequence (mt_events.seq_id). Kept outside the
/// database, it proves later that nothing at or before that sequence changed: the root proves,
/// the head list (optional) locates a difference to a stream and version.
/// </summary>
public sealed record LedgerDigest(long AtSequence, int Streams, string Root, DateTimeOffset TakenAt, IReadOnlyList<StreamHead>? Heads = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static LedgerDigest Of(long atSequence, IEnumerable<StreamHead> heads, DateTimeOffset takenAt)
    {
        var sorted = Sort(heads);
        return new LedgerDigest(atSequence, sorted.Count, ComputeRoot(sorted), takenAt, sorted);
    }

    /// <summary>SHA-256 over "uuid version hash\n" per head, sorted by the UUID's text (PostgreSQL's uuid order).</summary>
    public static string ComputeRoot(IEnumerable<StreamHead> heads)
    {
        var text = new StringBuilder();
        foreach (var head in Sort(heads))
            text.Append(CultureInfo.InvariantCulture, $"{head.StreamId:D} {head.Version} {head.Hash}\n");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static LedgerDigest FromJson(string json)
    {
        try
        {
            var digest = JsonSerializer.Deserialize<LedgerDigest>(json, Json);
            return digest is { Root.Length: 64 } ? digest
                : throw new FormatException("A ledger digest needs atSequence, streams, root (64 hex digits) and takenAt.");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"Not a ledger digest: {ex.Message}", ex);
        }
    }

    private static List<StreamHead> Sort(IEnumerable<StreamHead> heads) =>
        [.. heads.OrderBy(h => h.StreamId.ToString("D"), StringComparer.Ordinal)];
}
