using System.Diagnostics;
using Mediator;

namespace CaseLedger.Api.Ledger;

/// <summary>
/// The first step of every command's pipeline: a command must say who records it (a writer that forgot would
/// append events signed by nobody), and each one is logged with its actor, operation, correlation id and outcome.
/// </summary>
internal sealed class RecordingBehavior<TMessage, TResponse>(ILogger<RecordingBehavior<TMessage, TResponse>> log) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage, ILedgerCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var recording = message.Recording;
        if (string.IsNullOrWhiteSpace(recording.Actor) || string.IsNullOrWhiteSpace(recording.Operation))
            throw new InvalidOperationException($"{typeof(TMessage).Name} was sent without a recording: every writer states its actor and operation.");
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            log.LogInformation("{Operation} by {Actor} ({CorrelationId}) recorded in {Elapsed} ms",
                recording.Operation, recording.Actor, recording.CorrelationId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception ex)
        {
            log.LogInformation("{Operation} by {Actor} ({CorrelationId}) refused: {Refusal}",
                recording.Operation, recording.Actor, recording.CorrelationId, ex.Message);
            throw;
        }
    }
}
