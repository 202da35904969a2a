using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>A finding cites the text of the rule version it was judged by; auditRules lists every version's text with its period.</summary>
public sealed class FindingCitationTests(AuditHost host) : IClassFixture<AuditHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private async Task<string> InspectedAsync(string county, string cadre, string on)
    {
        var caseId = Id(await graphQL.MutateAsync("openCase", new
        {
            channel = "INTERNAL_PROMOTION", cadreId = cadre, fromPost = LedgerScenarios.Post(county, "区委办公室副主任", "TOWNSHIP", "DEPUTY"),
            toPost = LedgerScenarios.Post(county, "区委办公室主任", "TOWNSHIP", "CHIEF"), effectiveOn = on,
        }, "case { id }"));
        await graphQL.StepAsync("determineInspectionTargets", caseId, new { candidates = new[] { "马文军" }, effectiveOn = on });
        return caseId;
    }

    [Fact]
    public async Task An_inspection_in_2016_cites_the_2014_regulation_and_one_in_2026_the_2019_article()
    {
        var county = Id(await graphQL.RegisterUnitAsync("FC-1", "原州区"));
        var cadre = Id(await graphQL.RegisterCadreAsync("马文军", "1980-06-01"));
        foreach (var year in new[] { 2015, 2025 })
            await graphQL.MutateAsync("recordAnnualAssessment", new { cadreId = cadre, year, grade = "BASICALLY_COMPETENT", effectiveOn = $"{year + 1}-01-20" }, "cadre { id }");
        var early = await InspectedAsync(county, cadre, "2016-04-01");
        var late = await InspectedAsync(county, cadre, "2026-04-01");
        await host.WaitForAuditsAsync();

        var found = await graphQL.QueryAsync("""
            query($early: ID!, $late: ID!) {
              early: case(id: $early) { findings { ruleId ruleVersion citation { document clause } } }
              late: case(id: $late) { findings { ruleId ruleVersion citation { document clause } } }
              auditRules { id citation { document } versions { number inForceFrom inForceUntil citation { document } citationInForce { document clause } } }
            }
            """, new { early, late });

        var earlyFinding = found["early"]!["findings"]!.AsArray().Single(f => f!["ruleId"]!.GetValue<string>() == "NOT-INSPECTABLE")!;
        var lateFinding = found["late"]!["findings"]!.AsArray().Single(f => f!["ruleId"]!.GetValue<string>() == "NOT-INSPECTABLE")!;
        Assert.Equal(1, earlyFinding["ruleVersion"]!.GetValue<int>());
        Assert.Equal("党政领导干部选拔任用工作条例（2014）", earlyFinding["citation"]!["document"]!.GetValue<string>());
        Assert.Equal(2, lateFinding["ruleVersion"]!.GetValue<int>());
        Assert.Equal("党政领导干部选拔任用工作条例（2019）", lateFinding["citation"]!["document"]!.GetValue<string>());
        Assert.Equal("第二十四条", lateFinding["citation"]!["clause"]!.GetValue<string>());

        var rule = found["auditRules"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == "NOT-INSPECTABLE")!;
        var versions = rule["versions"]!.AsArray();
        Assert.Equal(["党政领导干部选拔任用工作条例（2014）", "党政领导干部选拔任用工作条例（2019）"],
            versions.Select(v => v!["citationInForce"]!["document"]!.GetValue<string>()));
        Assert.Equal("2019-03-16", versions[0]!["inForceUntil"]!.GetValue<string>());
        Assert.Null(versions[1]!["citation"]); // the rule's own text

        // Every version of every rule names the text it is judged by.
        Assert.All(found["auditRules"]!.AsArray(), r => Assert.All(r!["versions"]!.AsArray(),
            v => Assert.False(string.IsNullOrEmpty(v!["citationInForce"]!["document"]!.GetValue<string>()))));
        var consent = found["auditRules"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == "NX-SECONDMENT-PROMOTION-CONSENT")!;
        Assert.All(consent["versions"]!.AsArray(), v => Assert.Equal("第五条第三款", v!["citationInForce"]!["clause"]!.GetValue<string>()));
    }
}
