using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using CaseLedger.Api.Ledger;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CaseLedger.Api.GraphQL;

/// <summary>
/// GraphQL over WebSocket with the graphql-transport-ws protocol (the npm graphql-ws library's), on /graphql. The token
/// comes in connection_init's payload ({"Authorization": "Bearer …"}); a missing, invalid or expired one closes the socket
/// with 4403 Forbidden, a subscribe before the acknowledgement with 4401 Unauthorized. Documents run through the same
/// executer as queries (validation, depth and cost limits, field permissions). Messages wait in a bounded outbox: a client
/// that does not keep up is closed with 1013 (try again later) and a reason, instead of holding anything else up.
/// </summary>
internal static class GraphQLWebSocket
{
    public const string Protocol = "graphql-transport-ws";

    /// <summary>1013 Try Again Later: the client did not read its messages fast enough.</summary>
    private const WebSocketCloseStatus SlowConsumer = (WebSocketCloseStatus)1013;

    public static async Task HandleAsync(HttpContext http)
    {
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(Protocol))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsJsonAsync(new { errors = new[] { new { message = $"WebSocket requests must ask for the {Protocol} subprotocol." } } });
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync(Protocol);
        await new Connection(http, socket).RunAsync();
    }

    private sealed class Connection(HttpContext http, WebSocket socket)
    {
        private const int MaxMessageBytes = 1024 * 1024;
        private static readonly TimeSpan InitTimeout = TimeSpan.FromSeconds(10);

        private readonly Channel<string> outbox = Channel.CreateBounded<string>(
            http.RequestServices.GetRequiredService<LedgerFeed>().Capacity);
        private readonly ConcurrentDictionary<string, Operation> operations = new();
        private readonly CancellationTokenSource lifetime = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        private readonly IGraphQLTextSerializer serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        private (WebSocketCloseStatus Code, string Reason)? closing;
        private bool initialised;
        private bool acknowledged;

        public async Task RunAsync()
        {
            var sender = SendLoopAsync();
            _ = CloseUnlessInitialisedAsync();
            try
            {
                while (closing is null && socket.State == WebSocketState.Open)
                {
                    var message = await ReceiveAsync();
                    if (message is null)
                        break;
                    await HandleAsync(message);
                }
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The client went away.
            }
            finally
            {
                foreach (var operation in operations.Values)
                    operation.Dispose();
                Close(WebSocketCloseStatus.NormalClosure, "");
                await sender;
                lifetime.Dispose();
            }
        }

        private async Task CloseUnlessInitialisedAsync()
        {
            try
            {
                await Task.Delay(InitTimeout, lifetime.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            if (!initialised)
                Close((WebSocketCloseStatus)4408, "Connection initialisation timeout");
        }

        private async Task<string?> ReceiveAsync()
        {
            var buffer = new byte[16 * 1024];
            using var message = new MemoryStream();
            while (true)
            {
                var read = await socket.ReceiveAsync(buffer, lifetime.Token);
                if (read.MessageType == WebSocketMessageType.Close)
                    return null;
                message.Write(buffer, 0, read.Count);
                if (message.Length > MaxMessageBytes)
                {
                    Close(WebSocketCloseStatus.MessageTooBig, "Message over 1 MB");
                    return null;
                }
                if (read.EndOfMessage)
                    return Encoding.UTF8.GetString(message.ToArray());
            }
        }

        private async Task HandleAsync(string text)
        {
            JsonElement message;
            try
            {
                message = JsonDocument.Parse(text).RootElement;
            }
            catch (JsonException)
            {
                Close((WebSocketCloseStatus)4400, "Invalid message: not JSON");
                return;
            }
            var type = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var id = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
            switch (type)
            {
                case "connection_init":
                    await InitialiseAsync(message);
                    break;
                case "ping":
                    Send("{\"type\":\"pong\"}");
                    break;
                case "pong":
                    break;
                case "subscribe" when id is not null && message.TryGetProperty("payload", out var payload):
                    if (!acknowledged)
                        Close((WebSocketCloseStatus)4401, "Unauthorized");
                    else if (operations.ContainsKey(id))
                        Close((WebSocketCloseStatus)4409, $"Subscriber for {id} already exists");
                    else
                        await SubscribeAsync(id, payload.GetRawText());
                    break;
                case "complete" when id is not null:
                    if (operations.TryRemove(id, out var operation))
                        operation.Dispose();
                    break;
                default:
                    Close((WebSocketCloseStatus)4400, $"Invalid message type '{type}'");
                    break;
            }
        }

        /// <summary>Authenticates the token of connection_init exactly as a request's Authorization header is.</summary>
        private async Task InitialiseAsync(JsonElement message)
        {
            if (initialised)
            {
                Close((WebSocketCloseStatus)4429, "Too many initialisation requests");
                return;
            }
            initialised = true;
            var token = message.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Object
                ? (payload.TryGetProperty("Authorization", out var a) ? a : payload.TryGetProperty("authorization", out var b) ? b : payload.TryGetProperty("token", out var c) ? c : default)
                : default;
            var value = token.ValueKind == JsonValueKind.String ? token.GetString()! : "";
            if (value.Length == 0)
            {
                Close((WebSocketCloseStatus)4403, "Forbidden: connection_init carries no token");
                return;
            }
            // The same validation as the Authorization header's (the bearer scheme's own options); the header itself was
            // already authenticated, empty, when the socket was accepted.
            var jwt = http.RequestServices.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
            var raw = value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value[7..].Trim() : value;
            TokenValidationResult? result = null;
            foreach (var handler in jwt.TokenHandlers)
            {
                result = await handler.ValidateTokenAsync(raw, jwt.TokenValidationParameters);
                if (result.IsValid)
                    break;
            }
            if (result is not { IsValid: true, ClaimsIdentity: { } identity })
            {
                Close((WebSocketCloseStatus)4403, "Forbidden: the token is invalid or expired");
                return;
            }
            http.User = new System.Security.Claims.ClaimsPrincipal(identity);
            acknowledged = true;
            Send("{\"type\":\"connection_ack\"}");
        }

        private async Task SubscribeAsync(string id, string payload)
        {
            GraphQLRequest? request;
            try
            {
                request = serializer.Deserialize<GraphQLRequest>(payload);
            }
            catch (JsonException)
            {
                request = null;
            }
            if (request?.Query is null)
            {
                Close((WebSocketCloseStatus)4400, "Invalid subscribe payload: no query");
                return;
            }
            var operation = new Operation(http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope(), lifetime.Token);
            operation.Scope.ServiceProvider.GetRequiredService<LiveConnection>().Drop = reason => Close(SlowConsumer, reason);
            operations[id] = operation;
            var result = await http.RequestServices.GetRequiredService<IDocumentExecuter>().ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = operation.Scope.ServiceProvider,
                User = http.User,
                CancellationToken = operation.Cancellation.Token,
            });
            if (result.Streams is not { Count: > 0 } streams)
            {
                // A query or mutation (or a refused subscription): one answer, then complete.
                if (result.Executed)
                    Send($"{{\"id\":{JsonSerializer.Serialize(id)},\"type\":\"next\",\"payload\":{serializer.Serialize(result)}}}");
                else
                    Send($"{{\"id\":{JsonSerializer.Serialize(id)},\"type\":\"error\",\"payload\":{serializer.Serialize(result.Errors ?? [])}}}");
                if (result.Executed)
                    Send($"{{\"id\":{JsonSerializer.Serialize(id)},\"type\":\"complete\"}}");
                if (operations.TryRemove(id, out var done))
                    done.Dispose();
                return;
            }
            foreach (var stream in streams.Values)
                operation.Add(stream.Subscribe(new Observer(this, id)));
        }

        /// <summary>Queues a message; a full outbox means the client is not reading: it is closed, nobody waits.</summary>
        private void Send(string message)
        {
            if (closing is null && !outbox.Writer.TryWrite(message))
                Close(SlowConsumer, $"subscriber too slow: more than {outbox.Reader.Count} messages waiting");
        }

        private void Close(WebSocketCloseStatus code, string reason)
        {
            if (closing is not null)
                return;
            closing = (code, reason);
            outbox.Writer.TryComplete();
        }

        private async Task SendLoopAsync()
        {
            try
            {
                while (await outbox.Reader.WaitToReadAsync(lifetime.Token))
                {
                    while (closing is null && outbox.Reader.TryRead(out var message))
                        await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, lifetime.Token);
                    if (closing is not null)
                        break;
                }
                if (closing is { } close && socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                    await socket.CloseAsync(close.Code, close.Reason, timeout.Token);
                }
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The client went away or would not take the close frame.
            }
            finally
            {
                await lifetime.CancelAsync();
            }
        }

        private sealed class Observer(Connection connection, string id) : IObserver<ExecutionResult>
        {
            private readonly string quotedId = JsonSerializer.Serialize(id);

            public void OnNext(ExecutionResult value) =>
                connection.Send($"{{\"id\":{quotedId},\"type\":\"next\",\"payload\":{connection.serializer.Serialize(value)}}}");

            public void OnError(Exception error) =>
                connection.Send($"{{\"id\":{quotedId},\"type\":\"error\",\"payload\":[{{\"message\":{JsonSerializer.Serialize(error.Message)}}}]}}");

            public void OnCompleted() => connection.Send($"{{\"id\":{quotedId},\"type\":\"complete\"}}");
        }

        /// <summary>One subscription: its service scope (its own Marten session), its cancellation and its stream subscriptions.</summary>
        private sealed class Operation(AsyncServiceScope scope, CancellationToken connection) : IDisposable
        {
            private readonly List<IDisposable> subscriptions = [];

            public AsyncServiceScope Scope => scope;

            public CancellationTokenSource Cancellation { get; } = CancellationTokenSource.CreateLinkedTokenSource(connection);

            public void Add(IDisposable subscription) => subscriptions.Add(subscription);

            public void Dispose()
            {
                Cancellation.Cancel();
                foreach (var subscription in subscriptions)
                    subscription.Dispose();
                Cancellation.Dispose();
                _ = scope.DisposeAsync().AsTask();
            }
        }
    }
}

/// <summary>The subscription's connection, so the feed can drop it when it falls behind.</summary>
internal sealed class LiveConnection
{
    public Action<string> Drop { get; set; } = _ => { };
}
