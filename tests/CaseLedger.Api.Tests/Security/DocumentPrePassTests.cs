using CaseLedger.Api.GraphQL;

namespace CaseLedger.Api.Tests.Security;

/// <summary>
/// The linear pass that bounds a document before GraphQL.NET's recursive parser and validator see
/// it: each limit refuses the shape that crosses it and lets the compliant shape through.
/// </summary>
public class DocumentPrePassTests
{
    private static readonly DocumentBounds Bounds = new();

    private static string? CodeOf(string query, DocumentBounds? bounds = null) => DocumentPrePass.Check(query, bounds ?? Bounds)?.Code;

    private static string Chain(int fragments) =>
        "{ ...F0 } " + string.Join(' ', Enumerable.Range(0, fragments).Select(i =>
            i == fragments - 1 ? $"fragment F{i} on Query {{ __typename }}" : $"fragment F{i} on Query {{ __typename ...F{i + 1} }}"));

    [Fact]
    public void The_standard_introspection_query_passes() =>
        Assert.Null(DocumentPrePass.Check(StandardDocuments.IntrospectionQuery, Bounds));

    [Fact]
    public void A_chain_of_2000_fragments_is_refused_by_the_fragment_count() =>
        Assert.Equal("FRAGMENT_LIMIT", CodeOf(Chain(2000)));

    [Fact]
    public void A_chain_of_11_fragments_is_refused_and_one_of_10_passes()
    {
        Assert.Equal("FRAGMENT_CHAIN_LIMIT", CodeOf(Chain(11)));
        Assert.Null(CodeOf(Chain(10)));
    }

    [Fact]
    public void Twenty_thousand_fields_are_refused_by_the_token_count() =>
        Assert.Equal("TOKEN_LIMIT", CodeOf("{ " + string.Concat(Enumerable.Repeat("__typename ", 20_000)) + "}"));

    [Fact]
    public void Fields_over_the_limit_are_refused_and_at_the_limit_pass()
    {
        Assert.Equal("FIELD_LIMIT", CodeOf("{ " + string.Concat(Enumerable.Repeat("__typename ", 1_501)) + "}"));
        Assert.Null(CodeOf("{ " + string.Concat(Enumerable.Repeat("__typename ", 1_500)) + "}"));
    }

    [Fact]
    public void Fragments_that_double_at_each_level_are_counted_expanded()
    {
        // 12 fragments, each spreading the next twice: 2^12 fields once expanded, from 40 tokens of text.
        var fragments = string.Join(' ', Enumerable.Range(0, 11).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}"));
        var query = "{ ...F0 } " + fragments + " fragment F11 on Query { __typename }";

        Assert.Equal("FIELD_LIMIT", CodeOf(query, new DocumentBounds { MaxFragmentChain = 20 }));
    }

    [Fact]
    public void Nesting_200_deep_is_refused_and_32_deep_passes()
    {
        Assert.Equal("NESTING_LIMIT", CodeOf(string.Concat(Enumerable.Repeat("{a", 200)) + new string('}', 200)));
        Assert.Null(CodeOf(string.Concat(Enumerable.Repeat("{a", 32)) + new string('}', 32)));
    }

    [Fact]
    public void Nesting_through_fragments_is_counted()
    {
        // Each fragment nests 6 levels and spreads the next at its 6th: 7 × 5 + 5 = 40 levels in all.
        var fragments = string.Join(' ', Enumerable.Range(0, 7).Select(i => $"fragment F{i} on Q {{ a {{ b {{ c {{ d {{ e {{ ...F{i + 1} }} }} }} }} }} }}"));
        var query = "{ ...F0 } " + fragments + " fragment F7 on Q { a { b { c { d { e } } } } }";

        Assert.Equal("NESTING_LIMIT", CodeOf(query));
        Assert.Null(CodeOf(query, new DocumentBounds { MaxNesting = 40 }));
    }

    [Fact]
    public void Nesting_inside_argument_values_counts_too() =>
        Assert.Equal("NESTING_LIMIT", CodeOf("{ a(x: " + new string('[', 100) + new string(']', 100) + ") }"));

    [Fact]
    public void A_fragment_cycle_is_refused() =>
        Assert.Equal("FRAGMENT_CYCLE", CodeOf("{ ...A } fragment A on Query { ...B } fragment B on Query { __typename ...A }"));

    [Fact]
    public void Too_many_fragments_are_refused_and_the_limit_passes()
    {
        static string Many(int n) => "{ __typename } " + string.Join(' ', Enumerable.Range(0, n).Select(i => $"fragment F{i} on Query {{ __typename }}"));
        Assert.Equal("FRAGMENT_LIMIT", CodeOf(Many(65)));
        Assert.Null(CodeOf(Many(64)));
    }

    [Fact]
    public void Text_longer_than_the_limit_is_refused() =>
        Assert.Equal("DOCUMENT_TOO_LONG", CodeOf("{ __typename }" + new string(' ', 300_000)));

    [Fact]
    public void Control_characters_and_lone_surrogates_are_refused()
    {
        // Built here rather than in [InlineData]: a lone surrogate does not survive test-case serialization.
        foreach (var query in new[] { "{ __typename }\0", "{ __typename } # \uD800", "{ a(x: \"\uDC00\") }", "{ a(x: \"\u0001\") }" })
            Assert.Equal("INVALID_TEXT", CodeOf(query));
        Assert.Null(CodeOf("{ a(x: \"宁夏 \uD83D\uDE00\ttab\") }"));
    }

    [Fact]
    public void Aliases_arguments_directives_inline_fragments_strings_and_comments_are_not_counted_as_fields()
    {
        var bounds = new DocumentBounds { MaxFields = 5 };
        const string query = """
            query Q($id: ID!, $skip: Boolean = false) @live {
              # a comment { { { with braces
              first: unit(id: $id) { name @include(if: true) }
              ... on Query { errorCodes(filter: { a: [1, 2], b: "}}}" }) { code } }
              ... @skip(if: $skip) { __typename }
              note: __typename
            }
            """;

        // unit, name, errorCodes, code, __typename, __typename: 6 fields.
        Assert.Equal("FIELD_LIMIT", CodeOf(query, bounds));
        Assert.Null(CodeOf(query, new DocumentBounds { MaxFields = 6 }));
    }

    [Fact]
    public void Block_strings_with_escaped_quotes_are_skipped_whole() =>
        Assert.Null(CodeOf("{ a(x: \"\"\" {{{{ \\\"\"\" ((( \"\"\") }", new DocumentBounds { MaxNesting = 3 }));
}
