using System.Diagnostics;
using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>A host whose background audit evaluator runs, and a way to wait for it explicitly.</summary>
public class AuditHost : CaseLedgerHost
{
    protected override bool EvaluatesAudits => true;

    /// <summary>Polls auditSummary until every recorded event has been evaluated; fails after the timeout.</summary>
    public async Task WaitForAuditsAsync(TimeSpan? timeout = null)
    {
        var limit = Stopwatch.StartNew();
        while (true)
        {
            var summary = await GraphQL.QueryAsync("{ auditSummary { caughtUp evaluatedThroughSequence latestSequence } }");
            if (summary["auditSummary"]!["caughtUp"]!.GetValue<bool>())
                return;
            if (limit.Elapsed > (timeout ?? TimeSpan.FromSeconds(30)))
                throw new TimeoutException($"Audit evaluation did not catch up: {summary.ToJsonString()}");
            await Task.Delay(50);
        }
    }

    public const string FindingSelection = "id ruleId ruleVersion severity status explanation evidenceVersions version statusReason actions";

    /// <summary>The findings of one case, after waiting for the evaluator.</summary>
    public async Task<JsonArray> FindingsOfCaseAsync(string caseId)
    {
        await WaitForAuditsAsync();
        var result = await GraphQL.QueryAsync($"query($id: ID!) {{ case(id: $id) {{ findings {{ {FindingSelection} }} }} }}", new { id = caseId });
        return result["case"]!["findings"]!.AsArray();
    }

    /// <summary>
    /// The case's finding of <paramref name="ruleId"/> still raised once its last step is judged. The evaluator may judge a
    /// case between two steps (a transfer decided before its approval is over age for a moment), so a compliant shape is
    /// one with no finding left raised, not necessarily one never raised.
    /// </summary>
    public async Task<JsonNode?> RaisedFindingAsync(string caseId, string ruleId) =>
        (await FindingsOfCaseAsync(caseId)).SingleOrDefault(f => f!["ruleId"]!.GetValue<string>() == ruleId && f["status"]!.GetValue<string>() == "RAISED");

    /// <summary>A lateral transfer (区委常委 to 区委秘书长) in a county registered under <paramref name="unitCode"/>, opened for a new cadre: its id.</summary>
    public async Task<string> OpenCountyTransferAsync(string unitCode, string cadreName, string birthDate)
    {
        var county = GraphQLClient.Id(await GraphQL.RegisterUnitAsync(unitCode, "原州区", "COUNTY"));
        var cadre = await GraphQL.RegisterCadreAsync(cadreName, birthDate);
        return GraphQLClient.Id(await GraphQL.MutateAsync("openCase",
            new
            {
                channel = "LATERAL_TRANSFER", cadreId = GraphQLClient.Id(cadre), fromPost = LedgerScenarios.Post(county, "区委常委"),
                toPost = LedgerScenarios.Post(county, "区委秘书长"), exchangeReason = "WORK_NEEDS", effectiveOn = "2026-07-01",
            }, "case { id }"));
    }
}
