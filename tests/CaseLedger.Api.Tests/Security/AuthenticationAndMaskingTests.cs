using System.Text.Json.Nodes;
using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Testing;
using Microsoft.AspNetCore.Hosting;

namespace CaseLedger.Api.Tests.Security;

/// <summary>Anonymous requests, bad tokens, the actor on events, role permissions, masking and the access log.</summary>
public sealed class AuthenticationAndMaskingTests(SiblingSubtrees ledger) : IClassFixture<SiblingSubtrees>
{
    private static string? Code(JsonNode result) => result["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    [Fact]
    public async Task Anonymous_requests_get_typename_and_introspection_and_nothing_else()
    {
        var anonymous = ledger.Anonymous();

        Assert.Equal("Query", (await anonymous.QueryAsync("{ __typename }"))["__typename"]!.GetValue<string>());
        Assert.Equal("Query", (await anonymous.QueryAsync("{ __schema { queryType { name } } }"))["__schema"]!["queryType"]!["name"]!.GetValue<string>());
        foreach (var query in new[] { "{ units { totalCount } }", $"{{ node(id: \"{ledger.A.CaseId}\") {{ id }} }}", "{ errorCodes { code } }",
                     $"mutation {{ renameUnit(input: {{ unitId: \"{ledger.A.CountyId}\", name: \"x\", effectiveOn: \"2026-11-01\" }}) {{ errors {{ code }} }} }}" })
        {
            var result = await anonymous.ExecuteAsync(query);
            Assert.Equal("AUTH_REQUIRED", Code(result));
            Assert.DoesNotContain(ledger.A.CaseNumber, result.ToJsonString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_token_signed_with_another_key_or_expired_is_anonymous()
    {
        var forged = TokenIssuer.Issue(new AuthOptions { SigningKey = "someone-elses-signing-key-0123456789abcdef" },
            new CaseLedgerUser("mallory", Role.Admin, null), TimeSpan.FromHours(1), DateTimeOffset.UtcNow);
        var expired = TokenIssuer.Issue(new AuthOptions { SigningKey = CaseLedgerHost.SigningKey },
            new CaseLedgerUser("late", Role.Admin, null), TimeSpan.FromHours(1), DateTimeOffset.UtcNow.AddHours(-3));

        foreach (var token in new[] { forged, expired, "not-a-token" })
        {
            var client = new GraphQLClient(ledger.HttpFor(token));
            Assert.Equal("AUTH_REQUIRED", Code(await client.ExecuteAsync("{ units { totalCount } }")));
        }
    }

    [Fact]
    public async Task The_events_actor_is_the_token_user_name()
    {
        var registrar = ledger.ClientFor(Role.Registrar, ledger.A.City, "登记员张三");

        await registrar.MutateAsync("renameUnit", new { unitId = ledger.A.CountyId, name = "永宁县（新）", effectiveOn = "2026-11-01" }, "unit { id }");
        var history = (await ledger.GraphQL.QueryAsync($"{{ unit(id: \"{ledger.A.CountyId}\") {{ history {{ actor }} }} }}"))["unit"]!["history"]!;

        Assert.Equal("登记员张三", history.AsArray()[^1]!["actor"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(Role.Inspector, "raiseMotion")]
    [InlineData(Role.Supervisor, "raiseMotion")]
    [InlineData(Role.Inspector, "enterReservePool")]
    public async Task Readers_cannot_write_even_in_their_remit(Role role, string mutation)
    {
        var client = ledger.ClientFor(role, ledger.A.City);
        var input = mutation == "raiseMotion"
            ? (object)new { caseId = ledger.A.CaseId, proposedBy = "x", summary = "x", effectiveOn = "2026-11-03" }
            : new { cadreId = ledger.A.CadreId, targetLevel = "COUNTY", inspectionReference = "x", effectiveOn = "2026-11-01" };
        var inputType = $"{char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input";

        var result = await client.ExecuteAsync($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ errors {{ code }} }} }}", new { input });

        Assert.Equal("FORBIDDEN", Code(result));
        Assert.Contains(role == Role.Inspector && mutation == "enterReservePool" ? "ChangeCadres" : "RecordCases", result.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registrar_reads_current_state_but_not_history_and_only_admins_verify_the_ledger()
    {
        var registrar = ledger.ClientFor(Role.Registrar, ledger.A.City);

        Assert.Equal("FORBIDDEN", Code(await registrar.ExecuteAsync($"{{ case(id: \"{ledger.A.CaseId}\") {{ history {{ version }} }} }}")));
        Assert.Equal("FORBIDDEN", Code(await registrar.ExecuteAsync("{ ledgerIntegrity { isIntact } }")));
        Assert.Equal("FORBIDDEN", Code(await ledger.ClientFor(Role.Inspector, ledger.A.City).ExecuteAsync("{ accessLog { totalCount } }")));
        Assert.NotNull((await ledger.ClientFor(Role.Inspector, ledger.A.City).QueryAsync(
            $"{{ case(id: \"{ledger.A.CaseId}\") {{ history {{ version }} asOfVersion(version: 1) {{ number }} }} }}"))["case"]);
    }

    [Fact]
    public async Task A_supervisor_sees_birth_year_only_and_no_growth_places_or_cadre_history()
    {
        var supervisor = ledger.ClientFor(Role.Supervisor, ledger.A.City);

        var cadre = (await supervisor.QueryAsync($"{{ cadre(id: \"{ledger.A.CadreId}\") {{ name birthDate birthYear growthPlaces }} }}"))["cadre"]!;
        var history = await supervisor.ExecuteAsync($"{{ cadre(id: \"{ledger.A.CadreId}\") {{ history {{ data }} }} }}");

        Assert.Null(cadre["birthDate"]);
        Assert.Null(cadre["growthPlaces"]);
        Assert.Equal(1980, cadre["birthYear"]!.GetValue<int>());
        Assert.Equal("FORBIDDEN", Code(history));
        Assert.DoesNotContain("1980-04-12", history.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_inspectors_read_of_a_full_record_is_logged_for_admins()
    {
        var inspector = ledger.ClientFor(Role.Inspector, ledger.B.City, "检查员李四");
        var registrar = ledger.ClientFor(Role.Registrar, ledger.B.City, "登记员王五");

        var full = (await inspector.QueryAsync($"{{ cadre(id: \"{ledger.B.CadreId}\") {{ birthDate growthPlaces }} }}"))["cadre"]!;
        await inspector.QueryAsync("{ cadres { edges { node { name } } } }"); // no personal data read: not logged
        await registrar.QueryAsync($"{{ cadre(id: \"{ledger.B.CadreId}\") {{ birthDate }} }}"); // registrars are not logged

        Assert.Equal("1980-04-12", full["birthDate"]!.GetValue<string>());
        var log = (await ledger.GraphQL.QueryAsync($"{{ accessLog(cadreId: \"{ledger.B.CadreId}\") {{ totalCount edges {{ node {{ actor role cadreId readAt }} }} }} }}"))["accessLog"]!;
        Assert.Equal(1, log["totalCount"]!.GetValue<int>());
        Assert.Equal("检查员李四", log["edges"]![0]!["node"]!["actor"]!.GetValue<string>());
        Assert.Equal("INSPECTOR", log["edges"]![0]!["node"]!["role"]!.GetValue<string>());
        Assert.Equal(ledger.B.CadreId, log["edges"]![0]!["node"]!["cadreId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_cadre_a_registrar_registers_is_in_their_remit_until_placed_and_no_one_elses()
    {
        var registrarA = ledger.ClientFor(Role.Registrar, ledger.A.City);
        var registrarB = ledger.ClientFor(Role.Registrar, ledger.B.City);

        var cadre = await registrarA.RegisterCadreAsync("新登记");
        var seenByB = await registrarB.QueryAsync($"{{ cadre(id: \"{GraphQLClient.Id(cadre)}\") {{ id }} }}");

        Assert.NotNull((await registrarA.QueryAsync($"{{ cadre(id: \"{GraphQLClient.Id(cadre)}\") {{ id }} }}"))["cadre"]);
        Assert.Null(seenByB["cadre"]);
    }
}

/// <summary>Outside Development: no introspection (unless configured), no exception details, no "did you mean" hints.</summary>
public sealed class ProductionHost : CaseLedgerHost
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

public sealed class ProductionTests(ProductionHost host) : IClassFixture<ProductionHost>
{
    [Fact]
    public async Task Introspection_is_off_and_typos_get_no_suggestions()
    {
        var introspection = await host.GraphQL.ExecuteAsync("{ __schema { queryType { name } } }");
        var typo = await host.GraphQL.ExecuteAsync("{ unitz { totalCount } }");

        Assert.Contains("introspection", introspection["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Did you mean", typo.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Query", (await host.Anonymous().QueryAsync("{ __typename }"))["__typename"]!.GetValue<string>());
    }
}
