using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.ReadSide;

/// <summary>
/// Issue #13.6: a malformed id in a query's argument was read as "no filter" (<c>cases(cadreId: "not-an-id")</c>
/// answered every case). Every ID argument of every query field now refuses it with a top-level INVALID_ID naming
/// the argument; an id of another entity is refused as well; a well-formed id filters as before. Relay's node/nodes still
/// answer null for an id they cannot resolve.
/// </summary>
public sealed class IdArgumentTests(IdArgumentTests.Ledger host) : IClassFixture<IdArgumentTests.Ledger>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    /// <summary>A county with a cadre and a case.</summary>
    public sealed class Ledger : CaseLedgerHost
    {
        public string UnitId { get; private set; } = "";

        public string CadreId { get; private set; } = "";

        public string CaseId { get; private set; } = "";

        protected override async Task SeedAsync()
        {
            UnitId = Id(await GraphQL.RegisterUnitAsync("ID-640422"));
            CadreId = Id(await GraphQL.RegisterCadreAsync());
            CaseId = Id(await GraphQL.OpenCaseAsync(CadreId, LedgerScenarios.Post(UnitId)));
        }
    }

    private static void AssertInvalidId(JsonNode response, string argument)
    {
        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal("INVALID_ID", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains($"Argument {argument} ", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ cases(cadreId: "not-an-id") { totalCount } }""", "cadreId")]
    [InlineData("""{ cases(unitId: "") { totalCount } }""", "unitId")]
    [InlineData("""{ cadres(unitId: "not-an-id") { totalCount } }""", "unitId")]
    [InlineData("""{ units(parentId: "bm90LWFuLWlk") { totalCount } }""", "parentId")]
    [InlineData("""{ units(within: "not-an-id") { totalCount } }""", "within")]
    [InlineData("""{ auditFindings(caseId: "not-an-id") { totalCount } }""", "caseId")]
    [InlineData("""{ auditFindings(unitId: "not-an-id") { totalCount } }""", "unitId")]
    [InlineData("""{ auditSummary(cadreId: "not-an-id") { counts { count } } }""", "cadreId")]
    [InlineData("""{ accessLog(cadreId: "not-an-id") { totalCount } }""", "cadreId")]
    [InlineData("""{ cadre(id: "not-an-id") { name } }""", "id")]
    [InlineData("""{ finding(id: "not-an-id") { id } }""", "id")]
    [InlineData("""{ auditCase(caseId: "not-an-id") { __typename } }""", "caseId")]
    public async Task A_malformed_id_in_a_query_argument_is_INVALID_ID_naming_the_argument(string query, string argument) =>
        AssertInvalidId(await graphQL.ExecuteAsync(query), argument);

    [Fact]
    public async Task An_id_of_another_entity_is_refused_and_a_right_one_filters()
    {
        AssertInvalidId(await graphQL.ExecuteAsync("query($id: ID) { cases(cadreId: $id) { totalCount } }", new { id = host.UnitId }), "cadreId");
        AssertInvalidId(await graphQL.ExecuteAsync("query($id: ID!) { unit(id: $id) { name } }", new { id = host.CaseId }), "id");

        var data = await graphQL.QueryAsync("""
            query($cadre: ID, $unit: ID, $case: ID!, $any: [ID!]!) {
              byCadre: cases(cadreId: $cadre) { totalCount }
              byUnit: cases(unitId: $unit) { totalCount }
              none: cases(cadreId: "00000000-0000-0000-0000-000000000001") { totalCount }
              nodes(ids: $any) { id }
              case(id: $case) { id }
            }
            """, new { cadre = host.CadreId, unit = host.UnitId, @case = host.CaseId, any = new[] { host.UnitId, host.CadreId, host.CaseId } });

        Assert.Equal(1, data["byCadre"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(1, data["byUnit"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, data["none"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(3, data["nodes"]!.AsArray().Count);
        Assert.Equal(host.CaseId, Id(data["case"]!));
    }

    [Fact]
    public async Task Every_ID_argument_of_every_query_field_refuses_a_malformed_id()
    {
        var schema = host.Services.GetRequiredService<ISchema>();
        var checkedArguments = new List<string>();
        foreach (var field in schema.Query.Fields)
        {
            // Relay's node and nodes answer null for an id they cannot resolve (UnitTreeAndNodeTests pins it).
            if (field.Name is "node" or "nodes")
                continue;
            foreach (var argument in field.Arguments ?? [])
            {
                if (!IsId(argument.ResolvedType, out var isList))
                    continue;
                // Other required arguments would fail validation first; give them nothing else to trip on.
                if ((field.Arguments ?? []).Any(a => a != argument && a.ResolvedType is NonNullGraphType && a.DefaultValue is null))
                    continue;
                var value = isList ? """["not-an-id"]""" : "\"not-an-id\"";
                var selection = field.ResolvedType!.GetNamedType() is IComplexGraphType ? " { __typename }" : "";
                AssertInvalidId(await graphQL.ExecuteAsync($"{{ {field.Name}({argument.Name}: {value}){selection} }}"), argument.Name);
                checkedArguments.Add($"{field.Name}.{argument.Name}");
            }
        }

        // The list the issue names, at least: filters and lookups alike.
        Assert.Superset(
            new HashSet<string> { "cases.cadreId", "cases.unitId", "cadres.unitId", "units.parentId", "units.within", "auditFindings.cadreId",
                "auditFindings.caseId", "auditFindings.unitId", "auditSummary.unitId", "accessLog.cadreId", "cadre.id", "case.id", "unit.id",
                "finding.id", "auditCase.caseId" },
            checkedArguments.ToHashSet());
    }

    private static bool IsId(IGraphType? type, out bool isList)
    {
        isList = false;
        while (true)
        {
            switch (type)
            {
                case NonNullGraphType nonNull:
                    type = nonNull.ResolvedType;
                    break;
                case ListGraphType list:
                    isList = true;
                    type = list.ResolvedType;
                    break;
                default:
                    return type is IdGraphType;
            }
        }
    }
}
