using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>
/// The classes of issue #11 through the real mutations, judged by the background evaluator: consent for a promotion by
/// retention at the host and consent recorded on the secondment case, an open selection without a democratic
/// recommendation, an age cap and the purpose of the approval, a departing leader's window over the units under them,
/// and the dry run <c>auditCase(caseId, asOf)</c>.
/// </summary>
public sealed class PromotionClassesScenarioTests(AuditHost host) : IClassFixture<AuditHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private async Task<JsonNode?> FindingAsync(string caseId, string ruleId) =>
        (await host.FindingsOfCaseAsync(caseId)).SingleOrDefault(f => f!["ruleId"]!.GetValue<string>() == ruleId);

    private Task<JsonNode> DecideAsync(string caseId, string on, string body = "STANDING_COMMITTEE") =>
        graphQL.StepAsync("takeCollectiveDecision", caseId,
            new { body, membersEntitled = 9, attendees = 8, votesFor = 8, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = on });

    private async Task<string> SecondmentAsync(string county, string township, string code)
    {
        var cadre = await graphQL.RegisterCadreAsync("王磊", "1985-05-05");
        var caseId = Id(await graphQL.MutateAsync("openCase",
            new { channel = "OUTBOUND_SECONDMENT", cadreId = Id(cadre), fromPost = LedgerScenarios.Post(county, "县委办公室副主任", "TOWNSHIP", "DEPUTY"), effectiveOn = "2025-05-06", documentReference = code },
            "case { id }"));
        await graphQL.StepAsync("startSecondment", caseId, new
        {
            sendingUnitId = county, hostUnitId = township, hostPost = LedgerScenarios.Post(township, "挂职副镇长", "TOWNSHIP", "DEPUTY"),
            startOn = "2025-05-15", plannedEndOn = "2026-05-15",
        });
        return caseId;
    }

    [Fact]
    [RuleTest("NX-SECONDMENT-PROMOTION-CONSENT", RuleTestKind.ApiScenario)]
    public async Task A_retention_at_the_host_in_a_higher_post_needs_the_sending_units_consent()
    {
        var county = Id(await graphQL.RegisterUnitAsync("PC-1", "隆德县"));
        var township = Id(await graphQL.RegisterUnitAsync("PC-1T", "沙塘镇", "TOWNSHIP", county));
        var without = await SecondmentAsync(county, township, "PC-1a");
        var with = await SecondmentAsync(county, township, "PC-1b");
        await graphQL.StepAsync("recordSendingUnitConsent", with, new { sendingUnitId = county, consentReference = "隆组函〔2026〕2号", effectiveOn = "2026-04-01" });
        foreach (var caseId in new[] { without, with })
            await graphQL.StepAsync("retainAtHost", caseId, new { hostPost = LedgerScenarios.Post(township, "镇长", "TOWNSHIP", "CHIEF"), decisionReference = "隆党任〔2026〕5号", effectiveOn = "2026-04-20" });

        Assert.Contains("with no consent of the sending unit", (await FindingAsync(without, "NX-SECONDMENT-PROMOTION-CONSENT"))?["explanation"]!.GetValue<string>() ?? "");
        Assert.Null(await FindingAsync(with, "NX-SECONDMENT-PROMOTION-CONSENT"));
    }

    [Fact]
    public async Task Consent_recorded_on_the_secondment_case_counts_for_the_promotion_decided_in_another_case()
    {
        var county = Id(await graphQL.RegisterUnitAsync("PC-2", "隆德县"));
        var township = Id(await graphQL.RegisterUnitAsync("PC-2T", "沙塘镇", "TOWNSHIP", county));
        var secondment = await SecondmentAsync(county, township, "PC-2a");
        var cadre = (await graphQL.QueryAsync("query($id: ID!) { case(id: $id) { cadre { id } } }", new { id = secondment }))["case"]!["cadre"]!;
        var promotion = Id(await graphQL.MutateAsync("openCase",
            new
            {
                channel = "INTERNAL_PROMOTION", cadreId = Id(cadre), fromPost = LedgerScenarios.Post(county, "县委办公室副主任", "TOWNSHIP", "DEPUTY"),
                toPost = LedgerScenarios.Post(county, "县委办公室主任", "TOWNSHIP", "CHIEF"), effectiveOn = "2025-09-01",
            },
            "case { id }"));
        await DecideAsync(promotion, "2025-10-15");
        Assert.NotNull(await FindingAsync(promotion, "NX-SECONDMENT-PROMOTION-CONSENT"));

        await graphQL.StepAsync("recordSendingUnitConsent", secondment, new { sendingUnitId = county, consentReference = "隆组函〔2025〕9号", effectiveOn = "2025-10-10" });
        Assert.Equal("CLEARED", (await FindingAsync(promotion, "NX-SECONDMENT-PROMOTION-CONSENT"))?["status"]!.GetValue<string>());
    }

    [Fact]
    [RuleTest("PROC-ORDER-LEADERSHIP-PROMOTION", RuleTestKind.ApiScenario)]
    public async Task An_open_selection_with_its_examination_instead_of_a_democratic_recommendation_keeps_its_order_but_one_without_or_an_internal_promotion_does_not()
    {
        var county = Id(await graphQL.RegisterUnitAsync("PC-3", "隆德县"));
        var ids = new List<string>();
        foreach (var channel in new[] { "COMPETITIVE_SELECTION", "INTERNAL_PROMOTION", "COMPETITIVE_SELECTION" })
        {
            var cadre = await graphQL.RegisterCadreAsync("李娜", "1988-02-02");
            var caseId = Id(await graphQL.MutateAsync("openCase",
                new
                {
                    channel, cadreId = Id(cadre), fromPost = LedgerScenarios.Post(county, "县委办公室副主任", "TOWNSHIP", "DEPUTY"),
                    toPost = LedgerScenarios.Post(county, "县发改局局长", "TOWNSHIP", "CHIEF"), effectiveOn = "2026-03-01",
                },
                "case { id }"));
            await graphQL.StepAsync("raiseMotion", caseId, new { proposedBy = "县委组织部", summary = "竞争上岗", effectiveOn = "2026-03-02" });
            if (ids.Count == 0)
                await graphQL.StepAsync("holdExamination", caseId, new { candidates = 9, resultsReference = "隆组通〔2026〕4号 笔试面试成绩", effectiveOn = "2026-03-10" });
            await graphQL.StepAsync("completeInspection", caseId, new { teamMembers = new[] { "马强", "丁丽" }, reportReference = "隆组考〔2026〕3号", effectiveOn = "2026-03-20" });
            await DecideAsync(caseId, "2026-04-01");
            ids.Add(caseId);
        }
        Assert.Null(await FindingAsync(ids[0], "PROC-ORDER-LEADERSHIP-PROMOTION"));
        Assert.Contains("民主推荐", (await FindingAsync(ids[1], "PROC-ORDER-LEADERSHIP-PROMOTION"))?["explanation"]!.GetValue<string>() ?? "");
        Assert.Contains("missing the examination (ExaminationHeld)", (await FindingAsync(ids[2], "PROC-ORDER-LEADERSHIP-PROMOTION"))?["explanation"]!.GetValue<string>() ?? "");
    }

    [Fact]
    public async Task Only_an_approval_recorded_as_an_age_exception_lets_an_over_age_transfer_through()
    {
        var county = Id(await graphQL.RegisterUnitAsync("PC-4", "隆德县"));
        var ids = new List<string>();
        foreach (var purpose in new[] { "ROUTINE", "AGE_EXCEPTION" })
        {
            var cadre = await graphQL.RegisterCadreAsync("马明", "1970-01-01");
            var caseId = Id(await graphQL.MutateAsync("openCase",
                new { channel = "INBOUND_TRANSFER", cadreId = Id(cadre), toPost = LedgerScenarios.Post(county, "县教育局副局长", "TOWNSHIP", "DEPUTY"), exchangeReason = "WORK_NEEDS", effectiveOn = "2025-03-01" },
                "case { id }"));
            await DecideAsync(caseId, "2025-04-01");
            await graphQL.StepAsync("requestApproval", caseId, new { authority = "固原市委组织部", attachments = new[] { "调任审批表" }, effectiveOn = "2025-04-05" });
            await graphQL.StepAsync("grantApproval", caseId, new { authority = "固原市委组织部", reference = "固组干〔2025〕7号", purpose, effectiveOn = "2025-04-20" });
            ids.Add(caseId);
        }
        Assert.NotNull(await FindingAsync(ids[0], "NX-AGE-TRANSFER-GRASSROOTS-45"));
        Assert.Null(await FindingAsync(ids[1], "NX-AGE-TRANSFER-GRASSROOTS-45"));
    }

    [Fact]
    public async Task A_promotion_in_a_township_while_the_county_party_secretary_leaves_is_for_review()
    {
        var county = Id(await graphQL.RegisterUnitAsync("PC-5", "隆德县"));
        var township = Id(await graphQL.RegisterUnitAsync("PC-5T", "沙塘镇", "TOWNSHIP", county));
        await graphQL.MutateAsync("announceLeaderDeparture",
            new { unitId = county, leaderName = "张明", leaderPost = "县委书记", departsOn = "2026-06-30", effectiveOn = "2026-05-01" }, "unit { id }");
        var cadre = await graphQL.RegisterCadreAsync("杨帆", "1986-03-03");
        var caseId = Id(await graphQL.MutateAsync("openCase",
            new
            {
                channel = "INTERNAL_PROMOTION", cadreId = Id(cadre), fromPost = LedgerScenarios.Post(township, "副镇长", "TOWNSHIP", "DEPUTY"),
                toPost = LedgerScenarios.Post(township, "镇长", "TOWNSHIP", "CHIEF"), effectiveOn = "2026-05-02",
            },
            "case { id }"));
        await DecideAsync(caseId, "2026-05-20");
        Assert.Equal("NEEDS_REVIEW", (await FindingAsync(caseId, "SURPRISE-PROMO-TRANSFER-OR-RESTRUCTURE"))?["severity"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_dry_run_judges_a_case_for_a_future_day_and_records_nothing()
    {
        var region = Id(await graphQL.RegisterUnitAsync("PC-6", "自治区发展改革委", "REGION", area: null));
        var cadre = await graphQL.RegisterCadreAsync("周洁", "1995-01-01");
        var caseId = Id(await graphQL.MutateAsync("openCase",
            new
            {
                channel = "INTERNAL_PROMOTION", cadreId = Id(cadre), fromPost = LedgerScenarios.Post(region, "综合处副处长", "TOWNSHIP", "DEPUTY"),
                toPost = LedgerScenarios.Post(region, "综合处处长", "TOWNSHIP", "CHIEF"), effectiveOn = "2026-01-10",
            },
            "case { id }"));
        await DecideAsync(caseId, "2026-02-15");
        await graphQL.StepAsync("issueAppointmentNotice", caseId, new { takesEffectOn = "2026-03-01", onProbation = false, effectiveOn = "2026-02-20" });
        await host.WaitForAuditsAsync();
        var before = await host.EventCountAsync();

        const string DryRun = "query($id: ID!, $asOf: DateOnly) { auditCase(caseId: $id, asOf: $asOf) { ruleId ruleVersion severity explanation citation { clause } } }";
        var now = (await graphQL.QueryAsync(DryRun, new { id = caseId, asOf = "2026-11-30" }))["auditCase"]!.AsArray();
        var due = (await graphQL.QueryAsync(DryRun, new { id = caseId, asOf = "2029-03-02" }))["auditCase"]!.AsArray();

        Assert.DoesNotContain(now, f => f!["ruleId"]!.GetValue<string>() == "NX-YOUNG-CADRE-GRASSROOTS-3Y");
        var deadline = Assert.Single(due, f => f!["ruleId"]!.GetValue<string>() == "NX-YOUNG-CADRE-GRASSROOTS-3Y")!;
        Assert.Equal("VIOLATION", deadline["severity"]!.GetValue<string>());
        Assert.Contains("the deadline 2029-03-01 has passed", deadline["explanation"]!.GetValue<string>());
        Assert.Equal(before, await host.EventCountAsync());
        Assert.DoesNotContain(await host.FindingsOfCaseAsync(caseId), f => f!["ruleId"]!.GetValue<string>() == "NX-YOUNG-CADRE-GRASSROOTS-3Y");
    }
}
