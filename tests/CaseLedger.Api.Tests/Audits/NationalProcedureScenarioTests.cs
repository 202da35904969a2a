using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>
/// The national procedure, transfer and secondment rules through the real mutations, judged by the background evaluator:
/// each with a violating and a compliant case.
/// </summary>
public sealed class NationalProcedureScenarioTests(AuditHost host) : IClassFixture<AuditHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private async Task<string> CaseAsync(string channel, object? fromPost, object? toPost, string openedOn, string name = "马丽")
    {
        var cadre = await graphQL.RegisterCadreAsync(name, "1985-06-01");
        return await CaseOfAsync(Id(cadre), channel, fromPost, toPost, openedOn);
    }

    private async Task<string> CaseOfAsync(string cadreId, string channel, object? fromPost, object? toPost, string openedOn)
    {
        var exchangeReason = channel is "INBOUND_TRANSFER" or "LATERAL_TRANSFER" ? "WORK_NEEDS" : null;
        return Id(await graphQL.MutateAsync("openCase", new { channel, cadreId, fromPost, toPost, exchangeReason, effectiveOn = openedOn }, "case { id }"));
    }

    private Task<JsonNode> DecideAsync(string caseId, string on, string body = "STANDING_COMMITTEE") =>
        graphQL.StepAsync("takeCollectiveDecision", caseId,
            new { body, membersEntitled = 9, attendees = 8, votesFor = 8, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = on });

    private Task<JsonNode> NoticeAsync(string caseId, string startOn, string endOn, int received = 0, int resolved = 0) =>
        graphQL.StepAsync("givePublicNotice", caseId, new { scope = "原州区", startOn, endOn, objectionsReceived = received, objectionsResolved = resolved });

    private Task<JsonNode> AppointAsync(string caseId, string on) =>
        graphQL.StepAsync("issueAppointmentNotice", caseId, new { takesEffectOn = on, onProbation = false, effectiveOn = on });

    private Task<JsonNode?> FindingAsync(string caseId, string ruleId) => host.RaisedFindingAsync(caseId, ruleId);

    private static object Deputy(string unit) => LedgerScenarios.Post(unit, "区委办公室副主任", "TOWNSHIP", "DEPUTY");

    private static object Chief(string unit) => LedgerScenarios.Post(unit, "区委办公室主任", "TOWNSHIP", "CHIEF");

    [Fact]
    [RuleTest("TL-DECISION-COLLECTIVE", RuleTestKind.ApiScenario)]
    public async Task An_appointment_decided_by_a_secretaries_meeting_is_found_and_one_by_the_standing_committee_is_not()
    {
        var county = Id(await graphQL.RegisterUnitAsync("NP-DC-1", "原州区"));
        var secretaries = await CaseAsync("INTERNAL_PROMOTION", Deputy(county), Chief(county), "2026-03-01");
        var committee = await CaseAsync("INTERNAL_PROMOTION", Deputy(county), Chief(county), "2026-03-01");
        await DecideAsync(secretaries, "2026-04-01", "SECRETARIES_MEETING");
        await DecideAsync(committee, "2026-04-01");

        var found = await FindingAsync(secretaries, "TL-DECISION-COLLECTIVE");
        Assert.Equal("VIOLATION", found?["severity"]!.GetValue<string>());
        Assert.Contains("by a secretaries' meeting (书记办公会), not collectively", found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(committee, "TL-DECISION-COLLECTIVE"));
    }

    [Fact]
    [RuleTest("TL-APPROVAL-AND-FILING", RuleTestKind.ApiScenario)]
    public async Task An_approval_request_without_the_minutes_is_found_and_a_complete_one_answered_before_the_notice_is_not()
    {
        var county = Id(await graphQL.RegisterUnitAsync("NP-AF-1", "原州区"));
        var thin = await CaseAsync("INTERNAL_PROMOTION", Deputy(county), Chief(county), "2026-03-01");
        var complete = await CaseAsync("INTERNAL_PROMOTION", Deputy(county), Chief(county), "2026-03-01");
        await DecideAsync(thin, "2026-04-01");
        await DecideAsync(complete, "2026-04-01");
        await graphQL.StepAsync("requestApproval", thin, new { authority = "固原市委组织部", attachments = new[] { "干部任免审批表", "考察材料" }, effectiveOn = "2026-04-10" });
        await graphQL.StepAsync("requestApproval", complete, new
        {
            authority = "固原市委组织部", attachments = new[] { "干部任免审批表", "干部考察材料", "本人档案", "常委会会议纪要", "讨论记录", "民主推荐情况" },
            effectiveOn = "2026-04-10",
        });
        foreach (var caseId in new[] { thin, complete })
        {
            await graphQL.StepAsync("grantApproval", caseId, new { authority = "固原市委组织部", reference = "固组干〔2026〕7号", effectiveOn = "2026-04-20" });
            await AppointAsync(caseId, "2026-04-25");
        }

        var found = await FindingAsync(thin, "TL-APPROVAL-AND-FILING");
        Assert.Equal("VIOLATION", found?["severity"]!.GetValue<string>());
        Assert.Contains("lacks the personal file, the meeting minutes, the discussion record, the democratic recommendation", found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(complete, "TL-APPROVAL-AND-FILING"));
    }

    /// <summary>Given: a lateral transfer decided 2026-04-01, publicly noticed 2026-04-02 to 04-09 with the objections given, appointed on <paramref name="appointedOn"/>.</summary>
    private async Task<string> NoticedTransferAsync(string county, int received, int resolved, string appointedOn)
    {
        var transfer = await CaseAsync("LATERAL_TRANSFER", Deputy(county), LedgerScenarios.Post(county, "区教育局副局长", "TOWNSHIP", "DEPUTY"), "2026-03-01");
        await DecideAsync(transfer, "2026-04-01");
        await NoticeAsync(transfer, "2026-04-02", "2026-04-09", received, resolved);
        await AppointAsync(transfer, appointedOn);
        return transfer;
    }

    [Fact]
    [RuleTest("TL-PUBLICITY-BEFORE-APPOINTMENT", RuleTestKind.ApiScenario)]
    public async Task A_transfer_appointed_on_the_last_day_of_its_notice_is_found_and_one_appointed_the_day_after_is_not()
    {
        var county = Id(await graphQL.RegisterUnitAsync("NP-PN-1", "原州区"));
        var rushed = await NoticedTransferAsync(county, 0, 0, "2026-04-09");
        var patient = await NoticedTransferAsync(county, 0, 0, "2026-04-10");

        var early = await FindingAsync(rushed, "TL-PUBLICITY-BEFORE-APPOINTMENT");
        Assert.Equal("VIOLATION", early?["severity"]!.GetValue<string>());
        Assert.Contains("issued on 2026-04-09, before the public notice (2026-04-02 to 2026-04-09) had ended", early!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(patient, "TL-PUBLICITY-BEFORE-APPOINTMENT"));
    }

    [Fact]
    [RuleTest("TL-PUBLICITY-OBJECTIONS", RuleTestKind.ApiScenario)]
    public async Task A_transfer_appointed_with_an_objection_open_is_found_and_one_appointed_after_resolving_it_is_not()
    {
        var county = Id(await graphQL.RegisterUnitAsync("NP-PO-1", "原州区"));
        var open = await NoticedTransferAsync(county, 1, 0, "2026-04-10");
        var resolved = await NoticedTransferAsync(county, 1, 1, "2026-04-10");

        var found = await FindingAsync(open, "TL-PUBLICITY-OBJECTIONS");
        Assert.Equal("VIOLATION", found?["severity"]!.GetValue<string>());
        Assert.Contains("received 1 objection(s), 1 not concluded", found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(resolved, "TL-PUBLICITY-OBJECTIONS"));
    }

    [Fact]
    [RuleTest("AVOID-SELECTION-WORK", RuleTestKind.ApiScenario)]
    public async Task An_inspector_who_is_the_candidates_spouse_is_found_and_an_unrelated_team_is_not()
    {
        var county = Id(await graphQL.RegisterUnitAsync("NP-AS-1", "原州区"));
        var cadre = await graphQL.RegisterCadreAsync("马文军", "1985-06-01");
        await graphQL.MutateAsync("declareKinRelation",
            new { cadreId = Id(cadre), relativeName = "马兰", relation = "SPOUSE", effectiveOn = "2015-01-01" }, "cadre { id }");
        var related = await CaseOfAsync(Id(cadre), "INTERNAL_PROMOTION", Deputy(county), Chief(county), "2026-03-01");
        var unrelated = await CaseOfAsync(Id(cadre), "INTERNAL_PROMOTION", Deputy(county), Chief(county), "2026-03-01");
        await graphQL.StepAsync("completeInspection", related, new { teamMembers = new[] { "原州区委组织部 田军", "原州区委组织部 马兰" }, reportReference = "原组考〔2026〕3号", effectiveOn = "2026-03-20" });
        await graphQL.StepAsync("completeInspection", unrelated, new { teamMembers = new[] { "原州区委组织部 田军", "原州区委组织部 李华" }, reportReference = "原组考〔2026〕4号", effectiveOn = "2026-03-20" });

        var found = await FindingAsync(related, "AVOID-SELECTION-WORK");
        Assert.Equal("VIOLATION", found?["severity"]!.GetValue<string>());
        Assert.Contains("原州区委组织部 马兰 (declared relative: Spouse)", found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(unrelated, "AVOID-SELECTION-WORK"));
    }

    [Fact]
    [RuleTest("ZR20-SCOPE", RuleTestKind.ApiScenario)]
    public async Task A_promotion_handled_as_a_transfer_is_found_and_a_same_level_transfer_is_not()
    {
        var county = Id(await graphQL.RegisterUnitAsync("NP-ZS-1", "原州区"));
        var hidden = await CaseAsync("LATERAL_TRANSFER", Deputy(county), Chief(county), "2026-03-01");
        var lateral = await CaseAsync("LATERAL_TRANSFER", Deputy(county), LedgerScenarios.Post(county, "区教育局副局长", "TOWNSHIP", "DEPUTY"), "2026-03-01");
        await DecideAsync(hidden, "2026-04-01");
        await DecideAsync(lateral, "2026-04-01");

        var found = await FindingAsync(hidden, "ZR20-SCOPE");
        Assert.Equal("VIOLATION", found?["severity"]!.GetValue<string>());
        Assert.Contains("handled as a lateral transfer", found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(lateral, "ZR20-SCOPE"));
    }

    [Fact]
    [RuleTest("ZR20-FREQUENT-TRANSFER", RuleTestKind.ApiScenario)]
    public async Task A_second_transfer_within_a_year_is_for_review_and_a_first_one_is_not()
    {
        var county = Id(await graphQL.RegisterUnitAsync("NP-ZF-1", "原州区"));
        var cadre = await graphQL.RegisterCadreAsync("马文军", "1985-06-01");
        await graphQL.MutateAsync("recordBaselinePost", new { cadreId = Id(cadre), post = Deputy(county), from = "2020-01-01" }, "cadre { id }");
        var first = await CaseOfAsync(Id(cadre), "LATERAL_TRANSFER", Deputy(county), LedgerScenarios.Post(county, "区教育局副局长", "TOWNSHIP", "DEPUTY"), "2025-09-01");
        await DecideAsync(first, "2025-10-01");
        await AppointAsync(first, "2025-10-15");
        var second = await CaseOfAsync(Id(cadre), "LATERAL_TRANSFER", LedgerScenarios.Post(county, "区教育局副局长", "TOWNSHIP", "DEPUTY"),
            LedgerScenarios.Post(county, "区民政局副局长", "TOWNSHIP", "DEPUTY"), "2026-03-01");
        await DecideAsync(second, "2026-04-01");

        var found = await FindingAsync(second, "ZR20-FREQUENT-TRANSFER");
        Assert.Equal("NEEDS_REVIEW", found?["severity"]!.GetValue<string>());
        Assert.Contains("comes after 1 move(s) by case in the previous 12 months (区教育局副局长 from 2025-10-15)", found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(first, "ZR20-FREQUENT-TRANSFER"));
    }

    private async Task<string> SecondmentAsync(string channel, string sending, string hostUnit, string startOn, string plannedEndOn)
    {
        var caseId = await CaseAsync(channel, null, null, "2023-02-01");
        await graphQL.StepAsync("startSecondment", caseId, new
        {
            sendingUnitId = sending, hostUnitId = hostUnit, hostPost = LedgerScenarios.Post(hostUnit, "挂职副镇长", "TOWNSHIP", "DEPUTY"), startOn, plannedEndOn,
        });
        return caseId;
    }

    /// <summary>Given: a county and a township under it, registered under the codes <paramref name="code"/>-1 and -2.</summary>
    private async Task<(string County, string Township)> SecondmentUnitsAsync(string code)
    {
        var county = Id(await graphQL.RegisterUnitAsync($"{code}-1", "原州区"));
        return (county, Id(await graphQL.RegisterUnitAsync($"{code}-2", "将台堡镇", "TOWNSHIP", county)));
    }

    [Fact]
    [RuleTest("GUAZHI-DURATION", RuleTestKind.ApiScenario)]
    public async Task A_secondment_extended_past_two_years_is_for_review_and_one_of_two_years_is_not()
    {
        var (county, township) = await SecondmentUnitsAsync("NP-GZ");
        var extended = await SecondmentAsync("OUTBOUND_SECONDMENT", county, township, "2023-03-01", "2025-03-01");
        await graphQL.StepAsync("extendSecondment", extended, new { newPlannedEndOn = "2025-09-01", effectiveOn = "2025-02-01" });
        var ordinary = await SecondmentAsync("OUTBOUND_SECONDMENT", county, township, "2023-03-01", "2025-03-01");

        var found = await FindingAsync(extended, "GUAZHI-DURATION");
        Assert.Equal("NEEDS_REVIEW", found?["severity"]!.GetValue<string>());
        Assert.Contains("from 2023-03-01 to 2025-09-01 (planned after extension), longer than the usual 2 years", found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(ordinary, "GUAZHI-DURATION"));
    }

    [Fact]
    [RuleTest("FIRST-SECRETARY-TERM", RuleTestKind.ApiScenario)]
    public async Task A_first_secretary_term_past_three_years_is_for_review_and_one_of_three_years_is_not()
    {
        var (county, township) = await SecondmentUnitsAsync("NP-FS");
        var longSecretary = await SecondmentAsync("VILLAGE_FIRST_SECRETARY", county, township, "2023-03-01", "2026-06-01");
        var secretary = await SecondmentAsync("VILLAGE_FIRST_SECRETARY", county, township, "2023-03-01", "2026-03-01");

        var found = await FindingAsync(longSecretary, "FIRST-SECRETARY-TERM");
        Assert.Equal("NEEDS_REVIEW", found?["severity"]!.GetValue<string>());
        Assert.Contains("longer than 3 years", found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(secretary, "FIRST-SECRETARY-TERM"));
        Assert.Null(await FindingAsync(longSecretary, "GUAZHI-DURATION")); // a first secretary is judged by the term, not the secondment length
    }
}
