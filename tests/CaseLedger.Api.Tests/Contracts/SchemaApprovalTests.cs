using CaseLedger.Api.Tests.Testing;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace CaseLedger.Api.Tests.Contracts;

/// <summary>
/// schema/caseledger.graphql is the reviewed contract front-end teams build on: any change to the
/// running schema must show up as a diff of that file.
/// </summary>
public sealed class SchemaApprovalTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private static readonly string Approved = Path.Combine(RepositoryRoot.Path, "schema", "caseledger.graphql");

    [Fact]
    public void The_running_schema_matches_the_approved_sdl()
    {
        var schema = host.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var printed = schema.Print(new PrintOptions { IncludeDescriptions = true, StringComparison = StringComparison.Ordinal })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";

        if (Environment.GetEnvironmentVariable("CASELEDGER_APPROVE_SCHEMA") == "1")
            File.WriteAllText(Approved, printed);

        var approved = File.Exists(Approved) ? File.ReadAllText(Approved).ReplaceLineEndings("\n") : "";
        Assert.True(approved == printed,
            "The GraphQL schema differs from schema/caseledger.graphql. Review the change, then regenerate the file with tools/approve-schema.");
    }

    [Fact]
    public void Every_type_and_field_has_a_description()
    {
        var schema = host.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        // Enumerations derive from ScalarGraphType; built-in scalars (String, Int, …) are the only types exempt.
        var missing = schema.AllTypes
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && (t is not ScalarGraphType || t is EnumerationGraphType))
            .SelectMany(t => (string.IsNullOrWhiteSpace(t.Description) ? [t.Name] : Array.Empty<string>())
                .Concat(t is IComplexGraphType complex
                    ? complex.Fields.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{t.Name}.{f.Name}")
                    : [])
                .Concat(t is EnumerationGraphType enumeration
                    ? enumeration.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{t.Name}.{v.Name}")
                    : []))
            .ToList();
        Assert.True(missing.Count == 0, $"Undocumented: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task The_error_code_catalogue_is_a_root_query()
    {
        var data = await host.GraphQL.QueryAsync("{ errorCodes { code description } }");

        var codes = data["errorCodes"]!.AsArray();
        Assert.Equal(CaseLedger.Domain.Shared.ErrorCodes.Descriptions.Count, codes.Count);
        Assert.Contains(codes, c => c!["code"]!.GetValue<string>() == "STEP_MISSING" && c["description"]!.GetValue<string>().Length > 0);
    }
}
