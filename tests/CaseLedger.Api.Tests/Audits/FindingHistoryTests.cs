using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>A finding is a Node with its history, and its explanation comes in two parts.</summary>
public sealed class FindingHistoryTests(AuditHost host) : IClassFixture<AuditHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private const string History = """
        ... on Finding { id status version explanation explanationZh explanationEn
          history { change version statusAfter effectiveOn recordedAt actor reason documentReference severity explanation actions } }
        """;

    [Fact]
    public async Task A_findings_history_after_raise_dismiss_and_reopen_names_each_change_with_actor_reason_and_both_times()
    {
        var caseId = await host.OpenCountyTransferAsync("FH-1", "张伟", "1975-01-01");
        await graphQL.StepAsync("takeCollectiveDecision", caseId,
            new { body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = 6, votesFor = 6, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = "2026-07-15" });
        var id = Id((await host.FindingsOfCaseAsync(caseId)).Single(f => f!["ruleId"]!.GetValue<string>() == "TL-DECISION-QUORUM")!);

        var supervisor = host.ClientFor(Role.Supervisor, null, "督查员李");
        await supervisor.MutateAsync("dismissFinding", new { findingId = id, reason = "纪要补正后到会人数符合要求", documentReference = "固纪〔2026〕9号" }, "finding { id }");
        host.Clock.Advance(TimeSpan.FromDays(2));
        await supervisor.MutateAsync("reopenFinding", new { findingId = id, reason = "补正材料不实" }, "finding { id }");

        var node = (await graphQL.QueryAsync($"query($id: ID!) {{ node(id: $id) {{ __typename {History} }} }}", new { id }))["node"]!;
        Assert.Equal("Finding", node["__typename"]!.GetValue<string>());
        Assert.Equal(id, node["id"]!.GetValue<string>());
        Assert.Equal("RAISED", node["status"]!.GetValue<string>());

        var history = node["history"]!.AsArray();
        Assert.Equal(["RAISED", "DISMISSED", "REOPENED"], history.Select(h => h!["change"]!.GetValue<string>()));
        Assert.Equal(["RAISED", "DISMISSED", "RAISED"], history.Select(h => h!["statusAfter"]!.GetValue<string>()));
        Assert.Equal([1, 2, 3], history.Select(h => h!["version"]!.GetValue<int>()));
        Assert.Equal(node["version"]!.GetValue<int>(), history[^1]!["version"]!.GetValue<int>());

        var (raised, dismissed, reopened) = (history[0]!, history[1]!, history[2]!);
        Assert.Equal("2026-07-15", raised["effectiveOn"]!.GetValue<string>()); // the decision judged
        Assert.Equal("VIOLATION", raised["severity"]!.GetValue<string>());
        Assert.Equal(node["explanation"]!.GetValue<string>(), raised["explanation"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(raised["actor"]?.GetValue<string>()));

        Assert.Equal("督查员李", dismissed["actor"]!.GetValue<string>());
        Assert.Equal("纪要补正后到会人数符合要求", dismissed["reason"]!.GetValue<string>());
        Assert.Equal("固纪〔2026〕9号", dismissed["documentReference"]!.GetValue<string>());
        Assert.Null(dismissed["severity"]);
        Assert.Equal("督查员李", reopened["actor"]!.GetValue<string>());
        Assert.Equal("补正材料不实", reopened["reason"]!.GetValue<string>());

        // Both times: the effective date is the day of the change; recorded time moves with the clock.
        var dismissedAt = DateTimeOffset.Parse(dismissed["recordedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var reopenedAt = DateTimeOffset.Parse(reopened["recordedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(reopenedAt - dismissedAt >= TimeSpan.FromDays(2));
        Assert.Equal(DateOnly.FromDateTime(reopenedAt.UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), reopened["effectiveOn"]!.GetValue<string>());

        // Two parts, each in one language, that make the whole explanation.
        var (zh, en) = (node["explanationZh"]!.GetValue<string>(), node["explanationEn"]!.GetValue<string>());
        Assert.Equal(node["explanation"]!.GetValue<string>(), $"{zh} / {en}");
        Assert.EndsWith("。", zh, StringComparison.Ordinal);
        Assert.DoesNotContain("。", en, StringComparison.Ordinal);
        Assert.StartsWith("Decision of 2026-07-15:", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registrar_may_not_read_a_finding_through_node_and_an_unknown_finding_is_null()
    {
        var registrar = host.ClientFor(Role.Registrar, null);
        var unknown = GlobalIdOf("Finding", Guid.NewGuid());
        var refused = await registrar.ExecuteAsync("query($id: ID!) { node(id: $id) { id } }", new { id = unknown });
        Assert.Equal("FORBIDDEN", refused["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        var none = await graphQL.QueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id = unknown });
        Assert.Null(none["node"]);
    }

    private static string GlobalIdOf(string type, Guid id) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{type}:{id}"));
}
