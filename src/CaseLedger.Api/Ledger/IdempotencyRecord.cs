using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseLedger.Api.Ledger;

/// <summary>
/// A command recorded under a client's idempotency key, saved in the same transaction as its events: a
/// retry finds it and answers as the first call did instead of appending again. The key belongs to its
/// caller's scope (<see cref="Scope"/>), so another user's identical key is another record; the input is
/// fingerprinted (<see cref="InputHash"/>), so the same key with another input is refused.
/// </summary>
/// <remarks>
/// The stored document grows additively. A record written before scopes and fingerprints (id = the bare
/// key; <see cref="Scope"/> and <see cref="InputHash"/> absent) still deserializes; since it cannot say
/// whose it was or what it recorded, its key is refused (IDEMPOTENCY_KEY_REUSED) rather than replayed.
/// </remarks>
public sealed record IdempotencyRecord(string Id, string Operation, Guid StreamId, DateTimeOffset RecordedAt)
{
    /// <summary>Whose key it is: the caller's unit scope and user name (see <see cref="IdempotencyClaim.ScopeOf"/>).</summary>
    public string? Scope { get; init; }

    /// <summary>SHA-256 of the canonical JSON of the input, the key itself left out.</summary>
    public string? InputHash { get; init; }

    /// <summary>The stream's version once the first call's events were appended: what a replay reports as the version.</summary>
    public long? ResultVersion { get; init; }

    /// <summary>The entity the first call returned (JSON), so a replay answers exactly that; absent: replay the entity as it stands.</summary>
    public string? Result { get; init; }

    /// <summary>True for a record written before keys were scoped and fingerprinted.</summary>
    public bool IsLegacy => InputHash is null;
}

/// <summary>A caller's claim on an idempotency key for one input: where the record lives and what it must match.</summary>
public sealed record IdempotencyClaim(string Id, string Key, string Scope, string InputHash)
{
    /// <summary>
    /// The claim of <paramref name="scope"/> on <paramref name="key"/> for <paramref name="input"/>. The record id is a hash
    /// of scope and key ("k1:" prefix, so it can never equal a bare legacy key a client chose).
    /// </summary>
    public static IdempotencyClaim For(string scope, string key, object input) =>
        new($"k1:{Sha256($"{scope}\n{key}")}", key, scope, Fingerprint(input));

    /// <summary>A user's scope: the unit subtree of their token ("*" for the whole ledger) and their name.</summary>
    public static string ScopeOf(Guid? unitId, string userName) => $"{unitId?.ToString() ?? "*"}/{userName}";

    /// <summary>The input as canonical JSON (sorted keys, no whitespace) without its idempotency key, hashed.</summary>
    public static string Fingerprint(object input)
    {
        var json = JsonSerializer.SerializeToNode(input, input.GetType()) as JsonObject ?? [];
        json.Remove("IdempotencyKey");
        return Sha256(EventHash.CanonicalJson(json.ToJsonString()));
    }

    public IdempotencyRecord Record(string operation, Guid streamId, long version, DateTimeOffset recordedAt) =>
        new(Id, operation, streamId, recordedAt) { Scope = Scope, InputHash = InputHash, ResultVersion = version };

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
