using System.Text.RegularExpressions;
using CaseLedger.Api.Tests.Testing;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Api.Tests.Security;

/// <summary>Issue #13: README "Security" lists every error code the schema's <c>errorCodes</c> returns, and no other.</summary>
public partial class ReadmeErrorCodesTests
{
    [GeneratedRegex("`([A-Z][A-Z_]+)`")]
    private static partial Regex Code();

    [Fact]
    public void The_READMEs_error_code_list_is_the_catalogue()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var start = readme.IndexOf("<!-- error-codes -->", StringComparison.Ordinal);
        var end = readme.IndexOf("<!-- /error-codes -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md has no <!-- error-codes --> block.");
        var listed = Code().Matches(readme[start..end]).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(listed.Distinct().Count(), listed.Count);
        // errorCodes is this catalogue, as it is (ErrorCodeQueries); SchemaApprovalTests checks that it is a root query.
        Assert.Equal(ErrorCodes.Descriptions.Keys.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }
}
