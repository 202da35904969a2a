namespace CaseLedger.Api.Ledger;

/// <summary>Names of the metadata headers every event carries.</summary>
internal static class EventMetadata
{
    public const string Actor = "actor";
    public const string Reason = "reason";
    public const string DocumentReference = "documentReference";

    /// <summary>On a case's events since the write path stopped looking it up: the cadre the case concerns (routing only, not hashed).</summary>
    public const string Cadre = "cadreId";

    /// <summary>The cadre an event's <see cref="Cadre"/> header names, or null (events recorded before the header, or not a case's).</summary>
    public static Guid? CadreOf(JasperFx.Events.IEvent e) =>
        Guid.TryParse(e.GetHeader(Cadre)?.ToString(), out var cadre) ? cadre : null;
}
