using CaseLedger.Api.Ledger;
using CaseLedger.Api.GraphQL;
using Mediator;

namespace CaseLedger.Cli.DemoData;

/// <summary>Sends commands outside an HTTP request (demo data, tools): one scope and session per command, stamped with an actor.</summary>
internal sealed class LedgerWriter(IServiceProvider services, string actor)
{
    private readonly string correlationId = $"{actor}-{Guid.NewGuid():N}";

    public async Task<TResult> SendAsync<TResult>(IRecordingInput input, LedgerCommand<TResult> command, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var recording = new Recording(actor, correlationId, command.GetType().Name, input.Reason, input.DocumentReference, input.IdempotencyKey);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command with { Recording = recording, Source = input }, ct);
    }
}
