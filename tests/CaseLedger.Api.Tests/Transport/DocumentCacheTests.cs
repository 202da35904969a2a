using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Security;
using CaseLedger.Api.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseLedger.Api.Tests.Transport;

/// <summary>
/// A repeated query is parsed and walked by the validation rules once (GraphQL/DocumentCache), and nothing else changes:
/// each request still gets its own token's remit and permissions, the limits that read the variables (cost) and the
/// variables' own checks still refuse, and a refused document answers the same the second time as the first, byte
/// for byte, as the same text never seen before does. Each document here is compared with the same text plus a
/// trailing space, which the cache has never held (so it goes through every check afresh) and which moves no location.
/// </summary>
public sealed class DocumentCacheTests(SiblingSubtrees ledger) : IClassFixture<SiblingSubtrees>
{
    private DocumentCache Cache => ledger.Services.GetRequiredService<DocumentCache>();

    private static async Task<string> AnswerAsync(GraphQLClient client, string query, object? variables = null) =>
        (await client.ExecuteAsync(query, variables)).ToJsonString();

    [Fact]
    public async Task A_cached_document_still_answers_each_token_by_its_own_remit_and_permissions()
    {
        const string query = "query DocumentCacheRemit($id: ID!) { cadre(id: $id) { id name } }";
        var admin = ledger.ClientFor(Role.Admin, null, "document-cache-admin");
        var county = ledger.ClientFor(Role.Registrar, ledger.A.City, "document-cache-county");

        var adminReadsB = await admin.QueryAsync(query, new { id = ledger.B.CadreId });
        Assert.Equal(ledger.B.CadreId, adminReadsB["cadre"]!["id"]!.GetValue<string>());
        Assert.True(Cache.TryGet(query, out _));

        // The same parsed document, another token: B is outside this registrar's remit, A inside.
        Assert.Equal("""{"data":{"cadre":null}}""", await AnswerAsync(county, query, new { id = ledger.B.CadreId }));
        Assert.Equal(ledger.A.CadreId, (await county.QueryAsync(query, new { id = ledger.A.CadreId }))["cadre"]!["id"]!.GetValue<string>());
        Assert.Equal(await AnswerAsync(county, query + " ", new { id = ledger.B.CadreId }), await AnswerAsync(county, query, new { id = ledger.B.CadreId }));

        // No token: refused as before, and as the never-cached text is.
        var anonymous = await AnswerAsync(ledger.Anonymous(), query, new { id = ledger.A.CadreId });
        Assert.Contains("AUTH_REQUIRED", anonymous, StringComparison.Ordinal);
        Assert.Equal(await AnswerAsync(ledger.Anonymous(), query + " ", new { id = ledger.A.CadreId }), anonymous);
    }

    [Fact]
    public async Task The_cost_limit_and_the_variables_checks_still_refuse_a_cached_document()
    {
        // 20 aliases of cases(first: $n) × their cadre's cases × those cases' cadre's cases: cheap at 1, too costly at 100.
        var one = "cases(first: $n) { edges { node { cadre { cases { cadre { cases { number } } } } } } }";
        var query = "query DocumentCacheCost($n: Int) { " + string.Join(' ', Enumerable.Range(0, 20).Select(i => $"c{i}: {one}")) + " }";
        var client = ledger.ClientFor(Role.Admin, null, "document-cache-cost");

        await client.QueryAsync(query, new { n = 1 });
        await client.QueryAsync(query, new { n = 1 }); // now from the cache, its rules' walk skipped
        Assert.True(Cache.TryGet(query, out _));

        var tooCostly = await AnswerAsync(client, query, new { n = 100 });
        Assert.Contains("complexity", tooCostly, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"data\"", tooCostly, StringComparison.Ordinal);
        Assert.Equal(await AnswerAsync(client, query + " ", new { n = 100 }), tooCostly);

        var notAnInt = await AnswerAsync(client, query, new { n = "many" });
        Assert.Contains("errors", notAnInt, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", notAnInt, StringComparison.Ordinal);
        Assert.Equal(await AnswerAsync(client, query + " ", new { n = "many" }), notAnInt);

        // And it still runs once the variables are fine again.
        Assert.NotNull((await client.QueryAsync(query, new { n = 1 }))["c0"]);
    }

    [Fact]
    public async Task An_operation_whose_variables_cannot_change_its_cost_is_still_bounded_and_answers_the_same()
    {
        // Only ID! variables: once it passed, its cost is not measured again (CachingDocumentValidator.CostIsFixed).
        var one = "cases(first: FIRST) { edges { node { cadre { cases { cadre { cases { number } } } } } } }";
        string Query(int first) => "query DocumentCacheFixedCost($id: ID!) { cadre(id: $id) { id name } "
            + string.Join(' ', Enumerable.Range(0, 20).Select(i => $"c{i}: {one.Replace("FIRST", first.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)}")) + " }";
        var client = ledger.ClientFor(Role.Admin, null, "document-cache-fixed-cost");

        // Too costly: refused every time, the same as a text never seen, and never kept as passed.
        var tooCostly = Query(100);
        var first = await AnswerAsync(client, tooCostly, new { id = ledger.A.CadreId });
        Assert.Contains("complexity", first, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"data\"", first, StringComparison.Ordinal);
        Assert.Equal(first, await AnswerAsync(client, tooCostly, new { id = ledger.A.CadreId }));
        Assert.Equal(first, await AnswerAsync(client, tooCostly + " ", new { id = ledger.A.CadreId }));

        // Cheap: the cached answer is the fresh one, and the variable is still checked (missing, or not an id of a cadre).
        var cheap = Query(1);
        var fresh = await AnswerAsync(client, cheap + " ", new { id = ledger.A.CadreId });
        Assert.Contains(ledger.A.CadreId, fresh, StringComparison.Ordinal);
        await AnswerAsync(client, cheap, new { id = ledger.A.CadreId });
        Assert.True(Cache.TryGet(cheap, out _));
        Assert.Equal(fresh, await AnswerAsync(client, cheap, new { id = ledger.A.CadreId }));
        foreach (object variables in new object[] { new { }, new { id = "not-an-id" }, new { id = ledger.A.CountyId } })
        {
            var refused = await AnswerAsync(client, cheap, variables);
            Assert.Contains("errors", refused, StringComparison.Ordinal);
            Assert.Equal(await AnswerAsync(client, cheap + " ", variables), refused);
        }
    }

    [Theory]
    [InlineData("query Q($id: ID!) { __typename }", true)]
    [InlineData("query Q($a: ID!, $b: String!) { __typename }", true)]
    [InlineData("{ __typename }", true)]
    [InlineData("query Q($ids: [ID!]!) { __typename }", true)]
    [InlineData("mutation M($input: ExtendSecondmentInput!) { __typename }", true)] // an input object's fields are never a field's first/last
    [InlineData("query Q($w: UnitFilter!) { __typename }", true)]
    [InlineData("query Q($id: ID) { __typename }", false)]          // may be left out: whether an id is given changes the cost
    [InlineData("query Q($w: UnitFilter) { __typename }", false)]   // any nullable variable may be left out
    [InlineData("query Q($n: Int!) { __typename }", false)]         // first/last
    [InlineData("query Q($n: [Int!]!) { __typename }", false)]
    [InlineData("query Q($b: Boolean!) { __typename }", false)]     // @skip/@include
    public void Only_variables_that_are_always_given_and_cannot_stand_for_first_last_or_a_condition_leave_the_cost_fixed(string query, bool fixedCost)
    {
        var operation = GraphQLParser.Parser.Parse(query).Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().Single();
        var costTypes = CachingDocumentValidator.CostTypes(ledger.Services.GetRequiredService<global::GraphQL.Types.ISchema>());
        Assert.Equal(["Boolean", "Int"], costTypes.Order(StringComparer.Ordinal));
        Assert.Equal(fixedCost, CachingDocumentValidator.CostIsFixed(operation, costTypes));
    }

    [Fact]
    public async Task A_cached_mutation_still_checks_its_input_and_answers_as_a_fresh_one()
    {
        // Its only variable is the input object, so once it passed, its rules' walk is skipped altogether.
        const string mutation = "mutation DocumentCacheMutation($input: RegisterCadreInput!) { registerCadre(input: $input) { cadre { id } errors { code field } } }";
        var client = ledger.ClientFor(Role.Admin, null, "document-cache-mutation");
        // Well typed, refused by the domain (no name): it passes validation, so the parsed operation is marked as passed.
        var refusedByDomain = new
        {
            input = new { name = " ", gender = "MALE", birthDate = "1980-01-01", ethnicity = "汉族", education = "大学", category = "CIVIL_SERVANT", workStartDate = "2002-07-01" },
        };
        var first = await AnswerAsync(client, mutation, refusedByDomain);
        Assert.Contains("\"errors\":[{\"code\"", first, StringComparison.Ordinal);
        Assert.True(Cache.TryGet(mutation, out _));
        Assert.Equal(first, await AnswerAsync(client, mutation, refusedByDomain));
        Assert.Equal(first, await AnswerAsync(client, mutation + " ", refusedByDomain));

        foreach (object variables in new object[] { new { }, new { input = new { name = 1 } }, new { input = "not an object" } })
        {
            var refused = await AnswerAsync(client, mutation, variables);
            Assert.Contains("errors", refused, StringComparison.Ordinal);
            Assert.DoesNotContain("\"data\"", refused, StringComparison.Ordinal);
            Assert.Equal(await AnswerAsync(client, mutation + " ", variables), refused);
        }
    }

    [Fact]
    public async Task A_refused_document_is_refused_the_same_every_time()
    {
        var client = ledger.ClientFor(Role.Admin, null, "document-cache-refused");
        string[] refused =
        [
            "{ cadre(id: ",                                                     // syntax: never kept
            "query DocumentCacheUnknownField { noSuchField }",                  // parses, fails validation every time
            "{ " + string.Join(' ', Enumerable.Range(0, 40).Select(i => $"a{i}: errorCodes {{ code }}")) + " }", // alias cap
            "query DocumentCacheVariable($unused: ID) { __typename }",          // an unused variable
        ];
        foreach (var query in refused)
        {
            var first = await AnswerAsync(client, query);
            Assert.Contains("errors", first, StringComparison.Ordinal);
            Assert.Equal(first, await AnswerAsync(client, query));
            Assert.Equal(first, await AnswerAsync(client, query));
        }
        Assert.False(Cache.TryGet(refused[0], out _));
        Assert.False(Cache.TryGet(refused[2], out _));
    }

    [Fact]
    public void The_cache_is_bounded_and_keeps_no_long_text()
    {
        var document = GraphQLParser.Parser.Parse("{ __typename }");
        var cache = new DocumentCache(2);
        cache.Add("a", document);
        cache.Add("b", document);
        cache.Add("c", document); // full: emptied, then c
        Assert.True(cache.Count <= 2);
        Assert.True(cache.TryGet("c", out _));
        Assert.False(cache.TryGet("a", out _));

        cache.Add(new string(' ', DocumentCache.MaxQueryLength + 1), document);
        Assert.False(cache.TryGet(new string(' ', DocumentCache.MaxQueryLength + 1), out _));

        var off = new DocumentCache(0);
        off.Add("a", document);
        Assert.False(off.TryGet("a", out _));
        Assert.Equal(0, off.Count);
    }
}
