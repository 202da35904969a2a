using CaseLedger.Api.Ledger;
using CaseLedger.Api.GraphQL;
using Mediator;

namespace CaseLedger.Cli.DemoData;

/// <summary>Sends commands outside an HTTP request (demo data, tools): one scope and session per command, stamped with an actor.</summary>
internal sealed class LedgerWriter(IServiceProvider services, string actor)
{
    private readonly string correlationId = $"{actor}-{Guid.NewGuid():N}";

    public async Task<TResult> SendAsync<TResult>(IRecordingInput input, ICommand<TResult> command, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RecordingContext>().Set(actor, correlationId, input.Reason, input.DocumentReference, input.IdempotencyKey, command.GetType().Name);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, ct);
    }
}
