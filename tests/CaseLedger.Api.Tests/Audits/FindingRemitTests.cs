using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>Findings follow the remit of their case: a supervisor elsewhere neither sees nor works them; a registrar cannot.</summary>
public sealed class FindingRemitTests(AuditHost host) : IClassFixture<AuditHost>
{
    [Fact]
    public async Task A_finding_is_visible_and_workable_only_by_a_supervisor_of_its_subtree()
    {
        var graphQL = host.GraphQL;
        var guyuan = await graphQL.RegisterUnitAsync("FR-640400", "固原市", "CITY");
        var yinchuan = await graphQL.RegisterUnitAsync("FR-640100", "银川市", "CITY", area: "PLAIN");
        var county = Id(await graphQL.RegisterUnitAsync("FR-640402", "原州区", "COUNTY", Id(guyuan)));
        var cadre = await graphQL.RegisterCadreAsync("张伟", "1975-01-01");
        var caseId = Id(await graphQL.OpenCaseAsync(Id(cadre), LedgerScenarios.Post(county, "区委秘书长")));
        await graphQL.StepAsync("takeCollectiveDecision", caseId,
            new { body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = 6, votesFor = 6, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = "2026-07-15" });
        var findingId = Id((await host.FindingsOfCaseAsync(caseId)).First()!);

        var inside = host.ClientFor(Role.Supervisor, StreamId(guyuan));
        var outside = host.ClientFor(Role.Supervisor, StreamId(yinchuan));
        var registrar = host.ClientFor(Role.Registrar, StreamId(guyuan));
        const string count = "{ auditFindings { totalCount } auditSummary { counts { count } } }";

        Assert.True((await inside.QueryAsync(count))["auditFindings"]!["totalCount"]!.GetValue<int>() > 0);
        var elsewhere = await outside.QueryAsync($"query($id: ID!) {{ auditFindings {{ totalCount }} auditSummary {{ counts {{ count }} }} finding(id: $id) {{ id }} }}", new { id = findingId });
        Assert.Equal(0, elsewhere["auditFindings"]!["totalCount"]!.GetValue<int>());
        Assert.Empty(elsewhere["auditSummary"]!["counts"]!.AsArray());
        Assert.Null(elsewhere["finding"]);

        var refused = await outside.PayloadAsync("acknowledgeFinding", new { findingId }, "finding { status }");
        Assert.Equal("NOT_FOUND", refused["errors"]![0]!["code"]!.GetValue<string>());
        var forbidden = await registrar.ExecuteAsync("mutation($input: AcknowledgeFindingInput!) { acknowledgeFinding(input: $input) { errors { code } } }", new { input = new { findingId } });
        Assert.Equal("FORBIDDEN", forbidden["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var acknowledged = await inside.MutateAsync("acknowledgeFinding", new { findingId }, "finding { status }");
        Assert.Equal("ACKNOWLEDGED", acknowledged["status"]!.GetValue<string>());
    }
}
