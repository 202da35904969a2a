using CaseLedger.Api.Ledger;
using GraphQL.Types;
using Marten;

namespace CaseLedger.Api.GraphQL;

internal sealed class EventLogEntryType : ObjectGraphType<EventLogEntry>
{
    public EventLogEntryType()
    {
        Name = "EventLogEntry";
        Description = "One recorded event, exactly as stored: never updated or deleted. Corrections are later events that point at it.";
        Field(x => x.Version).Description("Position in its stream, from 1.");
        Field(x => x.Sequence).Description("Position in the whole ledger (global sequence).");
        Field(x => x.Type).Description("Stored event type name, e.g. collective_decision_taken.v1.");
        Field(x => x.EffectiveOn, type: typeof(DateOnlyGraphType)).Description("生效日期: when it happened in the world (effective-time axis).");
        Field(x => x.RecordedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("登记时间: when the ledger recorded it (record-time axis), UTC.");
        Field(x => x.Actor, nullable: true).Description("经办人: the authenticated user who recorded it.");
        Field(x => x.Reason, nullable: true).Description("理由: why it was recorded.");
        Field(x => x.DocumentReference, nullable: true).Description("文号: the document behind it.");
        Field(x => x.CorrelationId, nullable: true).Description("Correlation id of the request that recorded it.");
        Field(x => x.Hash).Description("Its link in the stream's SHA-256 hash chain (see ledgerIntegrity).");
        Field(x => x.Data).Description("The event's content as JSON, exactly as stored.");
        Field(x => x.Corrects, nullable: true).Description("When this event replaces an earlier one by correction: that event's version.");
        Field(x => x.CorrectedBy, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<CorrectionNoteType>>>))
            .Description("Later corrections that point at this event (within the history shown).");
    }
}

internal sealed class CorrectionNoteType : ObjectGraphType<CorrectionNote>
{
    public CorrectionNoteType()
    {
        Name = "CorrectionNote";
        Description = "更正: a later event that corrects this one.";
        Field(x => x.Version).Description("Version of the correcting event.");
        Field(x => x.Reason).Description("Why it was corrected.");
        Field(x => x.RecordedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("When the correction was recorded.");
    }
}

internal static class EventLogFields
{
    /// <summary>Adds <c>history</c>: the stream's events up to the version the entity shows (0: all).</summary>
    /// <remarks><paramref name="version"/> limits the history (0: all); inside a record-time view it is the source's own version.</remarks>
    public static FieldType AddHistoryField<T>(this ObjectGraphType<T> type, Func<T, Guid> streamId, Func<T, long> version,
        Action<global::GraphQL.IResolveFieldContext<T>>? onRead = null, Func<T, long>? versionInView = null) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventLogEntryType>>>>("history")
            .Description("Every recorded event of this stream, oldest first, with who, when (both time axes), why and corrections — up to the version shown.")
            .ResolveAsync(async c =>
            {
                onRead?.Invoke(c);
                return await EventLog.ReadAsync(c.RequestServices!.GetRequiredService<IQuerySession>(),
                    streamId(c.Source), versionInView is not null && c.RecordedAt() is not null ? versionInView(c.Source) : version(c.Source), c.CancellationToken);
            }).FieldType;
}
