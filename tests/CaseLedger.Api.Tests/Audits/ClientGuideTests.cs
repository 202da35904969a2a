using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>
/// Runs the README's client-guide examples (```graphql example=story blocks) as the user story's role would:
/// each must answer without a top-level error, and a mutation without payload errors.
/// </summary>
public sealed partial class ClientGuideTests(AuditHost host) : IClassFixture<AuditHost>
{
    [Fact]
    public async Task Every_worked_example_in_the_README_runs_for_its_user_story()
    {
        var examples = Examples();
        Assert.Equal(["front-end", "inspector", "supervisor"], examples.Keys.Order());

        // A case with a motion and a collective decision short of its quorum, so the audit has a finding to show.
        var graphQL = host.GraphQL;
        var county = Id(await graphQL.RegisterUnitAsync("GUIDE-1", "原州区", "COUNTY"));
        var cadre = await graphQL.RegisterCadreAsync("张伟", "1975-01-01");
        var opened = await graphQL.MutateAsync("openCase",
            new
            {
                channel = "LATERAL_TRANSFER", cadreId = Id(cadre), fromPost = LedgerScenarios.Post(county, "区委常委"),
                toPost = LedgerScenarios.Post(county, "区委秘书长"), exchangeReason = "WORK_NEEDS", effectiveOn = "2026-01-05",
            }, "case { id number }");
        var caseId = Id(opened);
        await graphQL.StepAsync("raiseMotion", caseId, new { proposedBy = "区委组织部", summary = "拟交流", effectiveOn = "2026-01-06" });
        await graphQL.StepAsync("takeCollectiveDecision", caseId,
            new { body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = 6, votesFor = 6, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = "2026-02-10" });
        var findingId = Id((await host.FindingsOfCaseAsync(caseId)).Single(f => f!["ruleId"]!.GetValue<string>() == "TL-DECISION-QUORUM")!);

        var variables = new Dictionary<string, JsonNode?> { ["number"] = opened["number"]!.GetValue<string>(), ["caseId"] = caseId, ["findingId"] = findingId };

        var screen = await RunAsync(host.ClientFor(Role.Registrar, null, "guide-registrar"), examples["front-end"][0], variables);
        Assert.Equal(["MOTION", "COLLECTIVE_DECISION"], screen["case"]!["steps"]!.AsArray().Select(s => s!["step"]!.GetValue<string>()));
        Assert.Equal("CollectiveDecisionDetails", screen["case"]!["steps"]![1]!["details"]!["__typename"]!.GetValue<string>());
        variables["version"] = screen["case"]!["version"]!.GetValue<int>();
        var next = await RunAsync(host.ClientFor(Role.Registrar, null, "guide-registrar"), examples["front-end"][1], variables);
        Assert.Equal("PUBLIC_NOTICE", next["givePublicNotice"]!["case"]!["steps"]!.AsArray()[^1]!["step"]!.GetValue<string>());

        var inspected = await RunAsync(host.ClientFor(Role.Inspector, null, "guide-inspector"), examples["inspector"][0], variables);
        Assert.Null(inspected["case"]!["before"]);
        Assert.Equal(4, inspected["case"]!["now"]!["version"]!.GetValue<int>());
        Assert.Equal(4, inspected["case"]!["history"]!.AsArray().Count);

        var supervisor = host.ClientFor(Role.Supervisor, null, "guide-supervisor");
        var review = await RunAsync(supervisor, examples["supervisor"][0], variables);
        Assert.Contains(review["auditFindings"]!["edges"]!.AsArray(), e => e!["node"]!["id"]!.GetValue<string>() == findingId);
        await RunAsync(supervisor, examples["supervisor"][1], variables);
        var story = await RunAsync(supervisor, examples["supervisor"][2], variables);
        Assert.Equal(["RAISED", "DISMISSED"], story["node"]!["history"]!.AsArray().Select(h => h!["change"]!.GetValue<string>()));
        Assert.Equal("guide-supervisor", story["node"]!["history"]![1]!["actor"]!.GetValue<string>());
    }

    /// <summary>Runs one example with the variables it declares; no top-level error, no payload error.</summary>
    private static async Task<JsonNode> RunAsync(GraphQLClient client, string document, Dictionary<string, JsonNode?> known)
    {
        var variables = new JsonObject();
        foreach (Match declared in Declared().Matches(document))
            variables[declared.Groups[1].Value] = known[declared.Groups[1].Value]?.DeepClone();
        var result = await client.ExecuteAsync(document, variables);
        Assert.True(result["errors"] is null, $"{document}\n{result.ToJsonString()}");
        foreach (var (_, payload) in result["data"]!.AsObject())
            Assert.True(payload?["errors"] is not JsonArray { Count: > 0 }, $"{document}\n{result.ToJsonString()}");
        return result["data"]!;
    }

    /// <summary>The README's ```graphql example=story blocks, by story, in order.</summary>
    private static Dictionary<string, List<string>> Examples() =>
        Example().Matches(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")))
            .GroupBy(m => m.Groups[1].Value)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Groups[2].Value).ToList());

    [GeneratedRegex(@"```graphql example=(\S+)\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();

    [GeneratedRegex(@"\$(\w+)\s*:")]
    private static partial Regex Declared();
}
