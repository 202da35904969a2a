using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.ReadSide;

/// <summary>
/// Inspector stories on the record-time axis: what the ledger said about a case at a moment or
/// a version, and the full event log with who, when and why.
/// </summary>
public sealed class RecordTimeTravelTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    [Fact]
    public async Task An_inspector_sees_the_case_as_it_stood_at_each_recorded_moment_and_version()
    {
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
        var county = await graphQL.RegisterUnitAsync("TT-1");
        var cadre = await graphQL.RegisterCadreAsync();
        var opened = await graphQL.OpenCaseAsync(Id(cadre), LedgerScenarios.Post(Id(county)), effectiveOn: "2026-12-01");
        host.Clock.Advance(TimeSpan.FromDays(14));
        await graphQL.MutateAsync("raiseMotion",
            new { caseId = Id(opened), proposedBy = "县委组织部", summary = "拟转任", effectiveOn = "2026-12-10", reason = "补录动议", documentReference = "西组〔2026〕3号" },
            "case { id }");

        var data = await graphQL.QueryAsync("""
            query($id: ID!) {
              case(id: $id) {
                version
                beforeMotion: asRecordedAt(at: "2026-12-08T09:00:00+08:00") { version stepsDone }
                afterMotion: asRecordedAt(at: "2026-12-16T09:00:00+08:00") { version stepsDone }
                beforeOpening: asRecordedAt(at: "2026-11-30T00:00:00Z") { version }
                first: asOfVersion(version: 1) { version stepsDone history { version } }
                history { version sequence type effectiveOn recordedAt actor reason documentReference correlationId hash data corrects correctedBy { version } }
              }
            }
            """, new { id = Id(opened) });

        var found = data["case"]!;
        Assert.Equal(1, found["beforeMotion"]!["version"]!.GetValue<int>());
        Assert.Empty(found["beforeMotion"]!["stepsDone"]!.AsArray());
        Assert.Equal(2, found["afterMotion"]!["version"]!.GetValue<int>());
        Assert.Equal("MOTION", found["afterMotion"]!["stepsDone"]![0]!.GetValue<string>());
        Assert.Null(found["beforeOpening"]);
        Assert.Single(found["first"]!["history"]!.AsArray());

        var history = found["history"]!.AsArray();
        Assert.Equal(2, history.Count);
        var motion = history[1]!;
        Assert.Equal("motion_raised.v1", motion["type"]!.GetValue<string>());
        Assert.Equal("2026-12-10", motion["effectiveOn"]!.GetValue<string>());
        Assert.StartsWith("2026-12-15T01:00:00", motion["recordedAt"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(CaseLedgerHost.DefaultUser, motion["actor"]!.GetValue<string>());
        Assert.Equal("补录动议", motion["reason"]!.GetValue<string>());
        Assert.Equal("西组〔2026〕3号", motion["documentReference"]!.GetValue<string>());
        Assert.Equal(64, motion["hash"]!.GetValue<string>().Length);
        Assert.Contains("县委组织部", motion["data"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(motion["sequence"]!.GetValue<long>() > history[0]!["sequence"]!.GetValue<long>());
    }

    [Fact]
    public async Task Units_and_cadres_have_their_history_too()
    {
        var cadre = await graphQL.RegisterCadreAsync("海燕", "1984-05-30");
        var unit = await graphQL.RegisterUnitAsync("TT-2");
        await graphQL.MutateAsync("recordBaselinePost",
            new { cadreId = Id(cadre), post = LedgerScenarios.Post(Id(unit)), from = "2018-02-01" }, "cadre { id }");

        var data = await graphQL.QueryAsync("query($id: ID!) { cadre(id: $id) { version history { type } } }", new { id = Id(cadre) });

        Assert.Equal(2, data["cadre"]!["version"]!.GetValue<int>());
        Assert.Equal(["cadre_registered.v1", "baseline_post_recorded.v1"], data["cadre"]!["history"]!.AsArray().Select(h => h!["type"]!.GetValue<string>()));
    }
}
