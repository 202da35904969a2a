using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.CaseSteps;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Cases;

/// <summary>更正: a step sent again with a correction replaces its record; the wrong record stays in the stream.</summary>
public sealed class CaseCorrectionTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private static object Decision(int attendees, object? correction = null) => new
    {
        body = "STANDING_COMMITTEE", membersEntitled = 11, attendees, votesFor = attendees, votesAgainst = 0, abstentions = 0,
        principalSpokeLast = true, effectiveOn = "2026-02-10", correction,
    };

    private async Task<string> DecidedCaseAsync(string code)
    {
        var county = await graphQL.RegisterUnitAsync(code);
        var cadre = await graphQL.RegisterCadreAsync();
        var opened = await graphQL.OpenCaseAsync(Id(cadre), LedgerScenarios.Post(Id(county)));
        await graphQL.StepAsync("raiseMotion", Id(opened), new { proposedBy = "县委组织部", summary = "拟任", effectiveOn = "2026-02-01" });
        await graphQL.StepAsync("takeCollectiveDecision", Id(opened), Decision(6));   // version 3: minuted wrongly
        return Id(opened);
    }

    [Fact]
    public async Task A_corrected_decision_shows_the_correction_and_the_new_record_and_the_stream_keeps_the_original()
    {
        var caseId = await DecidedCaseAsync("CORR-1");

        var summary = await graphQL.StepAsync("takeCollectiveDecision", caseId,
            Decision(9, new { correctedVersion = 3, reason = "到会人数录入错误" }), CaseSelection + " case { decision { attendees } }");

        var correction = Assert.Single(summary["corrections"]!.AsArray())!;
        Assert.Equal(3, correction["correctedVersion"]!.GetValue<int>());
        Assert.Equal("COLLECTIVE_DECISION", correction["step"]!.GetValue<string>());
        Assert.Equal("到会人数录入错误", correction["reason"]!.GetValue<string>());
        Assert.Equal("2026-11-20", correction["correctedOn"]!.GetValue<string>());
        Assert.Equal(4, correction["version"]!.GetValue<int>());
        var step = Assert.Single(summary["steps"]!.AsArray(), s => s!["step"]!.GetValue<string>() == "COLLECTIVE_DECISION")!;
        Assert.Equal(5, step["version"]!.GetValue<int>());
        Assert.Equal(5, summary["version"]!.GetValue<int>());
        Assert.Equal(["MOTION", "COLLECTIVE_DECISION"], Strings(summary["stepsDone"]));

        var decision = await graphQL.QueryAsync("query($id: ID) { case(id: $id) { decision { attendees } } }", new { id = caseId });
        Assert.Equal(9, decision["case"]!["decision"]!["attendees"]!.GetValue<int>());
        var stream = StreamId(summary);
        Assert.Equal(6, await host.ScalarAsync($"select (data->>'Attendees')::int from {{schema}}.mt_events where stream_id = '{stream}' and version = 3"));
        Assert.Equal(1, await host.ScalarAsync($"select count(*) from {{schema}}.mt_events where stream_id = '{stream}' and version = 4 and type = 'case_step_corrected.v1'"));
        Assert.Equal(9, await host.ScalarAsync($"select (data->>'Attendees')::int from {{schema}}.mt_events where stream_id = '{stream}' and version = 5"));
    }

    [Fact]
    public async Task Recording_a_step_twice_without_a_correction_is_refused()
    {
        var caseId = await DecidedCaseAsync("CORR-2");
        var before = await host.EventCountAsync();

        var payload = await graphQL.StepPayloadAsync("takeCollectiveDecision", caseId, Decision(9));

        AssertRefused(payload, "case", "STEP_ALREADY_RECORDED", null);
        Assert.Equal(before, await host.EventCountAsync());
    }

    [Fact]
    public async Task A_correction_naming_a_version_that_is_no_step_record_is_refused_on_its_field()
    {
        var caseId = await DecidedCaseAsync("CORR-3");
        var before = await host.EventCountAsync();

        var payload = await graphQL.StepPayloadAsync("takeCollectiveDecision", caseId, Decision(9, new { correctedVersion = 1, reason = "错误" }));

        AssertRefused(payload, "case", "CORRECTION_TARGET_INVALID", "input.correction.correctedVersion");
        Assert.Equal(before, await host.EventCountAsync());
    }

    [Fact]
    public async Task A_correction_must_re_record_the_step_it_corrects()
    {
        var caseId = await DecidedCaseAsync("CORR-4");
        var before = await host.EventCountAsync();

        var payload = await graphQL.StepPayloadAsync("holdConsultation", caseId,
            new { consultedParties = new[] { "分管领导" }, effectiveOn = "2026-02-05", correction = new { correctedVersion = 3, reason = "错误" } });

        AssertRefused(payload, "case", "CORRECTION_STEP_MISMATCH", null);
        Assert.Equal(before, await host.EventCountAsync());
    }

    [Fact]
    public async Task A_corrected_extension_replaces_the_planned_end_it_set()
    {
        var county = await graphQL.RegisterUnitAsync("CORR-5");
        var host2 = await graphQL.RegisterUnitAsync("CORR-5-H", "将台堡镇", "TOWNSHIP", Id(county));
        var cadre = await graphQL.RegisterCadreAsync();
        var opened = await graphQL.MutateAsync("openCase",
            new { channel = "OUTBOUND_SECONDMENT", cadreId = Id(cadre), effectiveOn = "2026-01-05" }, "case { id }");
        var caseId = Id(opened);
        await graphQL.StepAsync("startSecondment", caseId, new { sendingUnitId = Id(county), hostUnitId = Id(host2), startOn = "2026-02-01", plannedEndOn = "2027-02-01" });
        await graphQL.StepAsync("extendSecondment", caseId, new { newPlannedEndOn = "2028-02-01", effectiveOn = "2026-10-01" });   // version 3

        var summary = await graphQL.StepAsync("extendSecondment", caseId,
            new { newPlannedEndOn = "2027-08-01", effectiveOn = "2026-10-01", correction = new { correctedVersion = 3, reason = "延期期限有误" } },
            "case { secondment { plannedEndOn plannedEnds } corrections { step } }");

        Assert.Equal("2027-08-01", summary["secondment"]!["plannedEndOn"]!.GetValue<string>());
        Assert.Equal(["2027-02-01", "2027-08-01"], Strings(summary["secondment"]!["plannedEnds"]));
        Assert.Equal(["SECONDMENT_EXTENSION"], summary["corrections"]!.AsArray().Select(c => c!["step"]!.GetValue<string>()));
    }
}
