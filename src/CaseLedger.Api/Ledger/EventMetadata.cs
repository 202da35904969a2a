namespace CaseLedger.Api.Ledger;

/// <summary>Names of the metadata headers every event carries.</summary>
internal static class EventMetadata
{
    public const string Actor = "actor";
    public const string Reason = "reason";
    public const string DocumentReference = "documentReference";
}
