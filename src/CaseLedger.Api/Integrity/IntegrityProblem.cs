using System.ComponentModel;
using System.Globalization;

namespace CaseLedger.Api.Integrity;

/// <summary>How a stored event (or the ledger as a whole) fails to prove itself.</summary>
[Description("What kind of tampering (or damage) a verification found.")]
public enum IntegrityProblemKind
{
    [Description("The event's stored hash does not follow from its content, metadata, place and the previous event's hash: edited, or moved to another version.")]
    HashMismatch,

    [Description("Versions are not 1..n without holes: an event was deleted or moved.")]
    VersionGap,

    [Description("The event carries no hash header: written outside the ledger's write path.")]
    MissingHash,

    [Description("mt_streams records another head version than the stream's last event: the last events were deleted (or the stream row was).")]
    StreamHeadMismatch,

    [Description("The stream heads as of an exported digest's sequence no longer give its root: history before the digest changed.")]
    DigestMismatch,
}

/// <summary>One finding, located to a stream and version when it can be; null for the ledger as a whole.</summary>
public sealed record IntegrityProblem(Guid? StreamId, long? Version, IntegrityProblemKind Kind, string Explanation)
{
    public override string ToString() =>
        (StreamId is { } id ? $"stream {id:D} version {Version?.ToString(CultureInfo.InvariantCulture) ?? "?"}" : "ledger")
        + $": {Kind} — {Explanation}";
}

/// <summary>What a verification checked and found, with the digest of the ledger as it stands.</summary>
public sealed record LedgerIntegrityReport(
    DateTimeOffset VerifiedAt,
    long AtSequence,
    int StreamsChecked,
    long EventsChecked,
    IReadOnlyList<IntegrityProblem> Problems,
    LedgerDigest Digest,
    LedgerDigest? CheckedAgainst)
{
    public bool IsIntact => Problems.Count == 0;
}

/// <summary>One stream's chain recomputed from its rows: how many events, the head it reaches (null without events), and every problem.</summary>
public sealed record StreamIntegrityReport(Guid StreamId, DateTimeOffset VerifiedAt, long EventsChecked, StreamHead? Head, IReadOnlyList<IntegrityProblem> Problems)
{
    public bool IsIntact => Problems.Count == 0;
}
