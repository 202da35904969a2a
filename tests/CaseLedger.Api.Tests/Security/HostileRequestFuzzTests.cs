using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Testing;
using CsCheck;
using Xunit.Abstractions;

namespace CaseLedger.Api.Tests.Security;

/// <summary>
/// Issue #13: a property-based fuzz test. A few thousand generated malformed and hostile requests (see
/// <see cref="HostileRequests"/>) go one after another to the running server, over real HTTP, on the real
/// PostgreSQL, as callers of every role and with forged tokens. For every one: no 5xx and no server-side failure
/// (<c>INTERNAL</c>, <c>UNAVAILABLE</c>), a JSON body whose errors carry codes listed by <c>errorCodes</c>, nothing
/// of the other city shown to a caller of the first, and no write unless the mutation was accepted by a caller who
/// may write. Afterwards the server answers <c>{ __typename }</c> and the ledger verifies intact.
/// The run is reproducible: a fixed seed by default; <c>CASELEDGER_FUZZ_SEED</c> and <c>CASELEDGER_FUZZ_CASES</c>
/// replay one case or run more (a failure prints the seed of its case).
/// </summary>
public sealed class HostileRequestFuzzTests(SiblingSubtrees host, ITestOutputHelper output) : IClassFixture<SiblingSubtrees>
{
    private const int DefaultCases = 2_000;
    private static readonly PCG DefaultSeed = new(13, 2026);

    [Fact]
    public async Task Thousands_of_hostile_requests_answer_4xx_or_a_typed_error_and_write_nothing_partial()
    {
        var seed = Environment.GetEnvironmentVariable("CASELEDGER_FUZZ_SEED") is { Length: > 0 } given ? PCG.Parse(given) : DefaultSeed;
        var count = int.TryParse(Environment.GetEnvironmentVariable("CASELEDGER_FUZZ_CASES"), CultureInfo.InvariantCulture, out var n) ? n : DefaultCases;
        var pcg = PCG.Parse(seed.ToString());
        output.WriteLine($"seed {seed} ({count} cases)");

        var tally = new Tally((await host.GraphQL.QueryAsync("{ errorCodes { code } }"))["errorCodes"]!.AsArray()
            .Select(e => e!["code"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal));
        var generator = new HostileRequests(host, Callers()).Request;
        using var http = host.CreateClient();
        http.Timeout = TimeSpan.FromSeconds(60); // against a hang, not a timing
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < count && failures.Count < 10; i++)
        {
            var caseSeed = pcg.ToString();
            var request = generator.Generate(pcg, null!, out _);
            var before = request.Mutation is null ? default : await LedgerCountsAsync();
            var (status, mediaType, text) = await SendAsync(http, request);
            var where = $"Case {i} of run seed {seed} (replay it alone: CASELEDGER_FUZZ_SEED={caseSeed} CASELEDGER_FUZZ_CASES=1)";
            try
            {
                await CheckAsync(tally, request, status, mediaType, text, before);
            }
            catch (Xunit.Sdk.XunitException ex)
            {
                failures.Add($"{where}: {ex.Message}\nrequest: {request}\nresponse: HTTP {status} {mediaType}: {(text.Length > 2_000 ? text[..2_000] : text)}");
            }
        }
        clock.Stop();

        output.WriteLine($"{count} requests in {clock.Elapsed.TotalSeconds:F1} s; mutations accepted {tally.Accepted}, refused {tally.Refused}; leak checks {tally.LeakChecks}");
        output.WriteLine("statuses: " + string.Join(", ", tally.Statuses.Select(s => $"{s.Key}×{s.Value}")));
        output.WriteLine("codes: " + string.Join(", ", tally.Codes.Select(c => $"{c.Key}×{c.Value}")));
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));

        var alive = await host.Anonymous().ExecuteAsync("{ __typename }");
        Assert.Equal("Query", alive["data"]!["__typename"]!.GetValue<string>());
        var integrity = await host.GraphQL.QueryAsync("{ ledgerIntegrity { isIntact eventsChecked problems { kind streamId version } } }");
        Assert.True(integrity["ledgerIntegrity"]!["isIntact"]!.GetValue<bool>(), integrity.ToJsonString());
        // Every stream's head is its last event: no command left half its events behind.
        Assert.Equal(0, await host.ScalarAsync("""
            SELECT count(*) FROM {schema}.mt_streams s
            WHERE s.version > 0 AND s.version <> (SELECT coalesce(max(e.version), 0) FROM {schema}.mt_events e WHERE e.stream_id = s.id AND e.type <> 'tombstone')
            """));
    }

    private sealed class Tally(HashSet<string> documented)
    {
        public HashSet<string> Documented { get; } = documented;
        public SortedDictionary<int, int> Statuses { get; } = [];
        public SortedDictionary<string, int> Codes { get; } = new(StringComparer.Ordinal);
        public int Accepted { get; set; }
        public int Refused { get; set; }
        public int LeakChecks { get; set; }
        /// <summary>Whether an accepted write tied the other city to the first (an admin's post there): from then on it may show.</summary>
        public bool Linked { get; set; }
    }

    private async Task CheckAsync(Tally tally, FuzzRequest request, int status, string? mediaType, string text, (long, long) before)
    {
        tally.Statuses[status] = tally.Statuses.GetValueOrDefault(status) + 1;
        Assert.True(status < 500, "a server error");
        if (status == 414 && request.Get)
            return; // Kestrel refuses a request line over 8 KB before the application sees it (no body).
        if (mediaType == "text/html")
        {
            // GraphiQL, for a browser's GET: not an error.
            Assert.True(request.Get && status == 200, "HTML answer to a non-browser request");
            return;
        }
        JsonNode? body;
        try
        {
            body = JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new Xunit.Sdk.XunitException($"not JSON ({ex.Message})");
        }
        Assert.True(body is JsonObject, "not a JSON object");
        var errors = body!["errors"]?.AsArray() ?? [];
        if (status >= 400)
            Assert.True(errors.Count > 0, "a 4xx without a GraphQL error");
        Assert.True(errors.All(e => e?["extensions"]?["code"] is not null), "an error without extensions.code");
        foreach (var code in Codes(body))
        {
            tally.Codes[code] = tally.Codes.GetValueOrDefault(code) + 1;
            Assert.True(tally.Documented.Contains(code), $"code {code} is not listed by errorCodes");
            Assert.True(code is not ("INTERNAL" or "UNAVAILABLE"), $"a failure on the server's side ({code})");
        }

        var sent = Encoding.UTF8.GetString(request.Body ?? []) + request.Target;
        if (request.Caller.SeesOnlyA && !tally.Linked)
        {
            tally.LeakChecks++;
            foreach (var secret in OtherCity().Where(s => !sent.Contains(s, StringComparison.Ordinal)))
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"shows the other city's {secret} to {request.Caller.Name}");
        }

        if (request.Mutation is { } mutation)
        {
            var after = await LedgerCountsAsync();
            var payloadErrors = body["data"]?[mutation]?["errors"]?.AsArray();
            if (errors.Count == 0 && payloadErrors is { Count: 0 })
            {
                tally.Accepted++;
                Assert.True(request.Caller.MayWrite, $"{request.Caller.Name} may not write, yet the mutation was accepted");
                tally.Linked |= OtherCityIds().Any(id => sent.Contains(id, StringComparison.Ordinal));
            }
            else
            {
                tally.Refused++;
                Assert.True(before == after, $"a refused mutation changed the ledger: events, streams {before} → {after}");
            }
        }
    }

    [Fact]
    public async Task Every_request_shape_the_fuzzer_damages_is_answered_when_undamaged()
    {
        // The compliant shape: each read and mutation the generator starts from is a valid request, so its damage
        // reaches the check it aims at, not the first validation rule.
        var a = host.A;
        foreach (var (query, ids) in HostileRequests.Reads)
        {
            if (query.Contains("finding(", StringComparison.Ordinal))
                continue; // no finding in this ledger (the evaluator is off); its id argument is checked by IdArgumentTests
            var variables = new JsonObject();
            foreach (var id in ids)
            {
                variables[id] = id switch
                {
                    "ids" => new JsonArray(a.CadreId, a.CountyId),
                    "c" => a.CadreId,
                    "k" => a.CaseId,
                    "id" when query.Contains("unit(", StringComparison.Ordinal) => a.CountyId,
                    "id" when query.Contains("case(", StringComparison.Ordinal) || query.Contains("auditCase(", StringComparison.Ordinal) => a.CaseId,
                    "id" => a.CadreId,
                    _ => a.CityId,
                };
            }
            var result = await host.GraphQL.ExecuteAsync(query, variables);
            Assert.True(result["errors"] is null, $"{query}: {result["errors"]?.ToJsonString()}");
        }
        foreach (var (mutation, input) in new HostileRequests(host, Callers()).Writes)
        {
            var result = await host.GraphQL.ExecuteAsync(HostileRequests.MutationDocument(mutation), new { input = input() });
            Assert.True(result["errors"] is null, $"{mutation}: {result["errors"]?.ToJsonString()}");
            output.WriteLine($"{mutation}: {result["data"]![mutation]!["errors"]!.ToJsonString()}");
        }
    }

    private async Task<(long Events, long Streams)> LedgerCountsAsync() =>
        (await host.ScalarAsync("SELECT count(*) FROM {schema}.mt_events WHERE type <> 'tombstone'"),
         await host.ScalarAsync("SELECT count(DISTINCT stream_id) FROM {schema}.mt_events WHERE type <> 'tombstone'"));

    private static async Task<(int Status, string? MediaType, string Text)> SendAsync(HttpClient http, FuzzRequest request)
    {
        using var message = new HttpRequestMessage(request.Get ? HttpMethod.Get : HttpMethod.Post, request.Target);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is not null)
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        }
        if (request.Accept is not null)
            message.Headers.TryAddWithoutValidation("Accept", request.Accept);
        if (request.Caller.Token is not null)
            message.Headers.TryAddWithoutValidation("Authorization", $"Bearer {request.Caller.Token}");
        using var response = await http.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, text);
    }

    /// <summary>Every code in the answer: the top-level errors' and the mutation payloads' (UserError.code).</summary>
    private static IEnumerable<string> Codes(JsonNode? body)
    {
        foreach (var error in body?["errors"]?.AsArray() ?? [])
        {
            if (error?["extensions"]?["code"]?.GetValue<string>() is { } code)
                yield return code;
        }
        if (body?["data"] is JsonObject data)
        {
            foreach (var (_, payload) in data)
            {
                if (payload is JsonObject { } p && p["errors"] is JsonArray userErrors)
                {
                    foreach (var error in userErrors)
                        yield return error!["code"]!.GetValue<string>();
                }
            }
        }
    }

    private IEnumerable<string> OtherCityIds() =>
        [.. host.B.Ids, .. host.B.Ids.Select(id => SiblingSubtrees.Uuid(id).ToString("D")), .. host.B.Ids.Select(id => SiblingSubtrees.Uuid(id).ToString("N"))];

    private IEnumerable<string> OtherCity() => [host.B.CadreName, host.B.CaseNumber, "固原市", .. host.B.Ids];

    private IReadOnlyList<FuzzCaller> Callers()
    {
        var wholeLedger = CaseLedgerUser.WholeLedger;
        return
        [
            new("admin", CaseLedgerHost.TokenFor(Role.Admin, null, "fuzz-admin"), MayWrite: true, SeesOnlyA: false),
            new("registrar of A", CaseLedgerHost.TokenFor(Role.Registrar, host.A.City, "fuzz-registrar-a"), MayWrite: true, SeesOnlyA: true),
            new("registrar of A (again)", CaseLedgerHost.TokenFor(Role.Registrar, host.A.City, "fuzz-registrar-a"), MayWrite: true, SeesOnlyA: true),
            new("registrar of B", CaseLedgerHost.TokenFor(Role.Registrar, host.B.City, "fuzz-registrar-b"), MayWrite: true, SeesOnlyA: false),
            new("inspector of A", CaseLedgerHost.TokenFor(Role.Inspector, host.A.City, "fuzz-inspector-a"), MayWrite: false, SeesOnlyA: true),
            new("supervisor of A", CaseLedgerHost.TokenFor(Role.Supervisor, host.A.City, "fuzz-supervisor-a"), MayWrite: false, SeesOnlyA: true),
            new("anonymous", null, MayWrite: false, SeesOnlyA: true),
            new("admin signed with another key", Forged(Claims("admin", wholeLedger), "another-signing-key-0123456789abcdefghij"), MayWrite: false, SeesOnlyA: true),
            new("expired admin", Forged(Claims("admin", wholeLedger, expiresIn: TimeSpan.FromHours(-2))), MayWrite: false, SeesOnlyA: true),
            new("role \"Registrar, Admin\"", Forged(Claims("Registrar, Admin", wholeLedger)), MayWrite: false, SeesOnlyA: true),
            new("two role claims", Forged(Claims(new JsonArray("registrar", "admin"), wholeLedger)), MayWrite: false, SeesOnlyA: true),
            new("admin of another audience", Forged(Claims("admin", wholeLedger, audience: "elsewhere")), MayWrite: false, SeesOnlyA: true),
            new("admin with alg none", Unsigned(Claims("admin", wholeLedger)), MayWrite: false, SeesOnlyA: true),
            new("garbage token", "not.a.token", MayWrite: false, SeesOnlyA: true),
            new("token with an escaped NUL", "eyJ\\u0000.x.y", MayWrite: false, SeesOnlyA: true),
        ];
    }

    private static JsonObject Claims(JsonNode role, string unit, TimeSpan? expiresIn = null, string audience = "caseledger")
    {
        var now = DateTimeOffset.UtcNow;
        return new JsonObject
        {
            ["iss"] = "caseledger", ["aud"] = audience, ["sub"] = "forger", [CaseLedgerUser.NameClaim] = "forger", [CaseLedgerUser.RoleClaim] = role,
            [CaseLedgerUser.UnitClaim] = unit, ["iat"] = now.AddHours(-3).ToUnixTimeSeconds(), ["nbf"] = now.AddHours(-3).ToUnixTimeSeconds(),
            ["exp"] = (now + (expiresIn ?? TimeSpan.FromHours(1))).ToUnixTimeSeconds(),
        };
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Forged(JsonObject claims, string key = CaseLedgerHost.SigningKey)
    {
        var unsigned = $"{Base64Url("""{"alg":"HS256","typ":"JWT"}"""u8.ToArray())}.{Base64Url(Encoding.UTF8.GetBytes(claims.ToJsonString()))}";
        return $"{unsigned}.{Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(unsigned)))}";
    }

    private static string Unsigned(JsonObject claims) =>
        $"{Base64Url("""{"alg":"none","typ":"JWT"}"""u8.ToArray())}.{Base64Url(Encoding.UTF8.GetBytes(claims.ToJsonString()))}.";
}
