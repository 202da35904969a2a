using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.ReadSide;

/// <summary>
/// An inspector's story over simulated weeks: a case recorded step by step, a public notice
/// corrected weeks later, and the ledger asked what it said before and after the correction.
/// Then the appointment takes effect and moves the cadre's posting on the effective axis.
/// </summary>
public sealed class InspectorStoryTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private static readonly DateTimeOffset Monday = new(2027, 1, 4, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task What_the_ledger_said_before_and_after_a_correction_and_where_the_cadre_was_posted()
    {
        host.Clock.SetUtcNow(Monday);
        var county = await graphQL.RegisterUnitAsync("IS-640422");
        var cadre = await graphQL.RegisterCadreAsync("苏晓", "1988-03-18");
        await graphQL.MutateAsync("recordBaselinePost", new { cadreId = Id(cadre), post = LedgerScenarios.Post(Id(county), "副镇长", "TOWNSHIP"), from = "2022-04-01" }, "cadre { id }");
        var opened = await graphQL.OpenCaseAsync(Id(cadre), LedgerScenarios.Post(Id(county), "副县长"), "INTERNAL_PROMOTION", "2027-01-04", exchangeReason: null);
        var caseId = Id(opened);

        host.Clock.Advance(TimeSpan.FromDays(7));
        await graphQL.StepAsync("takeCollectiveDecision", caseId, new { body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = 10, votesFor = 9, votesAgainst = 1, abstentions = 0, principalSpokeLast = true, effectiveOn = "2027-01-08" });
        host.Clock.Advance(TimeSpan.FromDays(7));
        var noticed = await graphQL.StepAsync("givePublicNotice", caseId, new { scope = "西吉县", startOn = "2027-01-11", endOn = "2027-01-13", objectionsReceived = 0, objectionsResolved = 0 });
        var noticeVersion = noticed["steps"]!.AsArray().Single(s => s!["step"]!.GetValue<string>() == "PUBLIC_NOTICE")!["version"]!.GetValue<int>();
        host.Clock.Advance(TimeSpan.FromDays(21));
        await graphQL.StepAsync("givePublicNotice", caseId, new
        {
            scope = "西吉县", startOn = "2027-01-11", endOn = "2027-01-18", objectionsReceived = 1, objectionsResolved = 1,
            correction = new { correctedVersion = noticeVersion, reason = "公示期录入有误，应为7天" },
        });
        host.Clock.Advance(TimeSpan.FromDays(1));
        await graphQL.StepAsync("issueAppointmentNotice", caseId, new { takesEffectOn = "2027-02-15", onProbation = false, effectiveOn = "2027-02-10" });

        var data = await graphQL.QueryAsync("""
            query($id: ID!, $cadre: ID!) {
              case(id: $id) {
                before: asRecordedAt(at: "2027-01-25T09:00:00+08:00") { publicNotice { endOn objectionsReceived } corrections { reason } history { version correctedBy { version } } }
                after: asRecordedAt(at: "2027-02-09T09:00:00+08:00") { publicNotice { endOn objectionsReceived } corrections { correctedVersion reason } }
                history { version type actor corrects correctedBy { version reason } }
              }
              cadre(id: $cadre) {
                beforeEffect: posting(asOf: "2027-02-14") { primary { post { title } } }
                afterEffect: posting(asOf: "2027-02-15") { primary { from post { title } case { number } } }
                career { promotions { on } }
              }
            }
            """, new { id = caseId, cadre = Id(cadre) });

        var found = data["case"]!;
        Assert.Equal("2027-01-13", found["before"]!["publicNotice"]!["endOn"]!.GetValue<string>());
        Assert.Empty(found["before"]!["corrections"]!.AsArray());
        Assert.All(found["before"]!["history"]!.AsArray(), h => Assert.Empty(h!["correctedBy"]!.AsArray()));
        Assert.Equal("2027-01-18", found["after"]!["publicNotice"]!["endOn"]!.GetValue<string>());
        Assert.Equal(noticeVersion, found["after"]!["corrections"]![0]!["correctedVersion"]!.GetValue<int>());

        var history = found["history"]!.AsArray();
        var original = history.Single(h => h!["version"]!.GetValue<int>() == noticeVersion)!;
        Assert.Equal("public_notice_given.v1", original["type"]!.GetValue<string>());
        Assert.Equal("公示期录入有误，应为7天", original["correctedBy"]![0]!["reason"]!.GetValue<string>());
        Assert.Single(history, h => h!["corrects"]?.GetValue<int>() == noticeVersion);

        var posting = data["cadre"]!;
        Assert.Equal("副镇长", posting["beforeEffect"]!["primary"]!["post"]!["title"]!.GetValue<string>());
        Assert.Equal("副县长", posting["afterEffect"]!["primary"]!["post"]!["title"]!.GetValue<string>());
        Assert.Equal(opened["number"]!.GetValue<string>(), posting["afterEffect"]!["primary"]!["case"]!["number"]!.GetValue<string>());
        Assert.Equal("2027-02-15", Assert.Single(posting["career"]!["promotions"]!.AsArray())!["on"]!.GetValue<string>());
    }
}
