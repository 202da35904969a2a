using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.ReadSide;

/// <summary>Front-end reads: global ids through node(s), Relay paging and subtree filters in SQL.</summary>
public sealed class UnitTreeAndNodeTests(UnitTreeAndNodeTests.Tree host) : IClassFixture<UnitTreeAndNodeTests.Tree>
{
    private readonly GraphQLClient graphQL = host.GraphQL;
    private readonly string guyuanId = host.GuyuanId, xijiId = host.XijiId;

    /// <summary>区 › 固原市 › 西吉县 › 将台堡镇, and 银川市 beside 固原市.</summary>
    public sealed class Tree : CaseLedgerHost
    {
        public string GuyuanId { get; private set; } = "";

        public string XijiId { get; private set; } = "";

        protected override async Task SeedAsync()
        {
            var regionId = Id(await GraphQL.RegisterUnitAsync("T640000", "宁夏回族自治区", "REGION", area: null));
            GuyuanId = Id(await GraphQL.RegisterUnitAsync("T640400", "固原市", "CITY", regionId));
            XijiId = Id(await GraphQL.RegisterUnitAsync("T640422", "西吉县", "COUNTY", GuyuanId));
            await GraphQL.RegisterUnitAsync("T640422-101", "将台堡镇", "TOWNSHIP", XijiId);
            await GraphQL.RegisterUnitAsync("T640100", "银川市", "CITY", regionId, area: "PLAIN");
        }
    }

    [Fact]
    public async Task A_subtree_filter_finds_a_unit_and_everything_below_it()
    {
        var data = await graphQL.QueryAsync("query($within: ID) { units(within: $within) { totalCount edges { node { code } } } }", new { within = guyuanId });

        Assert.Equal(3, data["units"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(["T640400", "T640422", "T640422-101"], data["units"]!["edges"]!.AsArray().Select(e => e!["node"]!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Pages_forward_and_backward_with_cursors()
    {
        var first = (await graphQL.QueryAsync("{ units(first: 2, nameContains: \"\") { totalCount pageInfo { hasNextPage endCursor } edges { node { code } } } }"))["units"]!;
        var after = first["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = (await graphQL.QueryAsync("query($after: String) { units(first: 2, after: $after) { pageInfo { hasPreviousPage hasNextPage startCursor } edges { node { code } } } }", new { after }))["units"]!;
        var before = second["pageInfo"]!["startCursor"]!.GetValue<string>();
        var back = (await graphQL.QueryAsync("query($before: String) { units(last: 1, before: $before) { edges { node { code } } } }", new { before }))["units"]!;

        Assert.Equal(5, first["totalCount"]!.GetValue<int>());
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(second["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal(["T640400", "T640422"], second["edges"]!.AsArray().Select(e => e!["node"]!["code"]!.GetValue<string>()));
        Assert.Equal("T640100", back["edges"]![0]!["node"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_page_larger_than_the_hard_maximum_is_refused_with_the_limit_named()
    {
        var result = await graphQL.ExecuteAsync("{ units(first: 1000) { totalCount } }");

        Assert.Equal("PAGE_SIZE_LIMIT", result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Node_and_nodes_resolve_global_ids_of_any_type()
    {
        var cadre = await graphQL.RegisterCadreAsync();
        var data = await graphQL.QueryAsync("""
            query($unit: ID!, $ids: [ID!]!) {
              node(id: $unit) { id __typename ... on Unit { name } }
              nodes(ids: $ids) { __typename ... on Cadre { name } ... on Unit { code } }
            }
            """, new { unit = xijiId, ids = new[] { Id(cadre), guyuanId, "bm9wZTpub3Bl" } });

        Assert.Equal("西吉县", data["node"]!["name"]!.GetValue<string>());
        Assert.Equal("Cadre", data["nodes"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal("T640400", data["nodes"]![1]!["code"]!.GetValue<string>());
        Assert.Null(data["nodes"]![2]);
    }
}
