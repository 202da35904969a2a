using System.Text.Json.Nodes;

namespace CaseLedger.Api.Tests.Testing;

/// <summary>Builds the ledger a test starts from, through the same GraphQL mutations a client uses.</summary>
public static class LedgerScenarios
{
    public static Task<JsonNode> RegisterUnitAsync(this GraphQLClient graphQL, string code, string name = "西吉县",
        string level = "COUNTY", string? parentId = null, string kind = "PARTY_GOV_ORGAN", string? area = "MOUNTAIN") =>
        graphQL.MutateAsync("registerUnit",
            new { code, name, kind, level, parentId, area, effectiveOn = "2016-01-01" },
            "unit { id code name version }");

    public static Task<JsonNode> RegisterCadreAsync(this GraphQLClient graphQL, string name = "马文军", string birthDate = "1980-04-12",
        string workStartDate = "2002-08-01") =>
        graphQL.MutateAsync("registerCadre",
            new
            {
                name, gender = "MALE", birthDate, ethnicity = "回族", partyJoinDate = "2004-07-01", education = "大学本科",
                workStartDate, category = "CIVIL_SERVANT", growthPlaces = new[] { "西吉县" },
            },
            "cadre { id name version }");

    public static object Post(string unitId, string title = "副县长", string level = "COUNTY", string grade = "DEPUTY") =>
        new { unitId, title, level, grade, isLeadership = true };

    public static Task<JsonNode> OpenCaseAsync(this GraphQLClient graphQL, string cadreId, object toPost,
        string channel = "LATERAL_TRANSFER", string effectiveOn = "2026-11-02", string? exchangeReason = "WORK_NEEDS") =>
        graphQL.MutateAsync("openCase",
            new { channel, cadreId, toPost, exchangeReason, effectiveOn, reason = "工作需要", documentReference = "宁组干〔2026〕1号" },
            "case { id number kind channel status version stepsDone }");
}
