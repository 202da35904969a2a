using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>Per rule, a violating and a compliant case built through the real mutations, judged by the background evaluator.</summary>
public sealed class AuditRuleScenarioTests(AuditHost host) : IClassFixture<AuditHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private async Task<(string County, string Township)> UnitsAsync(string code)
    {
        var county = await graphQL.RegisterUnitAsync($"AU-{code}", "原州区", "COUNTY");
        var township = await graphQL.RegisterUnitAsync($"AU-{code}-T", "将台堡镇", "TOWNSHIP", Id(county));
        return (Id(county), Id(township));
    }

    private async Task<string> CaseAsync(string channel, string birthDate, object? fromPost, object toPost, string openedOn, string code)
    {
        var cadre = await graphQL.RegisterCadreAsync("杨建国", birthDate);
        var opened = await graphQL.MutateAsync("openCase",
            new { channel, cadreId = Id(cadre), fromPost, toPost, exchangeReason = channel == "INTERNAL_PROMOTION" ? null : "WORK_NEEDS", effectiveOn = openedOn, documentReference = code },
            "case { id }");
        return Id(opened);
    }

    private Task<JsonNode> DecideAsync(string caseId, string on, int entitled = 11, int attendees = 9, int votesFor = 9, string body = "STANDING_COMMITTEE", object? correction = null) =>
        graphQL.StepAsync("takeCollectiveDecision", caseId,
            new { body, membersEntitled = entitled, attendees, votesFor, votesAgainst = attendees - votesFor, abstentions = 0, principalSpokeLast = true, effectiveOn = on, correction },
            "case { id version steps { step version } }");

    private static IEnumerable<string> Rules(JsonArray findings, string status = "RAISED") =>
        findings.Where(f => f!["status"]!.GetValue<string>() == status).Select(f => f!["ruleId"]!.GetValue<string>());

    [Fact]
    [RuleTest("NX-AGE-TRANSFER-GRASSROOTS-45", RuleTestKind.ApiScenario)]
    public async Task An_over_age_transfer_into_a_county_section_post_is_found_and_a_younger_candidate_is_not()
    {
        var (county, _) = await UnitsAsync("AGE");
        var post = LedgerScenarios.Post(county, "区财政局副局长", "TOWNSHIP", "DEPUTY");
        var overAge = await CaseAsync("INBOUND_TRANSFER", "1969-11-20", null, post, "2017-02-10", "AGE-1");
        var young = await CaseAsync("INBOUND_TRANSFER", "1971-03-11", null, post, "2017-02-10", "AGE-2");
        await DecideAsync(overAge, "2017-03-10");
        await DecideAsync(young, "2017-03-10"); // 45 周岁 that day: within the cap

        var found = Assert.Single(await host.FindingsOfCaseAsync(overAge), f => f!["ruleId"]!.GetValue<string>() == "NX-AGE-TRANSFER-GRASSROOTS-45")!;
        Assert.Equal(2, found["ruleVersion"]!.GetValue<int>());
        Assert.Equal("VIOLATION", found["severity"]!.GetValue<string>());
        Assert.Contains("candidate was 47 (born 1969-11-20); cap 45", found["explanation"]!.GetValue<string>());
        Assert.DoesNotContain("NX-AGE-TRANSFER-GRASSROOTS-45", Rules(await host.FindingsOfCaseAsync(young)));
    }

    /// <summary>Given: a county deputy post and a case moving a deputy of <paramref name="fromTitle"/> into it, opened 2026-06-20.</summary>
    private async Task<string> ExchangeIntoDeputyPostAsync(string county, string channel, string fromTitle, string code) =>
        await CaseAsync(channel, "1975-01-01", LedgerScenarios.Post(county, fromTitle, "COUNTY", "DEPUTY"),
            LedgerScenarios.Post(county, "区委统战部副部长", "COUNTY", "DEPUTY"), "2026-06-20", code);

    [Fact]
    [RuleTest("NX-EXCHANGE-COLLECTIVE-DECISION", RuleTestKind.ApiScenario)]
    public async Task An_exchange_decided_by_a_secretaries_meeting_is_found_and_one_by_the_standing_committee_is_not()
    {
        var (county, _) = await UnitsAsync("DEC");
        var secretaries = await ExchangeIntoDeputyPostAsync(county, "ROTATION", "区委组织部副部长", "DEC-1");
        var proper = await ExchangeIntoDeputyPostAsync(county, "ROTATION", "区委办副主任", "DEC-3");
        await DecideAsync(secretaries, "2026-06-28", 5, 5, 5, "SECRETARIES_MEETING");
        await DecideAsync(proper, "2026-06-28", 11, 8, 6);

        var found = await host.RaisedFindingAsync(secretaries, "NX-EXCHANGE-COLLECTIVE-DECISION");
        Assert.Equal("VIOLATION", found?["severity"]!.GetValue<string>());
        Assert.Contains("书记办公会", found!["explanation"]!.GetValue<string>());
        Assert.Empty(await host.FindingsOfCaseAsync(proper));
    }

    [Fact]
    [RuleTest("TL-DECISION-QUORUM", RuleTestKind.ApiScenario)]
    public async Task A_decision_with_six_of_eleven_present_is_found_and_one_with_eight_present_and_six_in_favour_is_not()
    {
        var (county, _) = await UnitsAsync("DECQ");
        var thin = await ExchangeIntoDeputyPostAsync(county, "LATERAL_TRANSFER", "区委常委", "DECQ-1");
        var proper = await ExchangeIntoDeputyPostAsync(county, "LATERAL_TRANSFER", "区委办副主任", "DECQ-2");
        await DecideAsync(thin, "2026-06-28", 11, 6, 6);
        await DecideAsync(proper, "2026-06-28", 11, 8, 6);

        Assert.Equal("VIOLATION", (await host.RaisedFindingAsync(thin, "TL-DECISION-QUORUM"))?["severity"]!.GetValue<string>());
        Assert.Null(await host.RaisedFindingAsync(proper, "TL-DECISION-QUORUM"));
    }

    [Fact]
    public async Task A_correction_that_removes_the_cause_clears_the_finding_by_an_event_and_re_evaluation_adds_no_duplicate()
    {
        var (county, _) = await UnitsAsync("COR");
        var caseId = await CaseAsync("LATERAL_TRANSFER", "1975-01-01", LedgerScenarios.Post(county, "区委常委", "COUNTY", "DEPUTY"),
            LedgerScenarios.Post(county, "区委秘书长", "COUNTY", "DEPUTY"), "2026-07-01", "COR-1");
        var decided = await DecideAsync(caseId, "2026-07-15", 11, 6, 6);
        var quorum = Assert.Single(await host.FindingsOfCaseAsync(caseId), f => f!["ruleId"]!.GetValue<string>() == "TL-DECISION-QUORUM")!;
        var decisionVersion = decided["steps"]!.AsArray().Single(s => s!["step"]!.GetValue<string>() == "COLLECTIVE_DECISION")!["version"]!.GetValue<int>();

        await DecideAsync(caseId, "2026-07-15", 11, 10, 10, correction: new { correctedVersion = decisionVersion, reason = "到会人数录入错误" });
        var after = await host.FindingsOfCaseAsync(caseId);
        var cleared = Assert.Single(after, f => f!["id"]!.GetValue<string>() == Id(quorum))!;
        Assert.Equal("CLEARED", cleared["status"]!.GetValue<string>());
        Assert.Empty(Rules(after));
        var events = await host.ScalarAsync(
            $"select count(*) from {{schema}}.mt_events where stream_id = '{StreamId(quorum)}'");
        Assert.Equal(2, events); // raised, cleared: never deleted, never raised twice
    }

    [Fact]
    public async Task A_promotion_during_a_secondment_without_consent_is_found_and_a_short_notice_too()
    {
        var (county, township) = await UnitsAsync("SEC");
        var cadre = await graphQL.RegisterCadreAsync("王磊", "1985-05-05");
        var secondment = Id(await graphQL.MutateAsync("openCase",
            new { channel = "OUTBOUND_SECONDMENT", cadreId = Id(cadre), effectiveOn = "2026-05-06" }, "case { id }"));
        await graphQL.StepAsync("startSecondment", secondment, new
        {
            sendingUnitId = county, hostUnitId = township, hostPost = LedgerScenarios.Post(township, "挂职副镇长", "TOWNSHIP", "DEPUTY"),
            startOn = "2026-05-15", plannedEndOn = "2027-05-15",
        });
        var promotion = Id(await graphQL.MutateAsync("openCase",
            new
            {
                channel = "INTERNAL_PROMOTION", cadreId = Id(cadre), fromPost = LedgerScenarios.Post(county, "县委办公室副主任", "TOWNSHIP", "DEPUTY"),
                toPost = LedgerScenarios.Post(county, "县委办公室主任", "TOWNSHIP", "CHIEF"), effectiveOn = "2026-09-20",
            }, "case { id }"));
        await graphQL.StepAsync("raiseMotion", promotion, new { proposedBy = "县委组织部", summary = "拟提拔", effectiveOn = "2026-09-21" });
        await graphQL.StepAsync("holdDemocraticRecommendation", promotion,
            new { mode = "INTERVIEW_SURVEY", directed = true, directedPost = "县委办公室主任", participants = 25, candidateCount = 2, effectiveOn = "2026-09-22" });
        await graphQL.StepAsync("completeInspection", promotion, new { teamMembers = new[] { "马强", "丁丽" }, reportReference = "永组考〔2026〕12号", effectiveOn = "2026-10-08" });
        await DecideAsync(promotion, "2026-10-15");
        await graphQL.StepAsync("givePublicNotice", promotion,
            new { scope = "永宁县", startOn = "2026-10-16", endOn = "2026-10-21", objectionsReceived = 0, objectionsResolved = 0 });

        // 10-16 (Fri), 10-19..21 (Mon–Wed): four working days.
        Assert.Equal(["NX-SECONDMENT-PROMOTION-CONSENT", "TL-PUBLICITY-5WD"], Rules(await host.FindingsOfCaseAsync(promotion)).Order());
        Assert.Empty(await host.FindingsOfCaseAsync(secondment));
    }

    [Fact]
    [RuleTest("TL-PUBLICITY-5WD", RuleTestKind.ApiScenario)]
    public async Task A_notice_into_a_year_the_calendar_lacks_is_for_review_unless_its_known_days_already_reach_five()
    {
        var (county, _) = await UnitsAsync("UNC");
        var from = LedgerScenarios.Post(county, "县委办公室副主任", "TOWNSHIP", "DEPUTY");
        var to = LedgerScenarios.Post(county, "县委办公室主任", "TOWNSHIP", "CHIEF");
        async Task<string> NoticedAsync(string code, string startOn, string endOn)
        {
            var caseId = await CaseAsync("INTERNAL_PROMOTION", "1985-01-01", from, to, "2015-12-01", code);
            await DecideAsync(caseId, "2015-12-15");
            await graphQL.StepAsync("givePublicNotice", caseId,
                new { scope = "原州区", startOn, endOn, objectionsReceived = 0, objectionsResolved = 0 });
            return caseId;
        }
        // The calendar covers 2016 on: 2016-01-04..08 (Mon–Fri) are five known working days whatever 2015's days were;
        // 2015-12-21..2016-01-01 has no known working day (1 January is a holiday) in twelve calendar days.
        var reaching = await NoticedAsync("UNC-1", "2015-12-28", "2016-01-08");
        var unknown = await NoticedAsync("UNC-2", "2015-12-21", "2016-01-01");

        var found = Assert.Single(await host.FindingsOfCaseAsync(unknown), f => f!["ruleId"]!.GetValue<string>() == "TL-PUBLICITY-5WD")!;
        Assert.Equal("NEEDS_REVIEW", found["severity"]!.GetValue<string>());
        Assert.Contains("the official holiday calendar does not cover that year", found["explanation"]!.GetValue<string>());
        Assert.DoesNotContain("TL-PUBLICITY-5WD", Rules(await host.FindingsOfCaseAsync(reaching)));
    }

    /// <summary>
    /// Given: a county section deputy promoted to chief through a motion, a directed recommendation on <paramref name="recommendedOn"/>,
    /// an inspection by <paramref name="team"/> on 2026-09-20 and a decision on 2026-10-01; or, without a recommendation date, a
    /// motion straight to a decision on 2026-09-10.
    /// </summary>
    private async Task<string> PromotionToSectionChiefAsync(string county, string code, string? recommendedOn, params string[] team)
    {
        var promotion = await CaseAsync("INTERNAL_PROMOTION", "1985-01-01", LedgerScenarios.Post(county, "县委办公室副主任", "TOWNSHIP", "DEPUTY"),
            LedgerScenarios.Post(county, "县委办公室主任", "TOWNSHIP", "CHIEF"), "2025-09-01", code);
        await graphQL.StepAsync("raiseMotion", promotion, new { proposedBy = "县委组织部", summary = "拟提拔", effectiveOn = "2025-09-02" });
        if (recommendedOn is null)
        {
            await DecideAsync(promotion, "2026-09-10");
            return promotion;
        }
        await graphQL.StepAsync("holdDemocraticRecommendation", promotion,
            new { mode = "MEETING", directed = true, directedPost = "县委办公室主任", participants = 25, candidateCount = 2, effectiveOn = recommendedOn });
        await graphQL.StepAsync("determineInspectionTargets", promotion, new { candidates = new[] { "甲", "乙" }, effectiveOn = "2026-09-10" });
        await graphQL.StepAsync("completeInspection", promotion, new { teamMembers = team, reportReference = $"考察〔2026〕{code}号", effectiveOn = "2026-09-20" });
        await DecideAsync(promotion, "2026-10-01");
        return promotion;
    }

    [Fact]
    [RuleTest("RECO-VALID-1Y", RuleTestKind.ApiScenario)]
    public async Task A_recommendation_more_than_a_year_before_the_decision_is_found_and_one_a_month_before_is_not()
    {
        var (county, _) = await UnitsAsync("RECO");
        var stale = await PromotionToSectionChiefAsync(county, "RECO-1", "2025-09-05", "马强", "丁丽");
        var fresh = await PromotionToSectionChiefAsync(county, "RECO-2", "2026-09-05", "马强", "丁丽");

        Assert.Equal("VIOLATION", (await host.RaisedFindingAsync(stale, "RECO-VALID-1Y"))?["severity"]!.GetValue<string>());
        Assert.DoesNotContain(Rules(await host.FindingsOfCaseAsync(fresh)), r => r is "RECO-VALID-1Y" or "PROC-ORDER-LEADERSHIP-PROMOTION");
    }

    [Fact]
    [RuleTest("TL-INSPECTION", RuleTestKind.ApiScenario)]
    public async Task A_one_person_inspection_is_found_and_a_team_of_two_is_not()
    {
        var (county, _) = await UnitsAsync("INSP");
        var alone = await PromotionToSectionChiefAsync(county, "INSP-1", "2026-09-05", "马强");
        var team = await PromotionToSectionChiefAsync(county, "INSP-2", "2026-09-05", "马强", "丁丽");

        Assert.Equal("VIOLATION", (await host.RaisedFindingAsync(alone, "TL-INSPECTION"))?["severity"]!.GetValue<string>());
        Assert.Null(await host.RaisedFindingAsync(team, "TL-INSPECTION"));
    }

    [Fact]
    public async Task A_decision_without_a_recommendation_or_an_inspection_is_out_of_order_and_nothing_else()
    {
        var (county, _) = await UnitsAsync("HASTY");
        var hasty = await PromotionToSectionChiefAsync(county, "HASTY-1", null);

        Assert.Equal(["PROC-ORDER-LEADERSHIP-PROMOTION"], Rules(await host.FindingsOfCaseAsync(hasty)));
    }

    [Fact]
    [RuleTest("NX-PROMO-TRANSFER-APPROVAL", RuleTestKind.ApiScenario)]
    public async Task An_over_age_transfer_completed_without_approval_is_found_and_one_approved_before_the_notice_is_not()
    {
        var (county, _) = await UnitsAsync("APR");
        var post = LedgerScenarios.Post(county, "区财政局副局长", "TOWNSHIP", "DEPUTY");
        var unapproved = await CaseAsync("INBOUND_TRANSFER", "1969-11-20", null, post, "2017-02-10", "APR-1");
        var approved = await CaseAsync("INBOUND_TRANSFER", "1969-11-20", null, post, "2017-02-10", "APR-2");
        foreach (var caseId in new[] { unapproved, approved })
        {
            await DecideAsync(caseId, "2017-03-10");
            await graphQL.StepAsync("givePublicNotice", caseId,
                new { scope = "原州区", startOn = "2017-03-13", endOn = "2017-03-17", objectionsReceived = 0, objectionsResolved = 0 });
        }
        await graphQL.StepAsync("requestApproval", approved, new { authority = "固原市委组织部", attachments = new[] { "调任审批表" }, effectiveOn = "2017-03-18" });
        await graphQL.StepAsync("grantApproval", approved, new { authority = "固原市委组织部", reference = "固组干〔2017〕3号", purpose = "AGE_EXCEPTION", effectiveOn = "2017-03-20" });
        foreach (var caseId in new[] { unapproved, approved })
            await graphQL.StepAsync("issueAppointmentNotice", caseId, new { takesEffectOn = "2017-03-27", onProbation = false, effectiveOn = "2017-03-24" });

        // Neither records the 调任's own steps before the decision (动议, the sending unit's opinion, 资格审查, 考察): TR08-PROCEDURE-ORDER
        // and PROC-ELIGIBILITY-REVIEW find that on both, and are not what this scenario is about.
        string[] procedure = ["TR08-PROCEDURE-ORDER", "PROC-ELIGIBILITY-REVIEW"];
        Assert.Equal(["NX-AGE-TRANSFER-GRASSROOTS-45", "NX-PROMO-TRANSFER-APPROVAL"], Rules(await host.FindingsOfCaseAsync(unapproved)).Where(r => !procedure.Contains(r)).Order());
        Assert.All(Rules(await host.FindingsOfCaseAsync(approved)), r => Assert.Contains(r, procedure)); // the age findings: raised at the decision, cleared by the approval
    }

    [Fact]
    public async Task The_catalogue_lists_every_rule_with_its_citation_and_versions()
    {
        var rules = (await graphQL.QueryAsync("{ auditRules { id titleChinese severity citation { document clause quote } versions { number inForceFrom inForceUntil parameters { name value } } } }"))["auditRules"]!.AsArray();
        var age = Assert.Single(rules, r => r!["id"]!.GetValue<string>() == "NX-AGE-TRANSFER-GRASSROOTS-45")!;
        Assert.Equal("宁组发〔2016〕31号", age["citation"]!["document"]!.GetValue<string>());
        Assert.Equal([40, 45], age["versions"]!.AsArray().Select(v => v!["parameters"]![0]!["value"]!.GetValue<int>()));
        Assert.Equal("2016-10-08", age["versions"]![1]!["inForceFrom"]!.GetValue<string>());
    }
}
