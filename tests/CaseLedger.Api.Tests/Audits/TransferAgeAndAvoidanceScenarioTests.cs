using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>TR08-AGE-*, TR08-PROCEDURE-ORDER, AVOID-KIN-POSTS and AVOID-REGION through the real mutations.</summary>
public sealed class TransferAgeAndAvoidanceScenarioTests(AuditHost host) : IClassFixture<AuditHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private Task<JsonNode> DecideAsync(string caseId, string on) =>
        graphQL.StepAsync("takeCollectiveDecision", caseId,
            new { body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = 9, votesFor = 9, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = on });

    private Task<JsonNode?> FindingAsync(string caseId, string ruleId) => host.RaisedFindingAsync(caseId, ruleId);

    private async Task<string> TransferAsync(string birthDate, object toPost, string decidedOn, string? approvalPurpose)
    {
        var cadre = await graphQL.RegisterCadreAsync("沙建华", birthDate);
        var caseId = Id(await graphQL.OpenCaseAsync(Id(cadre), toPost, channel: "INBOUND_TRANSFER", effectiveOn: "2017-02-10"));
        await DecideAsync(caseId, decidedOn);
        if (approvalPurpose is not null)
        {
            await graphQL.StepAsync("requestApproval", caseId, new { authority = "自治区党委组织部", attachments = new[] { "调任审批表" }, effectiveOn = "2017-03-15" });
            await graphQL.StepAsync("grantApproval", caseId, new { authority = "自治区党委组织部", reference = "宁组干〔2017〕9号", purpose = approvalPurpose, effectiveOn = "2017-03-20" });
        }
        return caseId;
    }

    [Fact]
    [RuleTest("TR08-AGE-COUNTYTEAM-50", RuleTestKind.ApiScenario)]
    public async Task A_transfer_into_a_county_team_over_50_is_found_with_a_routine_approval_and_not_with_an_age_exception()
    {
        var county = Id(await graphQL.RegisterUnitAsync("TA-CT-1", "永宁县"));
        var post = LedgerScenarios.Post(county, "副县长", "COUNTY", "DEPUTY");
        var routine = await TransferAsync("1965-02-02", post, "2017-03-10", "ROUTINE");
        var exception = await TransferAsync("1965-02-02", post, "2017-03-10", "AGE_EXCEPTION");
        var young = await TransferAsync("1970-02-02", post, "2017-03-10", null);

        var found = await FindingAsync(routine, "TR08-AGE-COUNTYTEAM-50");
        Assert.Equal("VIOLATION", found?["severity"]!.GetValue<string>());
        Assert.Contains("candidate was 52 (born 1965-02-02), over the cap of 50; the approval recorded (宁组干〔2017〕9号) is routine, not an age exception",
            found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(exception, "TR08-AGE-COUNTYTEAM-50"));
        Assert.Null(await FindingAsync(young, "TR08-AGE-COUNTYTEAM-50"));
    }

    /// <summary>Given: a city and its development-and-reform bureau, registered under the codes <paramref name="code"/>-1 and -2.</summary>
    private async Task<string> CityBureauAsync(string code)
    {
        var city = Id(await graphQL.RegisterUnitAsync($"{code}-1", "固原市", "CITY"));
        return Id(await graphQL.RegisterUnitAsync($"{code}-2", "固原市发展和改革委员会", "CITY", parentId: city));
    }

    /// <summary>
    /// When: two candidates are transferred into <paramref name="post"/> on 2017-03-10, one born <paramref name="overCapBirth"/> (over the
    /// cap that day) and one born <paramref name="withinCapBirth"/>. Then: the first has the rule's violation naming the cap, the second none.
    /// </summary>
    private async Task OnlyTheOverAgeTransferIsFoundAsync(string ruleId, object post, string overCapBirth, string withinCapBirth, string capText)
    {
        var over = await TransferAsync(overCapBirth, post, "2017-03-10", null);
        var within = await TransferAsync(withinCapBirth, post, "2017-03-10", null);

        var found = await FindingAsync(over, ruleId);
        Assert.Equal("VIOLATION", found?["severity"]!.GetValue<string>());
        Assert.Contains(capText, found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(within, ruleId));
    }

    [Fact]
    [RuleTest("TR08-AGE-KE-40", RuleTestKind.ApiScenario)]
    public async Task A_42_year_old_transferred_into_a_city_section_post_is_found_and_a_39_year_old_is_not() =>
        await OnlyTheOverAgeTransferIsFoundAsync("TR08-AGE-KE-40", LedgerScenarios.Post(await CityBureauAsync("TA-KE"), "综合科科长", "TOWNSHIP", "CHIEF"),
            "1975-01-01", "1977-06-01", "over the cap of 40");

    [Fact]
    [RuleTest("TR08-AGE-CHU-45", RuleTestKind.ApiScenario)]
    public async Task A_47_year_old_transferred_into_a_city_division_post_is_found_and_a_44_year_old_is_not_nor_judged_by_the_county_team_cap()
    {
        var post = LedgerScenarios.Post(await CityBureauAsync("TA-CHU"), "副主任", "COUNTY", "DEPUTY");
        await OnlyTheOverAgeTransferIsFoundAsync("TR08-AGE-CHU-45", post, "1970-01-01", "1972-06-01", "over the cap of 45");
        Assert.Null(await FindingAsync(await TransferAsync("1970-01-01", post, "2017-03-10", null), "TR08-AGE-COUNTYTEAM-50"));
    }

    [Fact]
    [RuleTest("TR08-AGE-TING-55", RuleTestKind.ApiScenario)]
    public async Task A_57_year_old_transferred_into_a_regional_bureau_post_is_found_and_a_55_year_old_is_not()
    {
        var region = Id(await graphQL.RegisterUnitAsync("TA-REG-1", "自治区党委组织部", "REGION", area: null));
        await OnlyTheOverAgeTransferIsFoundAsync("TR08-AGE-TING-55", LedgerScenarios.Post(region, "副部长", "DEPARTMENTAL", "DEPUTY"),
            "1960-01-01", "1962-01-01", "over the cap of 55");
    }

    [Fact]
    [RuleTest("AVOID-KIN-POSTS", RuleTestKind.ApiScenario)]
    public async Task A_relative_clerk_in_the_bureau_the_cadre_is_made_head_of_is_for_review_and_one_in_another_unit_is_not()
    {
        var county = Id(await graphQL.RegisterUnitAsync("AK-1", "原州区"));
        var other = Id(await graphQL.RegisterUnitAsync("AK-2", "彭阳县"));
        async Task<string> PromotedWithBrotherInAsync(string brothersUnit)
        {
            var brother = await graphQL.RegisterCadreAsync("马杰", "1990-03-03");
            await graphQL.MutateAsync("recordBaselinePost", new
            {
                cadreId = Id(brother), from = "2020-03-01",
                post = new { unitId = brothersUnit, title = "区财政局一级科员", level = "TOWNSHIP", grade = "DEPUTY", isLeadership = false, rank = "FIRST_CLASS_CLERK" },
            }, "cadre { id }");
            var cadre = await graphQL.RegisterCadreAsync("马骏", "1984-06-06");
            await graphQL.MutateAsync("declareKinRelation",
                new { cadreId = Id(cadre), relativeName = "马杰", relativeCadreId = Id(brother), relation = "COLLATERAL_KIN_WITHIN_THREE_GENERATIONS", effectiveOn = "2021-01-01" }, "cadre { id }");
            var caseId = Id(await graphQL.MutateAsync("openCase", new
            {
                channel = "INTERNAL_PROMOTION", cadreId = Id(cadre), effectiveOn = "2026-04-01",
                fromPost = LedgerScenarios.Post(county, "区财政局副局长", "TOWNSHIP", "DEPUTY"), toPost = LedgerScenarios.Post(county, "区财政局局长", "TOWNSHIP", "CHIEF"),
            }, "case { id }"));
            await DecideAsync(caseId, "2026-05-12");
            return caseId;
        }
        var together = await PromotedWithBrotherInAsync(county);
        var apart = await PromotedWithBrotherInAsync(other);

        var found = await FindingAsync(together, "AVOID-KIN-POSTS");
        Assert.Equal("NEEDS_REVIEW", found?["severity"]!.GetValue<string>());
        Assert.Contains("马杰（三代以内旁系血亲）时任区财政局一级科员", found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(apart, "AVOID-KIN-POSTS"));
    }

    [Fact]
    [RuleTest("AVOID-REGION", RuleTestKind.ApiScenario)]
    public async Task A_cadre_made_head_of_the_county_he_grew_up_in_is_for_review_and_head_of_another_is_not()
    {
        var home = Id(await graphQL.RegisterUnitAsync("AR-1", "西吉县"));
        var elsewhere = Id(await graphQL.RegisterUnitAsync("AR-2", "隆德县"));
        async Task<string> HeadOfAsync(string county)
        {
            var cadre = await graphQL.RegisterCadreAsync("虎成", "1978-01-01"); // grew up in 西吉县
            var caseId = Id(await graphQL.MutateAsync("openCase", new
            {
                channel = "INTERNAL_PROMOTION", cadreId = Id(cadre), effectiveOn = "2026-03-01",
                fromPost = LedgerScenarios.Post(county, "副县长", "COUNTY", "DEPUTY"), toPost = LedgerScenarios.Post(county, "县长", "COUNTY", "CHIEF"),
            }, "case { id }"));
            await DecideAsync(caseId, "2026-03-30");
            return caseId;
        }
        var homeCase = await HeadOfAsync(home);
        var otherCase = await HeadOfAsync(elsewhere);

        var found = await FindingAsync(homeCase, "AVOID-REGION");
        Assert.Equal("NEEDS_REVIEW", found?["severity"]!.GetValue<string>());
        Assert.Contains("which lies in the growth place '西吉县' (西吉县); a leading cadre must not hold such a chief post", found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(otherCase, "AVOID-REGION"));
    }

    [Fact]
    [RuleTest("TR08-PROCEDURE-ORDER", RuleTestKind.ApiScenario)]
    public async Task A_transfer_through_its_eight_steps_in_order_is_compliant_and_one_without_the_sending_units_opinion_is_not()
    {
        var county = Id(await graphQL.RegisterUnitAsync("TP-1", "原州区"));
        var soe = Id(await graphQL.RegisterUnitAsync("TP-2", "宁夏某国企", "REGION", kind: "STATE_OWNED_ENTERPRISE", area: null));
        async Task<string> TransferredAsync(bool opinion)
        {
            var cadre = await graphQL.RegisterCadreAsync("杨建国", "1980-01-01");
            var caseId = Id(await graphQL.OpenCaseAsync(Id(cadre), LedgerScenarios.Post(county, "区财政局副局长", "TOWNSHIP", "DEPUTY"), channel: "INBOUND_TRANSFER", effectiveOn: "2017-02-01"));
            await graphQL.StepAsync("raiseMotion", caseId, new { proposedBy = "原州区委组织部", summary = "拟调任", effectiveOn = "2017-02-02" });
            if (opinion)
            {
                var recorded = await graphQL.StepAsync("recordSendingUnitOpinion", caseId,
                    new { sendingUnitId = soe, agrees = true, opinionReference = "宁国资函〔2017〕3号", effectiveOn = "2017-02-10" },
                    "case { steps { step details { ... on SendingUnitOpinionDetails { agrees opinionReference sendingUnit { id } } } } }");
                var step = recorded["steps"]!.AsArray().Single(s => s!["step"]!.GetValue<string>() == "SENDING_UNIT_OPINION")!;
                Assert.Equal(soe, step["details"]!["sendingUnit"]!["id"]!.GetValue<string>());
            }
            await graphQL.StepAsync("completeInspection", caseId, new { teamMembers = new[] { "马强", "丁丽" }, reportReference = "原组考〔2017〕2号", effectiveOn = "2017-02-20" });
            await DecideAsync(caseId, "2017-03-02");
            await graphQL.StepAsync("givePublicNotice", caseId, new { scope = "原州区、宁夏某国企", startOn = "2017-03-03", endOn = "2017-03-09", objectionsReceived = 0, objectionsResolved = 0 });
            await graphQL.StepAsync("requestApproval", caseId, new { authority = "固原市委组织部", attachments = new[] { "公务员调任审批表", "考察材料", "调出单位意见" }, effectiveOn = "2017-03-10" });
            await graphQL.StepAsync("grantApproval", caseId, new { authority = "固原市委组织部", reference = "固组干〔2017〕3号", effectiveOn = "2017-03-20" });
            await graphQL.StepAsync("issueAppointmentNotice", caseId, new { takesEffectOn = "2017-03-27", onProbation = false, effectiveOn = "2017-03-24" });
            return caseId;
        }
        var complete = await TransferredAsync(opinion: true);
        var unasked = await TransferredAsync(opinion: false);

        Assert.Null(await FindingAsync(complete, "TR08-PROCEDURE-ORDER"));
        var found = await FindingAsync(unasked, "TR08-PROCEDURE-ORDER");
        Assert.Equal("VIOLATION", found?["severity"]!.GetValue<string>());
        Assert.Contains("notice issued 2017-03-24: missing the sending unit's opinion (SendingUnitOpinionRecorded)", found!["explanation"]!.GetValue<string>());
    }
}
