using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>The signal rules (favour exchange, social-talent organiser, surprise promotion) through the real mutations.</summary>
public sealed class SignalRuleScenarioTests(AuditHost host) : IClassFixture<AuditHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private Task<JsonNode> DecideAsync(string caseId, string on) =>
        graphQL.StepAsync("takeCollectiveDecision", caseId,
            new { body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = 9, votesFor = 9, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = on });

    private async Task<JsonNode?> FindingAsync(string caseId, string ruleId) =>
        (await host.FindingsOfCaseAsync(caseId)).SingleOrDefault(f => f!["ruleId"]!.GetValue<string>() == ruleId && f["status"]!.GetValue<string>() == "RAISED");

    [Fact]
    public async Task A_personal_request_home_next_to_a_relative_is_flagged_for_review_and_an_exchange_for_work_needs_is_not()
    {
        var home = Id(await graphQL.RegisterUnitAsync("SG-FAV-1", "西吉县"));
        var elsewhere = Id(await graphQL.RegisterUnitAsync("SG-FAV-2", "原州区"));
        var wife = await graphQL.RegisterCadreAsync("马兰", "1982-01-01");
        await graphQL.MutateAsync("recordBaselinePost",
            new { cadreId = Id(wife), post = LedgerScenarios.Post(home, "县委办公室主任", "TOWNSHIP", "CHIEF"), from = "2020-01-01" }, "cadre { id }");
        var cadre = await graphQL.RegisterCadreAsync("马文军"); // grew up in 西吉县
        await graphQL.MutateAsync("declareKinRelation",
            new { cadreId = Id(cadre), relativeName = "马兰", relativeCadreId = Id(wife), relation = "SPOUSE", effectiveOn = "2021-01-01" }, "cadre { id }");

        var favour = Id(await graphQL.OpenCaseAsync(Id(cadre), LedgerScenarios.Post(home, "副县长"), effectiveOn: "2026-04-01", exchangeReason: "PERSONAL_REQUEST"));
        await DecideAsync(favour, "2026-04-20");
        var plain = Id(await graphQL.OpenCaseAsync(Id(cadre), LedgerScenarios.Post(elsewhere, "副区长"), effectiveOn: "2026-04-01"));
        await DecideAsync(plain, "2026-04-20");

        var found = await FindingAsync(favour, "NX-NO-FAVOUR-EXCHANGE");
        Assert.Equal("NEEDS_REVIEW", found?["severity"]!.GetValue<string>());
        var explanation = found!["explanation"]!.GetValue<string>();
        Assert.Contains("the stated reason is the cadre's own request", explanation);
        Assert.Contains("the destination 西吉县 matches the growth place '西吉县'", explanation);
        Assert.Contains("the declared relative 马兰 (Spouse) then held 县委办公室主任 in 西吉县", explanation);
        Assert.Null(await FindingAsync(plain, "NX-NO-FAVOUR-EXCHANGE"));
    }
}
