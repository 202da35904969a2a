using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Cases;

/// <summary>Concurrent writers conflict visibly; a retried command with its idempotency key is recorded once.</summary>
public sealed class ConcurrencyAndRetryTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private Task<long> StreamLengthAsync(Guid streamId) =>
        host.ScalarAsync($"select count(*) from {{schema}}.mt_events where stream_id = '{streamId}'");

    private async Task<System.Text.Json.Nodes.JsonNode> OpenCaseAsync(string code)
    {
        var county = await graphQL.RegisterUnitAsync(code);
        var cadre = await graphQL.RegisterCadreAsync();
        return await graphQL.OpenCaseAsync(Id(cadre), LedgerScenarios.Post(Id(county)));
    }

    [Fact]
    public async Task Of_eight_writers_racing_on_one_version_exactly_one_wins_and_one_event_is_appended()
    {
        var opened = await OpenCaseAsync("RACE-1");
        var motion = new { caseId = Id(opened), proposedBy = "县委组织部", summary = "拟任", effectiveOn = "2026-11-03", expectedVersion = 1 };

        var payloads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => graphQL.PayloadAsync("raiseMotion", motion, "case { version }")));

        Assert.Single(payloads, p => p["errors"]!.AsArray().Count == 0);
        Assert.All(payloads.Where(p => p["errors"]!.AsArray().Count > 0),
            p => Assert.Equal("CONCURRENCY_CONFLICT", p["errors"]![0]!["code"]!.GetValue<string>()));
        Assert.Equal(2, await StreamLengthAsync(StreamId(opened)));
    }

    [Fact]
    public async Task Without_expectedVersion_racing_writers_all_append_and_the_chain_stays_intact()
    {
        // The schema says an omitted expectedVersion appends without the check; six writers race on one cadre.
        var cadre = await graphQL.RegisterCadreAsync("韩梅");
        var payloads = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => graphQL.PayloadAsync("recordAnnualAssessment",
            new { cadreId = Id(cadre), year = 2015 + i, grade = "COMPETENT", effectiveOn = $"{2016 + i}-01-20" }, "cadre { id }")));

        Assert.All(payloads, p => Assert.True(p["errors"]!.AsArray().Count == 0, p.ToJsonString()));
        Assert.Equal(7, await StreamLengthAsync(StreamId(cadre)));
        Assert.True((await graphQL.QueryAsync("{ ledgerIntegrity { isIntact } }"))["ledgerIntegrity"]!["isIntact"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_same_result_and_appends_once()
    {
        var opened = await OpenCaseAsync("RETRY-1");
        var motion = new { caseId = Id(opened), proposedBy = "县委组织部", summary = "拟任", effectiveOn = "2026-11-03", idempotencyKey = "motion-retry-1" };

        var first = await graphQL.MutateAsync("raiseMotion", motion, "case { id version stepsDone }");
        var retried = await graphQL.MutateAsync("raiseMotion", motion, "case { id version stepsDone }");

        Assert.Equal(first.ToJsonString(), retried.ToJsonString());
        Assert.Equal(2, await StreamLengthAsync(StreamId(opened)));
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_append_once()
    {
        var county = await graphQL.RegisterUnitAsync("RETRY-2");
        var input = new { code = "RETRY-2-CHILD", name = "将台堡镇", kind = "PARTY_GOV_ORGAN", level = "TOWNSHIP", parentId = Id(county), effectiveOn = "2016-01-01", idempotencyKey = "unit-retry-2" };

        var payloads = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => graphQL.PayloadAsync("registerUnit", input, "unit { id }")));

        Assert.All(payloads, p => Assert.True(p["errors"]!.AsArray().Count == 0, p.ToJsonString()));
        Assert.Single(payloads.Select(p => p["unit"]!["id"]!.GetValue<string>()).Distinct());
        Assert.Equal(1, await host.ScalarAsync("select count(*) from {schema}.mt_events where type = 'unit_registered.v1' and data->>'Code' = 'RETRY-2-CHILD'"));
    }

    [Fact]
    public async Task A_key_reused_for_another_mutation_is_refused()
    {
        var opened = await OpenCaseAsync("RETRY-3");
        await graphQL.MutateAsync("raiseMotion",
            new { caseId = Id(opened), proposedBy = "县委组织部", summary = "拟任", effectiveOn = "2026-11-03", idempotencyKey = "shared-key" }, "case { id }");

        var payload = await graphQL.PayloadAsync("registerCadre",
            new { name = "王磊", gender = "MALE", birthDate = "1990-01-25", ethnicity = "汉族", education = "大学", workStartDate = "2012-07-01", category = "CIVIL_SERVANT", idempotencyKey = "shared-key" },
            "cadre { id }");

        Assert.Equal("IDEMPOTENCY_KEY_REUSED", payload["errors"]![0]!["code"]!.GetValue<string>());
    }
}
