using CaseLedger.Api.Ledger;
using Mediator;

namespace CaseLedger.Api.Security;

/// <summary>
/// The jurisdiction step of every command's pipeline: each id its input references must be in the caller's remit
/// (<see cref="RemitGuard"/>), answered as NOT_FOUND exactly as a missing id. Service writers (no HTTP request) are unlimited.
/// </summary>
internal sealed class RemitBehavior<TMessage, TResponse>(RemitGuard guard) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage, ILedgerCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message.Source is { } input && await guard.RefusalAsync(input, cancellationToken) is { } outside)
            throw outside;
        return await next(message, cancellationToken);
    }
}
