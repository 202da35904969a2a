using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>PROC-ELIGIBILITY-REVIEW (资格审查) and TL-APPOINTMENT-TALK (任职谈话) through the real mutations.</summary>
public sealed class ChannelStepScenarioTests(AuditHost host) : IClassFixture<AuditHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private Task<JsonNode> DecideAsync(string caseId, string on) =>
        graphQL.StepAsync("takeCollectiveDecision", caseId,
            new { body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = 9, votesFor = 9, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = on });

    [Fact]
    [RuleTest("PROC-ELIGIBILITY-REVIEW", RuleTestKind.ApiScenario)]
    public async Task A_transfer_appointed_after_a_failed_eligibility_review_is_found_and_one_that_passed_it_first_is_not()
    {
        var county = Id(await graphQL.RegisterUnitAsync("ER-1", "原州区"));
        async Task<string> TransferredAsync(bool passed)
        {
            var cadre = await graphQL.RegisterCadreAsync("周海涛", "1980-01-01");
            var caseId = Id(await graphQL.OpenCaseAsync(Id(cadre), LedgerScenarios.Post(county, "区财政局副局长", "TOWNSHIP", "DEPUTY"), channel: "INBOUND_TRANSFER", effectiveOn: "2017-02-01"));
            var reviewed = await graphQL.StepAsync("reviewEligibility", caseId,
                new { passed, reviewedBy = "固原市委组织部干部科", @checked = new[] { "年龄", "学历", "任职年限" }, effectiveOn = "2017-02-08" },
                "case { steps { step details { ... on EligibilityReviewedDetails { passed reviewedBy checked } } } }");
            var step = reviewed["steps"]!.AsArray().Single(s => s!["step"]!.GetValue<string>() == "ELIGIBILITY_REVIEW")!;
            Assert.Equal(passed, step["details"]!["passed"]!.GetValue<bool>());
            await graphQL.StepAsync("completeInspection", caseId, new { teamMembers = new[] { "马强", "丁丽" }, reportReference = "原组考〔2017〕2号", effectiveOn = "2017-02-20" });
            await DecideAsync(caseId, "2017-03-02");
            await graphQL.StepAsync("givePublicNotice", caseId, new { scope = "原州区", startOn = "2017-03-03", endOn = "2017-03-09", objectionsReceived = 0, objectionsResolved = 0 });
            await graphQL.StepAsync("issueAppointmentNotice", caseId, new { takesEffectOn = "2017-03-27", onProbation = false, effectiveOn = "2017-03-24" });
            return caseId;
        }
        var eligible = await TransferredAsync(passed: true);
        var ineligible = await TransferredAsync(passed: false);

        Assert.Null(await host.RaisedFindingAsync(eligible, "PROC-ELIGIBILITY-REVIEW"));
        var found = await host.RaisedFindingAsync(ineligible, "PROC-ELIGIBILITY-REVIEW");
        Assert.Equal("VIOLATION", found?["severity"]!.GetValue<string>());
        Assert.Contains("found 周海涛 ineligible, yet the move to 区财政局副局长 was notice issued 2017-03-24", found!["explanation"]!.GetValue<string>());
    }

    [Fact]
    [RuleTest("TL-APPOINTMENT-TALK", RuleTestKind.ApiScenario)]
    public async Task A_promotion_announced_without_an_appointment_talk_is_for_review_and_one_with_a_talk_after_the_decision_is_not()
    {
        var county = Id(await graphQL.RegisterUnitAsync("AT-1", "隆德县"));
        async Task<string> PromotedAsync(bool talked)
        {
            var cadre = await graphQL.RegisterCadreAsync("马秀兰", "1982-05-01");
            var caseId = Id(await graphQL.OpenCaseAsync(Id(cadre), LedgerScenarios.Post(county, "县发改局局长", "TOWNSHIP", "CHIEF"), channel: "INTERNAL_PROMOTION",
                effectiveOn: "2026-09-20", exchangeReason: null));
            await DecideAsync(caseId, "2026-10-15");
            if (talked)
                await graphQL.StepAsync("holdAppointmentTalk", caseId, new { talkedBy = "县委组织部部长", effectiveOn = "2026-10-22" });
            await graphQL.StepAsync("issueAppointmentNotice", caseId, new { takesEffectOn = "2026-10-28", onProbation = true, probationMonths = 12, effectiveOn = "2026-10-27" });
            return caseId;
        }
        var talked = await PromotedAsync(talked: true);
        var silent = await PromotedAsync(talked: false);

        Assert.Null(await host.RaisedFindingAsync(talked, "TL-APPOINTMENT-TALK"));
        var found = await host.RaisedFindingAsync(silent, "TL-APPOINTMENT-TALK");
        Assert.Equal("NEEDS_REVIEW", found?["severity"]!.GetValue<string>());
        Assert.Contains("with no appointment talk (AppointmentTalkHeld) recorded", found!["explanation"]!.GetValue<string>());
    }
}
