using System.Collections.Concurrent;
using CaseLedger.Domain.Cases;
using JasperFx.Events;
using Marten;

namespace CaseLedger.Api.Ledger;

/// <summary>One recorded event as an inspector reads it: what, when (both axes), who, why, and its corrections.</summary>
public sealed record EventLogEntry(
    long Version,
    long Sequence,
    string Type,
    DateOnly? EffectiveOn,
    DateTimeOffset RecordedAt,
    string? Actor,
    string? Reason,
    string? DocumentReference,
    string? CorrelationId,
    string Hash,
    string Data,
    long? Corrects,
    IReadOnlyList<CorrectionNote> CorrectedBy);

/// <summary>A later correction that points at an event: its version, why, and when it was recorded.</summary>
public sealed record CorrectionNote(long Version, string Reason, DateTimeOffset RecordedAt);

/// <summary>A stream's events in order, as recorded, up to a version: nothing is hidden or merged.</summary>
internal static class EventLog
{
    private static readonly ConcurrentDictionary<Type, System.Reflection.PropertyInfo?> EffectiveOnProperty = new();

    public static async Task<IReadOnlyList<EventLogEntry>> ReadAsync(IQuerySession session, Guid streamId, long? upToVersion, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(streamId, upToVersion ?? 0, token: ct);
        var serializer = session.DocumentStore.Options.Serializer();
        var corrections = events.Where(e => e.Data is CaseStepCorrected).ToList();
        return [.. events.Select(e => new EventLogEntry(
            e.Version, e.Sequence, e.EventTypeName, EffectiveOn(e.Data), e.Timestamp,
            Header(e, EventMetadata.Actor), Header(e, EventMetadata.Reason), Header(e, EventMetadata.DocumentReference),
            e.CorrelationId, Header(e, EventHash.Header) ?? "", EventData.Readable(serializer.ToJson(e.Data), e.Data.GetType()),
            // A correction is appended together with its replacement, right after it.
            corrections.FirstOrDefault(c => c.Version == e.Version - 1)?.Data is CaseStepCorrected replaced ? replaced.CorrectedVersion : null,
            [.. corrections.Where(c => ((CaseStepCorrected)c.Data).CorrectedVersion == e.Version)
                .Select(c => new CorrectionNote(c.Version, ((CaseStepCorrected)c.Data).Reason, c.Timestamp))]))];
    }

    private static string? Header(IEvent e, string name) => e.GetHeader(name)?.ToString();

    private static DateOnly? EffectiveOn(object data) =>
        EffectiveOnProperty.GetOrAdd(data.GetType(), t => t.GetProperty("EffectiveOn"))?.GetValue(data) as DateOnly?;
}
