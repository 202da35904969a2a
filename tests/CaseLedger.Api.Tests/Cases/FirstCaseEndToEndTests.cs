using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Cases;

/// <summary>The walking skeleton: a unit, a cadre, a case and its first step, through /graphql on PostgreSQL.</summary>
public sealed class FirstCaseEndToEndTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    [Fact]
    public async Task A_case_opened_and_moved_one_step_is_queryable_with_its_cadre_posting()
    {
        var county = await graphQL.RegisterUnitAsync("E2E-640422");
        var cadre = await graphQL.RegisterCadreAsync();
        await graphQL.MutateAsync("recordBaselinePost",
            new { cadreId = Id(cadre), post = LedgerScenarios.Post(Id(county)), from = "2019-03-01" }, "cadre { id }");
        var opened = await graphQL.OpenCaseAsync(Id(cadre), LedgerScenarios.Post(Id(county), "县委副书记"));
        Assert.Matches(@"^JL-2026-\d{6}$", opened["number"]!.GetValue<string>());

        await graphQL.MutateAsync("raiseMotion",
            new { caseId = Id(opened), proposedBy = "县委组织部", summary = "拟转任", effectiveOn = "2026-11-03", expectedVersion = 1 },
            "case { id }");

        var data = await graphQL.QueryAsync("""
            query($number: String) {
              case(number: $number) {
                number kind channel status stepsDone version openedOn
                toPost { title unit { code } }
                cadre { name currentPosting { primary { from post { title level grade unit { name } } } } }
              }
            }
            """, new { number = opened["number"]!.GetValue<string>() });

        var found = data["case"]!;
        Assert.Equal("EXCHANGE", found["kind"]!.GetValue<string>());
        Assert.Equal("LATERAL_TRANSFER", found["channel"]!.GetValue<string>());
        Assert.Equal("OPEN", found["status"]!.GetValue<string>());
        Assert.Equal(["MOTION"], found["stepsDone"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(2, found["version"]!.GetValue<int>());
        Assert.Equal("2026-11-02", found["openedOn"]!.GetValue<string>());
        Assert.Equal("县委副书记", found["toPost"]!["title"]!.GetValue<string>());
        var posting = found["cadre"]!["currentPosting"]!["primary"]!;
        Assert.Equal("2019-03-01", posting["from"]!.GetValue<string>());
        Assert.Equal("副县长", posting["post"]!["title"]!.GetValue<string>());
        Assert.Equal("西吉县", posting["post"]!["unit"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_event_carries_actor_correlation_id_reason_and_a_pinned_type_name()
    {
        var county = await graphQL.RegisterUnitAsync("E2E-META");
        var cadre = await graphQL.RegisterCadreAsync("李娟", "1986-09-03");
        var headers = new Dictionary<string, string> { ["X-Correlation-Id"] = "inspect-me-42" };
        var result = await graphQL.ExecuteAsync("""
            mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } errors { code } } }
            """,
            new { input = new { channel = "ROTATION", exchangeReason = "POST_ROTATION_REQUIRED", cadreId = Id(cadre), toPost = LedgerScenarios.Post(Id(county)), effectiveOn = "2026-11-02", reason = "轮岗交流", documentReference = "宁组干〔2026〕7号" } },
            headers);
        var caseId = StreamId(result["data"]!["openCase"]!["case"]!);

        await using var session = host.Store.QuerySession();
        var opened = Assert.Single(await session.Events.FetchStreamAsync(caseId));
        Assert.Equal("case_opened.v1", opened.EventTypeName);
        Assert.Equal("inspect-me-42", opened.CorrelationId);
        Assert.Equal(CaseLedgerHost.DefaultUser, opened.GetHeader("actor")?.ToString());
        Assert.Equal("轮岗交流", opened.GetHeader("reason")?.ToString());
        Assert.Equal("宁组干〔2026〕7号", opened.GetHeader("documentReference")?.ToString());
    }
}
