using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using Npgsql;

namespace CaseLedger.Api.Tests.Security;

/// <summary>
/// A region with two sibling cities, A (银川) and B (固原), each with a county; a cadre placed in each
/// county, a case moving each within its own county, and an unplaced cadre registered by A's registrar.
/// </summary>
public sealed class SiblingSubtrees : CaseLedgerHost
{
    public sealed record Side(string CityId, string CountyId, string CadreId, string CaseId, string CaseNumber, string CadreName)
    {
        public IReadOnlyList<string> Ids => [CityId, CountyId, CadreId, CaseId];

        public Guid City => Uuid(CityId);
    }

    public string RegionId { get; private set; } = "";

    public Side A { get; private set; } = null!;

    public Side B { get; private set; } = null!;

    protected override async Task SeedAsync()
    {
        var region = await GraphQL.RegisterUnitAsync("640000", "宁夏回族自治区", "REGION", area: null);
        RegionId = GraphQLClient.Id(region);
        A = await SideAsync("640100", "银川市", "640121", "永宁县", "王磊");
        B = await SideAsync("640400", "固原市", "640422", "西吉县", "马文军");
    }

    private async Task<Side> SideAsync(string cityCode, string cityName, string countyCode, string countyName, string cadreName)
    {
        var city = GraphQLClient.Id(await GraphQL.RegisterUnitAsync(cityCode, cityName, "CITY", RegionId));
        var county = GraphQLClient.Id(await GraphQL.RegisterUnitAsync(countyCode, countyName, "COUNTY", city));
        var cadre = GraphQLClient.Id(await GraphQL.RegisterCadreAsync(cadreName));
        await GraphQL.MutateAsync("recordBaselinePost",
            new { cadreId = cadre, post = LedgerScenarios.Post(county, "县委办公室副主任", "TOWNSHIP"), from = "2020-01-01" }, "cadre { id }");
        var opened = await GraphQL.OpenCaseAsync(cadre, LedgerScenarios.Post(county, "副县长"));
        return new Side(city, county, cadre, GraphQLClient.Id(opened), opened["number"]!.GetValue<string>(), cadreName);
    }

    /// <summary>Every row of the remit index (ancestor links, then members), one string each, in order: to compare two states of it.</summary>
    public async Task<List<string>> RemitIndexRowsAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            select 'a ' || ancestor_id || ' ' || unit_id from {Schema}.remit_unit_ancestor
            union all select 'm ' || subject_id || ' ' || unit_id || ' ' || via || ' ' || source_id from {Schema}.remit_member
            order by 1
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(reader.GetString(0));
        return rows;
    }

    public static Guid Uuid(string globalId)
    {
        var decoded = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(globalId));
        return Guid.Parse(decoded[(decoded.IndexOf(':', StringComparison.Ordinal) + 1)..]);
    }

    /// <summary>Every string in a response, for leak checks.</summary>
    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
