using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.CaseSteps;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Cadres;

/// <summary>Kin, sanctions, assessments, the reserve pool, corrections and leaving the service, over GraphQL.</summary>
public sealed class CadreChangeTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private const string Profile = "cadre { id name birthDate version reservePoolLevel leftServiceOn annualAssessments { year grade } }";

    private static JsonObject Input(JsonNode cadre, object fields)
    {
        var input = System.Text.Json.JsonSerializer.SerializeToNode(fields)!.AsObject();
        input["cadreId"] = Id(cadre);
        return input;
    }

    private Task<JsonNode> ChangeAsync(string mutation, JsonNode cadre, object fields) => graphQL.MutateAsync(mutation, Input(cadre, fields), Profile);

    /// <summary>Refused with this code and field, and nothing appended.</summary>
    private async Task AssertRefusedAsync(string mutation, JsonNode cadre, object fields, string code, string? field)
    {
        var before = await host.EventCountAsync();
        var payload = await graphQL.PayloadAsync(mutation, Input(cadre, fields), "cadre { id }");
        AssertRefused(payload, "cadre", code, field);
        Assert.Equal(before, await host.EventCountAsync());
    }

    [Fact]
    public async Task A_kin_relation_is_declared_linking_the_relative_and_the_cadre_is_not_their_own_relative()
    {
        var cadre = await graphQL.RegisterCadreAsync();
        var relative = await graphQL.RegisterCadreAsync("马兰", "1982-03-01");

        var changed = await ChangeAsync("declareKinRelation", cadre,
            new { relativeName = "马兰", relativeCadreId = Id(relative), relation = "SPOUSE", effectiveOn = "2026-01-10", expectedVersion = 1 });

        Assert.Equal(2, changed["version"]!.GetValue<int>());
        Assert.Equal(1, await host.ScalarAsync($"select count(*) from {{schema}}.mt_events where type = 'kin_relation_declared.v1' and data->>'RelativeCadreId' = '{StreamId(relative)}'"));
        await AssertRefusedAsync("declareKinRelation", cadre,
            new { relativeName = "马文军", relativeCadreId = Id(cadre), relation = "SPOUSE", effectiveOn = "2026-01-10" }, "INCONSISTENT_INPUT", "input.relativeCadreId");
    }

    [Fact]
    public async Task A_sanction_is_recorded_and_a_negative_period_is_refused()
    {
        var cadre = await graphQL.RegisterCadreAsync();

        var changed = await ChangeAsync("recordSanction", cadre, new { kind = "PARTY_DISCIPLINE", sanction = "党内警告", startOn = "2025-06-01", periodMonths = 6 });

        Assert.Equal(2, changed["version"]!.GetValue<int>());
        await AssertRefusedAsync("recordSanction", cadre, new { kind = "ADMONISHMENT", sanction = "诫勉", startOn = "2025-06-01", periodMonths = -1 },
            "NEGATIVE_NUMBER", "input.periodMonths");
    }

    [Fact]
    public async Task An_annual_assessment_is_recorded_then_corrected_and_years_out_of_range_or_unrecorded_are_refused()
    {
        var cadre = await graphQL.RegisterCadreAsync();

        var recorded = await ChangeAsync("recordAnnualAssessment", cadre, new { year = 2024, grade = "COMPETENT", effectiveOn = "2025-01-20" });
        Assert.Equal("COMPETENT", recorded["annualAssessments"]![0]!["grade"]!.GetValue<string>());
        var corrected = await ChangeAsync("correctAnnualAssessment", cadre, new { year = 2024, grade = "EXCELLENT", reason = "等次录入错误" });

        Assert.Equal("EXCELLENT", Assert.Single(corrected["annualAssessments"]!.AsArray())!["grade"]!.GetValue<string>());
        Assert.Equal(3, corrected["version"]!.GetValue<int>());
        await AssertRefusedAsync("recordAnnualAssessment", cadre, new { year = 1990, grade = "COMPETENT", effectiveOn = "2025-01-20" },
            "ASSESSMENT_YEAR_INVALID", "input.year");
        await AssertRefusedAsync("correctAnnualAssessment", cadre, new { year = 2023, grade = "COMPETENT", reason = "补正" },
            "ASSESSMENT_NOT_RECORDED", "input.year");
    }

    [Fact]
    public async Task A_cadre_enters_and_leaves_the_reserve_pool_once_at_a_time()
    {
        var cadre = await graphQL.RegisterCadreAsync();

        var entered = await ChangeAsync("enterReservePool", cadre, new { targetLevel = "COUNTY", inspectionReference = "后备考察〔2025〕2号", effectiveOn = "2025-03-01" });
        Assert.Equal("COUNTY", entered["reservePoolLevel"]!.GetValue<string>());
        await AssertRefusedAsync("enterReservePool", cadre, new { targetLevel = "COUNTY", inspectionReference = "x", effectiveOn = "2025-03-01" },
            "ALREADY_IN_RESERVE_POOL", null);

        var left = await ChangeAsync("leaveReservePool", cadre, new { reason = "已提拔", effectiveOn = "2026-03-01" });
        Assert.Null(left["reservePoolLevel"]);
        await AssertRefusedAsync("leaveReservePool", cadre, new { reason = "已提拔", effectiveOn = "2026-03-01" }, "NOT_IN_RESERVE_POOL", null);
    }

    [Fact]
    public async Task A_personal_detail_is_corrected_and_an_unknown_field_is_refused()
    {
        var cadre = await graphQL.RegisterCadreAsync();

        var corrected = await ChangeAsync("correctPersonalDetails", cadre, new { field = "birthDate", newValue = "1980-05-12", reason = "身份证核对" });

        Assert.Equal("1980-05-12", corrected["birthDate"]!.GetValue<string>());
        Assert.Equal(1, await host.ScalarAsync($"select count(*) from {{schema}}.mt_events where type = 'personal_details_corrected.v1' and data->>'OldValue' = '1980-04-12' and stream_id = '{StreamId(cadre)}'"));
        await AssertRefusedAsync("correctPersonalDetails", cadre, new { field = "salary", newValue = "1", reason = "x" }, "UNKNOWN_FIELD", "input.field");
    }

    [Fact]
    public async Task Typed_corrections_record_each_field_with_its_old_value_the_reason_and_the_date_they_take_effect()
    {
        var cadre = await graphQL.RegisterCadreAsync();

        var corrected = await ChangeAsync("correctCadreDetails", cadre, new
        {
            name = "马文君", gender = "FEMALE", birthDate = "1980-05-12", ethnicity = "汉族", growthPlaces = new[] { "西吉县", "固原市" },
            effectiveOn = "2026-10-01", reason = "身份证核对", documentReference = "西组干〔2026〕31号",
        });

        Assert.Equal("马文君", corrected["name"]!.GetValue<string>());
        Assert.Equal("1980-05-12", corrected["birthDate"]!.GetValue<string>());
        var history = (await graphQL.QueryAsync("query($id: ID!) { cadre(id: $id) { history { type effectiveOn reason documentReference data } } }", new { id = Id(cadre) }))["cadre"]!["history"]!.AsArray()
            .Where(h => h!["type"]!.GetValue<string>() == "personal_details_corrected.v1").ToList();
        Assert.Equal(["name", "gender", "birthDate", "ethnicity", "growthPlaces"], history.Select(h => JsonNode.Parse(h!["data"]!.GetValue<string>())!["Field"]!.GetValue<string>()));
        Assert.All(history, h =>
        {
            Assert.Equal("2026-10-01", h!["effectiveOn"]!.GetValue<string>());
            Assert.Equal("身份证核对", h["reason"]!.GetValue<string>());
        });
        Assert.Equal("1980-04-12", JsonNode.Parse(history[2]!["data"]!.GetValue<string>())!["OldValue"]!.GetValue<string>());

        await AssertRefusedAsync("correctCadreDetails", cadre, new { ethnicity = "汉族", effectiveOn = "2026-10-01", reason = "x" }, "NO_CHANGE", "input.ethnicity");
        await AssertRefusedAsync("correctCadreDetails", cadre, new { name = "马文", effectiveOn = "2026-12-01", reason = "x" }, "DATE_IN_FUTURE", "input.effectiveOn");
        await AssertRefusedAsync("correctCadreDetails", cadre, new { effectiveOn = "2026-10-01", reason = "x" }, "REQUIRED", null);
        await AssertRefusedAsync("correctCadreDetails", cadre, new { workStartDate = "1970-01-01", effectiveOn = "2026-10-01", reason = "x" }, "WORK_BEFORE_BIRTH", "input.workStartDate");
    }

    [Fact]
    public async Task A_cadre_who_left_the_service_takes_no_more_records()
    {
        var cadre = await graphQL.RegisterCadreAsync();

        var left = await ChangeAsync("recordCadreLeavingService", cadre, new { reason = "退休", effectiveOn = "2026-04-30" });

        Assert.Equal("2026-04-30", left["leftServiceOn"]!.GetValue<string>());
        await AssertRefusedAsync("recordCadreLeavingService", cadre, new { reason = "退休", effectiveOn = "2026-04-30" }, "CADRE_LEFT_SERVICE", null);
    }

    [Fact]
    public async Task A_stale_expected_version_on_a_cadre_conflicts()
    {
        var cadre = await graphQL.RegisterCadreAsync();
        await ChangeAsync("recordSanction", cadre, new { kind = "ADMONISHMENT", sanction = "诫勉", startOn = "2025-06-01", periodMonths = 0 });

        await AssertRefusedAsync("recordAnnualAssessment", cadre, new { year = 2024, grade = "COMPETENT", effectiveOn = "2025-01-20", expectedVersion = 1 },
            "CONCURRENCY_CONFLICT", "input.expectedVersion");
    }
}
