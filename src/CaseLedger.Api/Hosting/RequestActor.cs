using System.Diagnostics;
using CaseLedger.Api.GraphQL;
using Marten;

namespace CaseLedger.Api.Hosting;

/// <summary>Who is acting in this request and under which correlation id; stamped on every event it appends.</summary>
internal sealed class RequestActor(IHttpContextAccessor accessor)
{
    public const string CorrelationHeader = "X-Correlation-Id";

    public string Name => accessor.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : "anonymous";

    public string CorrelationId =>
        accessor.HttpContext?.Request.Headers[CorrelationHeader].FirstOrDefault() is { Length: > 0 and <= 100 } given
            ? given
            : Activity.Current?.TraceId.ToString() ?? accessor.HttpContext?.TraceIdentifier ?? Guid.NewGuid().ToString("N");
}

/// <summary>Event metadata every appended event carries: actor, correlation id, reason and document reference.</summary>
internal static class EventMetadata
{
    public const string Actor = "actor";
    public const string Reason = "reason";
    public const string DocumentReference = "documentReference";

    public static void StampWith(this IDocumentSession session, RequestActor actor, IRecordingInput input) =>
        session.StampWith(actor.Name, actor.CorrelationId, input);

    public static void StampWith(this IDocumentSession session, string actor, string correlationId, IRecordingInput input)
    {
        session.CorrelationId = correlationId;
        session.SetHeader(Actor, actor);
        if (!string.IsNullOrWhiteSpace(input.Reason))
            session.SetHeader(Reason, input.Reason);
        if (!string.IsNullOrWhiteSpace(input.DocumentReference))
            session.SetHeader(DocumentReference, input.DocumentReference);
    }
}
