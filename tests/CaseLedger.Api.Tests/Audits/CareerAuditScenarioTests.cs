using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>The transfer rules that read the cadre's career or a transfer's qualification, through the real mutations.</summary>
public sealed class CareerAuditScenarioTests(AuditHost host) : IClassFixture<AuditHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private async Task<string> CadreAsync(string birthDate, params (object Post, string From, string? To)[] career)
    {
        var cadre = Id(await graphQL.RegisterCadreAsync("杨建国", birthDate));
        foreach (var (post, from, to) in career)
            await graphQL.MutateAsync("recordBaselinePost", new { cadreId = cadre, post, from, to }, "cadre { id }");
        return cadre;
    }

    private async Task<string> TransferAsync(string channel, string cadreId, object? fromPost, object toPost, string decidedOn, Func<string, Task>? beforeDecision = null)
    {
        var caseId = Id(await graphQL.MutateAsync("openCase",
            new { channel, cadreId, fromPost, toPost, exchangeReason = "WORK_NEEDS", effectiveOn = "2017-02-10" }, "case { id }"));
        if (beforeDecision is not null)
            await beforeDecision(caseId);
        await graphQL.StepAsync("takeCollectiveDecision", caseId,
            new { body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = 9, votesFor = 9, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = decidedOn });
        return caseId;
    }

    private async Task<JsonNode?> FindingAsync(string caseId, string ruleId) =>
        (await host.FindingsOfCaseAsync(caseId)).SingleOrDefault(f => f!["ruleId"]!.GetValue<string>() == ruleId && f["status"]!.GetValue<string>() == "RAISED");

    [Fact]
    [RuleTest("NX-AGE-RETRANSFER-55", RuleTestKind.ApiScenario)]
    public async Task A_57_year_old_transferred_back_from_a_public_institution_is_found_and_a_54_year_old_is_not()
    {
        var organ = Id(await graphQL.RegisterUnitAsync("CAR-ORGAN", "自治区农业农村厅", "REGION", area: null));
        var station = Id(await graphQL.RegisterUnitAsync("CAR-PI", "自治区农业技术推广总站", "REGION", kind: "PUBLIC_INSTITUTION", area: null));
        var organPost = LedgerScenarios.Post(organ, "种植业管理处处长", "COUNTY", "CHIEF");
        var stationPost = LedgerScenarios.Post(station, "站长", "COUNTY", "CHIEF");
        var backPost = LedgerScenarios.Post(organ, "总农艺师", "COUNTY", "CHIEF");
        (object, string, string?)[] career = [(organPost, "2005-01-01", "2011-12-31"), (stationPost, "2012-01-01", null)];
        var older = await TransferAsync("INBOUND_TRANSFER", await CadreAsync("1959-06-01", career), stationPost, backPost, "2017-03-02");
        var younger = await TransferAsync("INBOUND_TRANSFER", await CadreAsync("1962-06-01", career), stationPost, backPost, "2017-03-02");

        var found = await FindingAsync(older, "NX-AGE-RETRANSFER-55");
        Assert.NotNull(found);
        Assert.Equal("VIOLATION", found["severity"]!.GetValue<string>());
        Assert.Contains("then moved to the public institution 自治区农业技术推广总站 as 站长 from 2012-01-01; candidate was 57; cap 55",
            found["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(younger, "NX-AGE-RETRANSFER-55"));
    }

    [Fact]
    [RuleTest("NX-PROMO-TRANSFER-ELIGIBILITY", RuleTestKind.ApiScenario)]
    public async Task A_promotion_transfer_without_a_recorded_qualification_is_found_and_one_qualified_by_open_selection_is_not()
    {
        var soe = Id(await graphQL.RegisterUnitAsync("CAR-SOE", "宁夏某国企", "REGION", kind: "STATE_OWNED_ENTERPRISE", area: null));
        var county = Id(await graphQL.RegisterUnitAsync("CAR-COUNTY", "原州区"));
        var manager = LedgerScenarios.Post(soe, "部门经理", "TOWNSHIP", "CHIEF");
        var deputyHead = LedgerScenarios.Post(county, "副区长", "COUNTY", "DEPUTY");
        var unqualified = await TransferAsync("PROMOTIONAL_INBOUND_TRANSFER", await CadreAsync("1980-01-01"), manager, deputyHead, "2017-03-02");
        var qualified = await TransferAsync("PROMOTIONAL_INBOUND_TRANSFER", await CadreAsync("1980-01-01"), manager, deputyHead, "2017-03-02",
            caseId => graphQL.StepAsync("recordTransferQualification", caseId,
                new { route = "OPEN_SELECTION", reference = "固组通〔2017〕2号 公开选拔结果", effectiveOn = "2017-01-20" },
                "case { id transferQualification { route reference obtainedOn } }"));

        var found = await FindingAsync(unqualified, "NX-PROMO-TRANSFER-ELIGIBILITY");
        Assert.NotNull(found);
        Assert.Contains("no qualification from a competitive selection or re-election is recorded", found["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(qualified, "NX-PROMO-TRANSFER-ELIGIBILITY"));
        var shown = await graphQL.QueryAsync("query($id: ID!) { case(id: $id) { transferQualification { route obtainedOn } stepsDone } }", new { id = qualified });
        Assert.Equal("OPEN_SELECTION", shown["case"]!["transferQualification"]!["route"]!.GetValue<string>());
        Assert.Contains("TRANSFER_QUALIFICATION", shown["case"]!["stepsDone"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    [RuleTest("NX-CANZHAO-TO-CIVIL-SERVICE", RuleTestKind.ApiScenario)]
    public async Task A_transfer_out_of_a_canzhao_unit_without_registration_is_found_and_a_registered_open_recruit_is_not()
    {
        var bureau = Id(await graphQL.RegisterUnitAsync("CAR-SB", "自治区社会保险事业管理局", "REGION", kind: "PUBLIC_INSTITUTION", area: null));
        await graphQL.MutateAsync("reclassifyUnit",
            new { unitId = bureau, kind = "REFERENCE_MANAGED_UNIT", referenceManagedApprovedOn = "2010-06-01", effectiveOn = "2016-01-01" }, "unit { id }");
        var organ = Id(await graphQL.RegisterUnitAsync("CAR-RST", "自治区人力资源和社会保障厅", "REGION", area: null));
        var section = LedgerScenarios.Post(bureau, "基金征缴科科长", "TOWNSHIP", "CHIEF");
        var office = LedgerScenarios.Post(organ, "办公室主任", "TOWNSHIP", "CHIEF");
        Task RegisterAsync(string cadreId) => graphQL.MutateAsync("recordReferenceManagedRegistration",
            new { cadreId, unitId = bureau, hiredOn = "2008-07-01", hiredThrough = "PUBLIC_INSTITUTION_OPEN_RECRUITMENT", reference = "宁人社登〔2011〕5号", registeredOn = "2011-03-01" },
            "cadre { id }");
        var registered = await CadreAsync("1980-01-01");
        await RegisterAsync(registered);
        var unregistered = await CadreAsync("1980-01-01");
        var unregisteredCase = await TransferAsync("LATERAL_TRANSFER", unregistered, section, office, "2017-03-02");
        var registeredCase = await TransferAsync("LATERAL_TRANSFER", registered, section, office, "2017-03-02");

        var found = await FindingAsync(unregisteredCase, "NX-CANZHAO-TO-CIVIL-SERVICE");
        Assert.NotNull(found);
        Assert.Equal("VIOLATION", found["severity"]!.GetValue<string>());
        Assert.Contains("no 参公 registration in that unit by then", found["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(registeredCase, "NX-CANZHAO-TO-CIVIL-SERVICE"));

        // The registration entered late (it dates from 2011) is a cadre event: the cadre's cases are judged again and the finding clears.
        await RegisterAsync(unregistered);
        Assert.Null(await FindingAsync(unregisteredCase, "NX-CANZHAO-TO-CIVIL-SERVICE"));
    }
}
