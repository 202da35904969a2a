using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>The signal rules (favour exchange, social-talent organiser, surprise promotion) through the real mutations.</summary>
public sealed class SignalRuleScenarioTests(AuditHost host) : IClassFixture<AuditHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private Task<JsonNode> DecideAsync(string caseId, string on) =>
        graphQL.StepAsync("takeCollectiveDecision", caseId,
            new { body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = 9, votesFor = 9, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = on });

    private async Task<JsonNode?> FindingAsync(string caseId, string ruleId) =>
        (await host.FindingsOfCaseAsync(caseId)).SingleOrDefault(f => f!["ruleId"]!.GetValue<string>() == ruleId && f["status"]!.GetValue<string>() == "RAISED");

    [Fact]
    [RuleTest("NX-NO-FAVOUR-EXCHANGE", RuleTestKind.ApiScenario)]
    public async Task A_personal_request_home_next_to_a_relative_is_flagged_for_review_and_an_exchange_for_work_needs_is_not()
    {
        var home = Id(await graphQL.RegisterUnitAsync("SG-FAV-1", "西吉县"));
        var elsewhere = Id(await graphQL.RegisterUnitAsync("SG-FAV-2", "原州区"));
        var wife = await graphQL.RegisterCadreAsync("马兰", "1982-01-01");
        await graphQL.MutateAsync("recordBaselinePost",
            new { cadreId = Id(wife), post = LedgerScenarios.Post(home, "县委办公室主任", "TOWNSHIP", "CHIEF"), from = "2020-01-01" }, "cadre { id }");
        var cadre = await graphQL.RegisterCadreAsync("马文军"); // grew up in 西吉县
        await graphQL.MutateAsync("declareKinRelation",
            new { cadreId = Id(cadre), relativeName = "马兰", relativeCadreId = Id(wife), relation = "SPOUSE", effectiveOn = "2021-01-01" }, "cadre { id }");

        var favour = Id(await graphQL.OpenCaseAsync(Id(cadre), LedgerScenarios.Post(home, "副县长"), effectiveOn: "2026-04-01", exchangeReason: "PERSONAL_REQUEST"));
        await DecideAsync(favour, "2026-04-20");
        var plain = Id(await graphQL.OpenCaseAsync(Id(cadre), LedgerScenarios.Post(elsewhere, "副区长"), effectiveOn: "2026-04-01"));
        await DecideAsync(plain, "2026-04-20");

        var found = await FindingAsync(favour, "NX-NO-FAVOUR-EXCHANGE");
        Assert.Equal("NEEDS_REVIEW", found?["severity"]!.GetValue<string>());
        var explanation = found!["explanation"]!.GetValue<string>();
        Assert.Contains("the stated reason is the cadre's own request", explanation);
        Assert.Contains("the destination 西吉县 lies in the growth place '西吉县' (西吉县)", explanation);
        Assert.Contains("the declared relative 马兰 (Spouse) then held 县委办公室主任 in 西吉县", explanation);
        Assert.Null(await FindingAsync(plain, "NX-NO-FAVOUR-EXCHANGE"));
    }

    private async Task<string> PromotionAsync(string unit, string decidedOn)
    {
        var cadre = await graphQL.RegisterCadreAsync("王磊", "1985-05-05");
        var promotion = Id(await graphQL.MutateAsync("openCase",
            new
            {
                channel = "INTERNAL_PROMOTION", cadreId = Id(cadre), fromPost = LedgerScenarios.Post(unit, "区委办公室副主任", "TOWNSHIP", "DEPUTY"),
                toPost = LedgerScenarios.Post(unit, "区委办公室主任", "TOWNSHIP", "CHIEF"), effectiveOn = "2026-03-01",
            }, "case { id }"));
        await DecideAsync(promotion, decidedOn);
        return promotion;
    }

    private Task<JsonNode> AnnounceDepartureAsync(string unit, string knownOn, string departsOn) =>
        graphQL.MutateAsync("announceLeaderDeparture",
            new { unitId = unit, leaderName = "张明", leaderPost = "区委书记", departsOn, effectiveOn = knownOn },
            "unit { id announcements { kind subject announcedOn endsOn } }");

    [Fact]
    [RuleTest("SURPRISE-PROMO-TRANSFER-OR-RESTRUCTURE", RuleTestKind.ApiScenario)]
    public async Task A_promotion_decided_while_the_leaders_departure_is_known_is_flagged_and_one_long_before_is_not()
    {
        var leaving = Id(await graphQL.RegisterUnitAsync("SG-SUR-1", "原州区"));
        var announced = await AnnounceDepartureAsync(leaving, "2026-05-01", "2026-06-30");
        Assert.Equal("LEADER_DEPARTURE", announced["announcements"]![0]!["kind"]!.GetValue<string>());
        var rushed = await PromotionAsync(leaving, "2026-05-10");

        var earlier = Id(await graphQL.RegisterUnitAsync("SG-SUR-2", "西吉县"));
        await AnnounceDepartureAsync(earlier, "2026-01-05", "2026-02-27");
        var ordinary = await PromotionAsync(earlier, "2026-05-10");

        var found = await FindingAsync(rushed, "SURPRISE-PROMO-TRANSFER-OR-RESTRUCTURE");
        Assert.Equal("NEEDS_REVIEW", found?["severity"]!.GetValue<string>());
        Assert.Contains("the departure of 原州区's principal leader 区委书记 张明 (known 2026-05-01, leaving 2026-06-30; window 2026-03-30 to 2026-06-30)",
            found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(ordinary, "SURPRISE-PROMO-TRANSFER-OR-RESTRUCTURE"));
    }

    [Fact]
    public async Task A_departure_recorded_after_the_promotion_raises_the_finding_when_it_is_recorded()
    {
        var unit = Id(await graphQL.RegisterUnitAsync("SG-SUR-3", "原州区"));
        var promotion = await PromotionAsync(unit, "2026-05-10");
        Assert.Null(await FindingAsync(promotion, "SURPRISE-PROMO-TRANSFER-OR-RESTRUCTURE"));

        await AnnounceDepartureAsync(unit, "2026-05-20", "2026-07-31");
        Assert.NotNull(await FindingAsync(promotion, "SURPRISE-PROMO-TRANSFER-OR-RESTRUCTURE"));
    }

    [Fact]
    [RuleTest("NX-SOCIAL-TALENT-CENTRAL-ORG", RuleTestKind.ApiScenario)]
    public async Task An_outside_talent_recruited_by_a_city_on_its_own_is_found_and_one_organised_by_the_region_is_not()
    {
        var city = Id(await graphQL.RegisterUnitAsync("SG-TAL-1", "银川市", "CITY", area: "PLAIN"));
        var talent = await graphQL.MutateAsync("registerCadre",
            new
            {
                name = "周敏", gender = "FEMALE", birthDate = "1985-07-19", ethnicity = "汉族", education = "硕士研究生",
                workStartDate = "2010-07-01", category = "SOCIAL_TALENT", growthPlaces = new[] { "银川市" },
            },
            "cadre { id }");
        async Task<string> ContractAsync(string code, string? organisingAuthority)
        {
            var opened = Id(await graphQL.MutateAsync("openCase",
                new { channel = "CONTRACT_APPOINTMENT", cadreId = Id(talent), toPost = LedgerScenarios.Post(city, "市科技局聘任制首席工程师"), effectiveOn = "2025-03-01", documentReference = code },
                "case { id }"));
            await graphQL.StepAsync("raiseMotion", opened, new { proposedBy = "银川市委组织部", summary = "聘任周敏为首席工程师", organisingAuthority, effectiveOn = "2025-03-02" });
            return opened;
        }
        var local = await ContractAsync("TAL-1", null);
        var regional = await ContractAsync("TAL-2", "自治区人力资源和社会保障厅");

        var found = await FindingAsync(local, "NX-SOCIAL-TALENT-CENTRAL-ORG");
        Assert.Equal("VIOLATION", found?["severity"]!.GetValue<string>());
        Assert.Contains("is organised by 银川市委组织部 (motion of 2025-03-02)", found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(regional, "NX-SOCIAL-TALENT-CENTRAL-ORG"));
        var motion = (await graphQL.QueryAsync("query($id: ID!) { case(id: $id) { motion { proposedBy organisingAuthority delegationReference } } }", new { id = regional }))["case"]!["motion"]!;
        Assert.Equal("自治区人力资源和社会保障厅", motion["organisingAuthority"]!.GetValue<string>());
    }
}
