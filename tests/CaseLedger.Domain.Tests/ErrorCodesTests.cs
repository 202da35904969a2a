using System.Reflection;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests;

public class ErrorCodesTests
{
    private static readonly string[] Codes =
        [.. typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!)];

    [Fact]
    public void GivenTheCatalogue_WhenListed_ThenEveryCodeIsDescribedOnceAndNothingElse()
    {
        Assert.Equal(Codes.Order(), ErrorCodes.Descriptions.Keys.Order());
        Assert.Equal(Codes.Length, Codes.Distinct().Count());
        Assert.All(ErrorCodes.Descriptions.Values, d => Assert.False(string.IsNullOrWhiteSpace(d)));
    }

    [Fact]
    public void GivenTheApiCodes_WhenListed_ThenTheyAreInTheCatalogue() =>
        Assert.All(["NOT_FOUND", "INVALID_ID", "DUPLICATE_CODE", "CONCURRENCY_CONFLICT"], code => Assert.Contains(code, Codes));
}
