using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>The supervisors' summary counts findings by rule × unit × status (rolled up the tree) and by period.</summary>
public sealed class AuditSummaryTests(AuditHost host) : IClassFixture<AuditHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private async Task OverAgeTransferAsync(string unitId, string decidedOn, string code)
    {
        var cadre = await graphQL.RegisterCadreAsync("杨建国", "1960-01-01");
        var opened = await graphQL.MutateAsync("openCase",
            new
            {
                channel = "INBOUND_TRANSFER", cadreId = Id(cadre), toPost = LedgerScenarios.Post(unitId, "副局长", "TOWNSHIP", "DEPUTY"),
                exchangeReason = "WORK_NEEDS", effectiveOn = "2017-01-05", documentReference = code,
            },
            "case { id }");
        await graphQL.StepAsync("takeCollectiveDecision", Id(opened),
            new { body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = 9, votesFor = 9, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = decidedOn },
            "case { id }");
    }

    [Fact]
    public async Task Findings_are_counted_per_unit_rolled_up_to_the_level_asked_and_per_period()
    {
        var city = Id(await graphQL.RegisterUnitAsync("SUM-C", "固原市", "CITY"));
        var county = Id(await graphQL.RegisterUnitAsync("SUM-K", "原州区", "COUNTY", city));
        var township = Id(await graphQL.RegisterUnitAsync("SUM-T", "将台堡镇", "TOWNSHIP", county));
        await OverAgeTransferAsync(county, "2017-03-10", "SUM-1");
        await OverAgeTransferAsync(township, "2017-07-10", "SUM-2");
        await host.WaitForAuditsAsync();

        var summary = (await graphQL.QueryAsync("""
            query($city: ID!) {
              auditSummary(ruleId: "NX-AGE-TRANSFER-GRASSROOTS-45", unitId: $city) {
                counts { status count }
                counties: byUnit { unit { name } status count }
                townships: byUnit(level: TOWNSHIP) { unit { name } count }
                cities: byUnit(level: CITY) { unit { name } count }
                byPeriod(period: QUARTER) { period from to count }
              }
            }
            """, new { city }))["auditSummary"]!;

        Assert.Equal(2, summary["counts"]![0]!["count"]!.GetValue<int>());
        var counties = Assert.Single(summary["counties"]!.AsArray())!;
        Assert.Equal(("原州区", "RAISED", 2), (Name(counties), counties["status"]!.GetValue<string>(), counties["count"]!.GetValue<int>()));
        Assert.Equal(["原州区:1", "将台堡镇:1"], summary["townships"]!.AsArray().Select(r => $"{Name(r!)}:{r!["count"]}").Order());
        Assert.Equal("固原市:2", summary["cities"]!.AsArray().Select(r => $"{Name(r!)}:{r!["count"]}").Single());
        Assert.Equal(["2017-Q1 2017-01-01..2017-03-31 1", "2017-Q3 2017-07-01..2017-09-30 1"],
            summary["byPeriod"]!.AsArray().Select(r => $"{r!["period"]} {r["from"]}..{r["to"]} {r["count"]}"));
    }

    [Fact]
    public async Task Every_filter_of_the_summary_selects_what_it_counts()
    {
        var county = Id(await graphQL.RegisterUnitAsync("SUM-F", "隆德县", "COUNTY"));
        var other = Id(await graphQL.RegisterUnitAsync("SUM-G", "泾源县", "COUNTY"));
        await OverAgeTransferAsync(county, "2018-03-10", "SUM-F-1");
        await host.WaitForAuditsAsync();

        async Task<string[]> CountsAsync(string arguments, string? unit = null)
        {
            var summary = (await graphQL.QueryAsync(
                $"query($unit: ID!) {{ auditSummary(unitId: $unit, {arguments}) {{ counts {{ ruleId status count }} byUnit {{ status count }} byPeriod {{ status count }} }} }}",
                new { unit = unit ?? county }))["auditSummary"]!;
            // The three breakdowns count the same findings.
            var total = summary["counts"]!.AsArray().Sum(r => r!["count"]!.GetValue<int>());
            Assert.Equal(total, summary["byUnit"]!.AsArray().Sum(r => r!["count"]!.GetValue<int>()));
            Assert.Equal(total, summary["byPeriod"]!.AsArray().Sum(r => r!["count"]!.GetValue<int>()));
            return [.. summary["counts"]!.AsArray().Select(r => $"{r!["ruleId"]}:{r["status"]}:{r["count"]}")];
        }

        var all = await CountsAsync("");
        Assert.Contains("NX-AGE-TRANSFER-GRASSROOTS-45:RAISED:1", all);
        // Violating shapes the summary used to ignore: every one of these selects nothing.
        Assert.Empty(await CountsAsync("ruleId: \"NO-SUCH-RULE\""));
        Assert.Empty(await CountsAsync("status: CLEARED"));
        Assert.Empty(await CountsAsync("", other));
        Assert.Empty(await CountsAsync("effectiveFrom: \"2019-01-01\""));
        Assert.Empty(await CountsAsync("effectiveTo: \"2017-12-31\""));
        Assert.Empty(await CountsAsync("severity: NEEDS_REVIEW, ruleId: \"NX-AGE-TRANSFER-GRASSROOTS-45\""));
        // Compliant shapes: the filters that match keep the count.
        Assert.Equal(["NX-AGE-TRANSFER-GRASSROOTS-45:RAISED:1"], await CountsAsync("ruleId: \"NX-AGE-TRANSFER-GRASSROOTS-45\", status: RAISED, effectiveFrom: \"2018-01-01\", effectiveTo: \"2018-12-31\""));
    }

    private static string Name(JsonNode row) => row["unit"]!["name"]!.GetValue<string>();
}
