using CaseLedger.Api.Tests.Security;
using CaseLedger.Api.Tests.Testing;

namespace CaseLedger.Api.Tests.Transport;

/// <summary>
/// GraphiQL and codegen tools load the schema with graphql-js's getIntrospectionQuery(): it nests 15
/// levels, deeper than a user query may, so the depth and cost limits must not measure it.
/// </summary>
public sealed class IntrospectionTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    /// <summary>getIntrospectionQuery() without options (descriptions only), derived from the all-options one.</summary>
    private static readonly string DefaultIntrospectionQuery = StandardDocuments.IntrospectionQuery
        .Replace("__schema {\n    description\n", "__schema {\n", StringComparison.Ordinal)
        .Replace("isRepeatable", "", StringComparison.Ordinal)
        .Replace("specifiedByURL", "", StringComparison.Ordinal)
        .Replace("args(includeDeprecated: true)", "args", StringComparison.Ordinal)
        .Replace("inputFields(includeDeprecated: true)", "inputFields", StringComparison.Ordinal)
        .Replace("defaultValue\n  isDeprecated\n  deprecationReason", "defaultValue", StringComparison.Ordinal);

    // Not yet: the options specifiedByUrl, directiveIsRepeatable and inputValueDeprecation, which this
    // schema answers with validation errors until GraphQL.NET's experimental introspection features are on.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_standard_introspection_query_is_answered_with_and_without_a_token(bool withToken)
    {
        var client = withToken ? host.GraphQL : host.Anonymous();

        var result = await client.ExecuteAsync(DefaultIntrospectionQuery);

        Assert.True(result["errors"] is null, result["errors"]?.ToJsonString());
        var schema = result["data"]!["__schema"]!;
        Assert.Equal("Query", schema["queryType"]!["name"]!.GetValue<string>());
        Assert.Contains(schema["types"]!.AsArray(), t => t!["name"]!.GetValue<string>() == "Case");
    }

    [Fact]
    public async Task A_user_query_as_deep_as_the_introspection_query_is_still_refused()
    {
        // Twelve levels of user fields (the limit is 10), beside an introspection field: the exemption is for introspection only.
        var deep = "{ __typename cases(first: 1) { edges { node { cadre { cases { cadre { cases { cadre { cases { cadre { cases { number } } } } } } } } } } } }";

        var result = await host.GraphQL.ExecuteAsync(deep);

        Assert.Contains("depth", result["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }
}
