using System.Security.Claims;
using CaseLedger.Api.Security;

namespace CaseLedger.Api.Tests.Security;

/// <summary>Issue #13, defect 6: a role claim names exactly one role, or the token grants nothing.</summary>
public class RoleClaimTests
{
    private static CaseLedgerUser? UserWith(params string[] roles)
    {
        var claims = new List<Claim> { new(CaseLedgerUser.NameClaim, "someone"), new(CaseLedgerUser.UnitClaim, CaseLedgerUser.WholeLedger) };
        claims.AddRange(roles.Select(r => new Claim(CaseLedgerUser.RoleClaim, r)));
        return CaseLedgerUser.From(new ClaimsPrincipal(new ClaimsIdentity(claims, "Bearer")));
    }

    [Theory]
    [InlineData("Registrar, Admin")]
    [InlineData("registrar,admin")]
    [InlineData("3")]
    [InlineData("Admin ")]
    [InlineData("")]
    [InlineData("root")]
    public void A_role_claim_that_is_not_exactly_one_role_name_is_no_user(string role) =>
        Assert.Null(UserWith(role));

    [Fact]
    public void Two_role_claims_are_no_user() =>
        Assert.Null(UserWith("registrar", "admin"));

    [Theory]
    [InlineData("admin", Role.Admin)]
    [InlineData("Registrar", Role.Registrar)]
    [InlineData("INSPECTOR", Role.Inspector)]
    public void One_role_name_in_any_case_is_that_role(string claim, Role role) =>
        Assert.Equal(role, UserWith(claim)!.Role);
}
