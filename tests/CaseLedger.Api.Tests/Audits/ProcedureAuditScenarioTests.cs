using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>Probation, direct introduction and timely filing: violating and compliant cases through the real mutations, judged by the background evaluator.</summary>
public sealed class ProcedureAuditScenarioTests(AuditHost host) : IClassFixture<AuditHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private async Task<string> CaseAsync(string channel, object? fromPost, object toPost, string openedOn, string birthDate = "1985-06-01")
    {
        var cadre = await graphQL.RegisterCadreAsync("马丽", birthDate);
        var exchangeReason = channel is "INBOUND_TRANSFER" ? "WORK_NEEDS" : null;
        return Id(await graphQL.MutateAsync("openCase",
            new { channel, cadreId = Id(cadre), fromPost, toPost, exchangeReason, effectiveOn = openedOn }, "case { id }"));
    }

    private Task<JsonNode> DecideAsync(string caseId, string on) =>
        graphQL.StepAsync("takeCollectiveDecision", caseId,
            new { body = "STANDING_COMMITTEE", membersEntitled = 9, attendees = 8, votesFor = 8, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = on });

    private async Task<JsonNode?> FindingAsync(string caseId, string ruleId) =>
        (await host.FindingsOfCaseAsync(caseId)).SingleOrDefault(f => f!["ruleId"]!.GetValue<string>() == ruleId);

    [Fact]
    [RuleTest("TL-PROBATION-1Y", RuleTestKind.ApiScenario)]
    public async Task A_trial_appointment_made_formal_before_a_year_from_the_notice_is_found_and_one_made_on_the_anniversary_is_not()
    {
        var county = Id(await graphQL.RegisterUnitAsync("PB-1", "西吉县"));
        var from = LedgerScenarios.Post(county, "镇党委副书记", "TOWNSHIP", "DEPUTY");
        var to = LedgerScenarios.Post(county, "县委组织部副部长", "TOWNSHIP", "CHIEF");
        var early = await CaseAsync("INTERNAL_PROMOTION", from, to, "2024-08-01");
        var onTime = await CaseAsync("INTERNAL_PROMOTION", from, to, "2024-08-01");
        foreach (var (caseId, formalOn) in new[] { (early, "2025-05-10"), (onTime, "2025-09-10") })
        {
            await DecideAsync(caseId, "2024-08-20");
            await graphQL.StepAsync("issueAppointmentNotice", caseId, new { takesEffectOn = "2024-09-10", onProbation = true, probationMonths = 12, effectiveOn = "2024-09-10" });
            await graphQL.StepAsync("startProbation", caseId, new { startOn = "2024-09-10", plannedEndOn = "2025-09-10" });
            await graphQL.StepAsync("assessProbation", caseId, new { passed = true, assessment = "考核合格，胜任现职", effectiveOn = formalOn });
            await graphQL.StepAsync("appointFormally", caseId, new { effectiveOn = formalOn });
        }

        var found = await FindingAsync(early, "TL-PROBATION-1Y");
        Assert.Equal("VIOLATION", found?["severity"]!.GetValue<string>());
        Assert.Contains("formally appointed on 2025-05-10, before the probation ended on 2025-09-10", found!["explanation"]!.GetValue<string>());
        Assert.Null(await host.RaisedFindingAsync(onTime, "TL-PROBATION-1Y"));
    }

    [Fact]
    public async Task A_six_month_trial_is_found_and_correcting_the_notice_to_a_year_clears_the_finding_by_an_event()
    {
        var county = Id(await graphQL.RegisterUnitAsync("PB-2", "西吉县"));
        var caseId = await CaseAsync("INTERNAL_PROMOTION", LedgerScenarios.Post(county, "镇党委副书记", "TOWNSHIP", "DEPUTY"),
            LedgerScenarios.Post(county, "县委组织部副部长", "TOWNSHIP", "CHIEF"), "2026-08-01");
        await DecideAsync(caseId, "2026-08-20");
        var noticed = await graphQL.StepAsync("issueAppointmentNotice", caseId,
            new { takesEffectOn = "2026-09-10", onProbation = true, probationMonths = 6, effectiveOn = "2026-09-10" });
        var found = await FindingAsync(caseId, "TL-PROBATION-1Y");
        Assert.Contains("the probation was set at 6 months, less than 12", found?["explanation"]!.GetValue<string>() ?? "");

        var noticeVersion = noticed["steps"]!.AsArray().Single(s => s!["step"]!.GetValue<string>() == "APPOINTMENT_NOTICE")!["version"]!.GetValue<int>();
        await graphQL.StepAsync("issueAppointmentNotice", caseId, new
        {
            takesEffectOn = "2026-09-10", onProbation = true, probationMonths = 12, effectiveOn = "2026-09-10",
            correction = new { correctedVersion = noticeVersion, reason = "试用期月数录入错误" },
        });

        var cleared = await FindingAsync(caseId, "TL-PROBATION-1Y");
        Assert.Equal(Id(found!), Id(cleared!));
        Assert.Equal("CLEARED", cleared!["status"]!.GetValue<string>());
    }

    [Fact]
    [RuleTest("NX-DIRECT-INTRO-SOE-LEADER", RuleTestKind.ApiScenario)]
    public async Task A_direct_introduction_into_an_enterprise_without_an_inspection_is_found_and_one_with_every_step_in_order_is_not()
    {
        var soe = Id(await graphQL.RegisterUnitAsync("DI-1", "宁夏国有资本运营集团", "REGION", kind: "STATE_OWNED_ENTERPRISE", area: null));
        var post = LedgerScenarios.Post(soe, "副总经理", "COUNTY", "DEPUTY");
        var skipped = await CaseAsync("DIRECT_INTRODUCTION", null, post, "2026-05-20");
        var proper = await CaseAsync("DIRECT_INTRODUCTION", null, post, "2026-05-20");
        foreach (var caseId in new[] { skipped, proper })
            await graphQL.StepAsync("holdDemocraticRecommendation", caseId,
                new { mode = "MEETING", directed = true, directedPost = "副总经理", participants = 40, candidateCount = 2, effectiveOn = "2026-06-05" });
        await graphQL.StepAsync("completeInspection", proper, new { teamMembers = new[] { "马强", "丁丽" }, reportReference = "宁组考〔2026〕9号", effectiveOn = "2026-06-12" });
        foreach (var caseId in new[] { skipped, proper })
        {
            await DecideAsync(caseId, "2026-06-16");
            await graphQL.StepAsync("givePublicNotice", caseId,
                new { scope = "宁夏国有资本运营集团", startOn = "2026-06-22", endOn = "2026-06-26", objectionsReceived = 0, objectionsResolved = 0 });
            await graphQL.StepAsync("issueAppointmentNotice", caseId, new { takesEffectOn = "2026-07-01", onProbation = false, effectiveOn = "2026-07-01" });
        }

        var found = await FindingAsync(skipped, "NX-DIRECT-INTRO-SOE-LEADER");
        Assert.Equal("VIOLATION", found?["severity"]!.GetValue<string>());
        Assert.Contains("missing the inspection (InspectionCompleted)", found!["explanation"]!.GetValue<string>());
        Assert.Null(await host.RaisedFindingAsync(proper, "NX-DIRECT-INTRO-SOE-LEADER"));
    }

    [Fact]
    [RuleTest("NX-FILING-TIMELY", RuleTestKind.ApiScenario)]
    public async Task A_transfer_reported_for_approval_past_the_window_is_for_review_until_a_correction_of_the_date_clears_it_and_one_reported_on_the_windows_last_day_raises_nothing()
    {
        var county = Id(await graphQL.RegisterUnitAsync("FT-1", "原州区"));
        var post = LedgerScenarios.Post(county, "区教育局副局长", "TOWNSHIP", "DEPUTY");
        var late = await CaseAsync("INBOUND_TRANSFER", null, post, "2025-03-01");
        var prompt = await CaseAsync("INBOUND_TRANSFER", null, post, "2025-03-01");
        await DecideAsync(late, "2025-04-01");
        await DecideAsync(prompt, "2025-04-01");
        var requested = await graphQL.StepAsync("requestApproval", late, new { authority = "固原市委组织部", attachments = new[] { "调任审批表" }, effectiveOn = "2025-05-20" });
        await graphQL.StepAsync("requestApproval", prompt, new { authority = "固原市委组织部", attachments = new[] { "调任审批表" }, effectiveOn = "2025-05-01" });

        var found = await FindingAsync(late, "NX-FILING-TIMELY");
        Assert.Equal("NEEDS_REVIEW", found?["severity"]!.GetValue<string>());
        Assert.Contains("the approval request came only on 2025-05-20, 49 days later, beyond 30 days", found!["explanation"]!.GetValue<string>());
        // Reported on time, 30 days after the decision (the window's last day): never raised, not merely cleared.
        Assert.DoesNotContain(await host.FindingsOfCaseAsync(prompt), f => f!["ruleId"]!.GetValue<string>() == "NX-FILING-TIMELY");

        var requestVersion = requested["steps"]!.AsArray().Single(s => s!["step"]!.GetValue<string>() == "APPROVAL_REQUEST")!["version"]!.GetValue<int>();
        await graphQL.StepAsync("requestApproval", late, new
        {
            authority = "固原市委组织部", attachments = new[] { "调任审批表" }, effectiveOn = "2025-04-20",
            correction = new { correctedVersion = requestVersion, reason = "报请日期录入错误" },
        });
        Assert.Equal("CLEARED", (await FindingAsync(late, "NX-FILING-TIMELY"))?["status"]!.GetValue<string>());
    }
}
