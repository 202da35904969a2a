using System.Text.Json;
using CaseLedger.Api.Ledger;
using CaseLedger.Domain.Shared;
using Marten;

namespace CaseLedger.Api.LiveUpdates;

/// <summary>
/// Announces every committed change to a case or finding stream on a PostgreSQL channel of this schema: the NOTIFY is
/// queued in the saving transaction, so it is sent when (and only if) the events commit, whichever node wrote them.
/// </summary>
internal sealed class LedgerNotifier : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var channel = LedgerFeed.ChannelFor(session.DocumentStore.Options.DatabaseSchemaName);
        foreach (var stream in session.PendingChanges.Streams())
        {
            if (stream.Events.Count == 0 || KindOf(stream.Events[0].Data) is not { } kind)
                continue;
            var last = stream.Events[^1];
            var payload = JsonSerializer.Serialize(new LedgerChange(kind, stream.Id, last.EventTypeName ?? last.Data.GetType().Name));
            session.QueueSqlCommand("select pg_notify(?, ?)", channel, payload);
        }
        return Task.CompletedTask;
    }

    private static string? KindOf(object data) => data switch
    {
        ICaseEvent => LedgerChange.Case,
        IFindingEvent => LedgerChange.Finding,
        _ => null,
    };
}
