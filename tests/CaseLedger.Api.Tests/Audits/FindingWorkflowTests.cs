using System.Text.Json.Nodes;
using CaseLedger.Api.Audits;
using CaseLedger.Api.Ledger;
using CaseLedger.Api.Tests.Testing;
using CaseLedger.Domain.Audits;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>A supervisor acknowledges, confirms with accountability actions, resolves and reopens a finding; a wrong move is refused.</summary>
public sealed class FindingWorkflowTests(AuditHost host) : IClassFixture<AuditHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    [Fact]
    public async Task A_finding_moves_through_the_workflow_and_the_connection_filters_by_status()
    {
        var caseId = await host.OpenCountyTransferAsync("WF-1", "张伟", "1975-01-01");
        await graphQL.StepAsync("takeCollectiveDecision", caseId,
            new { body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = 6, votesFor = 6, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = "2026-07-15" });
        var finding = (await host.FindingsOfCaseAsync(caseId)).Single(f => f!["ruleId"]!.GetValue<string>() == "TL-DECISION-QUORUM")!;
        var id = Id(finding);

        var refused = await graphQL.PayloadAsync("resolveFinding", new { findingId = id, reason = "已整改" }, "finding { status }");
        Assert.Equal("FINDING_STATUS_INVALID", refused["errors"]![0]!["code"]!.GetValue<string>());

        await graphQL.MutateAsync("acknowledgeFinding", new { findingId = id, expectedVersion = 1 }, "finding { status }");
        var confirmed = await graphQL.MutateAsync("confirmFinding",
            new { findingId = id, actions = new[] { "CIRCULATED_CRITICISM", "ADMONISHMENT" }, documentReference = "固纪〔2026〕9号" },
            $"finding {{ {AuditHost.FindingSelection} }}");
        Assert.Equal("CONFIRMED", confirmed["status"]!.GetValue<string>());
        Assert.Equal(["CIRCULATED_CRITICISM", "ADMONISHMENT"], confirmed["actions"]!.AsArray().Select(a => a!.GetValue<string>()));

        var resolved = await graphQL.MutateAsync("resolveFinding", new { findingId = id, reason = "已重新召开常委会讨论决定" }, "finding { status statusReason }");
        Assert.Equal("RESOLVED", resolved["status"]!.GetValue<string>());
        var reopened = await graphQL.MutateAsync("reopenFinding", new { findingId = id, reason = "整改材料不实" }, "finding { status version }");
        Assert.Equal("RAISED", reopened["status"]!.GetValue<string>());
        var dismissed = await graphQL.MutateAsync("dismissFinding", new { findingId = id, reason = "纪要补正后到会人数符合要求" }, "finding { status statusReason }");
        Assert.Equal("DISMISSED", dismissed["status"]!.GetValue<string>());

        var page = await graphQL.QueryAsync("query($c: ID) { auditFindings(status: DISMISSED, caseId: $c, first: 5) { totalCount edges { node { id case { id } cadre { name } rule { id } } } } }", new { c = caseId });
        Assert.Equal(1, page["auditFindings"]!["totalCount"]!.GetValue<int>());
        var summary = await graphQL.QueryAsync("{ auditSummary { counts { ruleId status count } } }");
        Assert.Contains(summary["auditSummary"]!["counts"]!.AsArray(),
            c => c!["ruleId"]!.GetValue<string>() == "TL-DECISION-QUORUM" && c["status"]!.GetValue<string>() == "DISMISSED");
    }

    [Fact]
    public async Task A_corrected_birth_date_restates_a_dismissed_finding_without_reopening_it_and_a_new_decision_reopens_it()
    {
        var county = Id(await graphQL.RegisterUnitAsync("WF-2", "原州区", "COUNTY"));
        var cadre = Id(await graphQL.RegisterCadreAsync("杨建国", "1969-11-20"));
        var caseId = Id(await graphQL.MutateAsync("openCase",
            new { channel = "INBOUND_TRANSFER", cadreId = cadre, toPost = LedgerScenarios.Post(county, "区财政局副局长", "TOWNSHIP", "DEPUTY"), exchangeReason = "WORK_NEEDS", effectiveOn = "2017-02-10" },
            "case { id }"));
        var decided = await graphQL.StepAsync("takeCollectiveDecision", caseId,
            new { body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = 9, votesFor = 9, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = "2017-03-10" },
            "case { id version }");
        var id = Id((await host.FindingsOfCaseAsync(caseId)).Single(f => f!["ruleId"]!.GetValue<string>() == "NX-AGE-TRANSFER-GRASSROOTS-45")!);
        await graphQL.MutateAsync("dismissFinding", new { findingId = id, reason = "经批准的特殊人才" }, "finding { status }");

        await graphQL.MutateAsync("correctPersonalDetails", new { cadreId = cadre, field = "birthDate", newValue = "1968-11-20", reason = "身份证核对" }, "cadre { id }");
        var reworded = (await host.FindingsOfCaseAsync(caseId)).Single(f => Id(f!) == id)!;
        Assert.Equal("DISMISSED", reworded["status"]!.GetValue<string>());
        Assert.Contains("candidate was 48 (born 1968-11-20)", reworded["explanation"]!.GetValue<string>());

        // The decision is corrected: the corrected record is new evidence, so the supervisors look again.
        await graphQL.StepAsync("takeCollectiveDecision", caseId,
            new
            {
                body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = 10, votesFor = 10, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = "2017-03-10",
                correction = new { correctedVersion = decided["version"]!.GetValue<int>(), reason = "到会人数录入错误" },
            });
        var reopened = (await host.FindingsOfCaseAsync(caseId)).Single(f => Id(f!) == id)!;
        Assert.Equal("RAISED", reopened["status"]!.GetValue<string>());
        Assert.Equal(2, await host.ScalarAsync($"select count(*) from {{schema}}.mt_events where stream_id = '{StreamId(reopened)}' and type = 'finding_restated.v1'"));
    }

    [Fact]
    public async Task A_finding_restated_cleared_and_raised_again_decides_from_its_row_as_from_its_stream()
    {
        var caseId = await host.OpenCountyTransferAsync("WF-3", "李娜", "1978-03-02");
        object Decision(int attendees, int? corrects = null) => new
        {
            body = "STANDING_COMMITTEE", membersEntitled = 11, attendees, votesFor = attendees, votesAgainst = 0, abstentions = 0,
            principalSpokeLast = true, effectiveOn = "2026-07-15",
            correction = corrects is { } version ? new { correctedVersion = version, reason = "到会人数录入错误" } : null,
        };
        string Quorum(JsonArray findings) => findings.Single(f => f!["ruleId"]!.GetValue<string>() == "TL-DECISION-QUORUM")!["status"]!.GetValue<string>();

        var decided = await graphQL.StepAsync("takeCollectiveDecision", caseId, Decision(6), "case { version }");
        Assert.Equal("RAISED", Quorum(await host.FindingsOfCaseAsync(caseId)));
        var corrected = await graphQL.StepAsync("takeCollectiveDecision", caseId, Decision(10, decided["version"]!.GetValue<int>()), "case { version }");
        Assert.Equal("CLEARED", Quorum(await host.FindingsOfCaseAsync(caseId)));
        await graphQL.StepAsync("takeCollectiveDecision", caseId, Decision(5, corrected["version"]!.GetValue<int>()));
        Assert.Equal("RAISED", Quorum(await host.FindingsOfCaseAsync(caseId)));

        // Every finding of this host (raised, restated, cleared, raised again, moved through the workflow by the other tests):
        // the state, version and hash head the evaluator takes from the row are the ones a fold of the stream gives.
        await using var scope = host.Services.CreateAsyncScope();
        var ledger = scope.ServiceProvider.GetRequiredService<LedgerAppender>();
        var rows = await ledger.Session.Query<FindingDetails>().ToListAsync();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var folded = await ledger.ReadAsync<Finding>(row.Id, null, "findingId", CancellationToken.None);
            var fromRow = row.AsStream()!;
            Assert.Equal((folded.Version, folded.Head), (fromRow.Version, fromRow.Head));
            Assert.Equal(folded.State.Current.EvidenceVersions, fromRow.State.Current.EvidenceVersions);
            Assert.Equal(WithoutEvidence(folded.State), WithoutEvidence(fromRow.State));
        }
    }

    private static Finding WithoutEvidence(Finding state) => state with { Current = state.Current with { EvidenceVersions = [] } };
}
