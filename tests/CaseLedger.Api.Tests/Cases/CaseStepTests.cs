using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.CaseSteps;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Cases;

/// <summary>The steps the channel walk does not take, and the details the case summary shows for each.</summary>
public sealed class CaseStepTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private const string Details = """
        case {
          status version closingReason decidedOn effectiveOn closedOn stepsDone
          motion { proposedBy summary raisedOn }
          decision { body membersEntitled attendees votesFor votesAgainst abstentions principalSpokeLast decidedOn }
          publicNotice { scope startOn endOn objectionsReceived objectionsResolved }
          approval { authority attachments requestedOn granted answeredBy reference refusalReason answeredOn }
          sendingUnitConsent { sendingUnit { code } consentReference consentedOn }
          appointmentNotice { takesEffectOn onProbation probationMonths issuedOn }
          probation { startOn plannedEndOn passed assessment assessedOn formallyAppointedOn }
          secondment { sendingUnit { code } hostUnit { code name } hostPost { title } startOn plannedEndOn plannedEnds endedOn retainedInPost { title unit { code } } retentionReference }
        }
        """;

    private async Task<(JsonNode County, string CaseId)> OpenAsync(string code, string channel = "INTERNAL_PROMOTION")
    {
        var county = await graphQL.RegisterUnitAsync(code);
        var cadre = await graphQL.RegisterCadreAsync();
        var secondment = channel is "OUTBOUND_SECONDMENT" or "VILLAGE_FIRST_SECRETARY";
        var opened = await graphQL.MutateAsync("openCase",
            new { channel, cadreId = Id(cadre), toPost = secondment ? null : LedgerScenarios.Post(Id(county)), effectiveOn = "2026-01-05" }, "case { id }");
        return (county, Id(opened));
    }

    private Task<JsonNode> DecideAsync(string caseId, string body = "STANDING_COMMITTEE", int entitled = 11, int attendees = 10) =>
        graphQL.StepAsync("takeCollectiveDecision", caseId,
            new { body, membersEntitled = entitled, attendees, votesFor = attendees, votesAgainst = 0, abstentions = 0, principalSpokeLast = false, effectiveOn = "2026-02-10" }, Details);

    [Fact]
    public async Task The_motion_decision_and_public_notice_show_on_the_case()
    {
        var (_, caseId) = await OpenAsync("STEP-DECISION");
        await graphQL.StepAsync("raiseMotion", caseId, new { proposedBy = "县委组织部", summary = "拟提拔", effectiveOn = "2026-01-06" });
        await DecideAsync(caseId, "SECRETARIES_MEETING", 11, 6);
        var summary = await graphQL.StepAsync("givePublicNotice", caseId,
            new { scope = "全县", startOn = "2026-02-11", endOn = "2026-02-13", objectionsReceived = 2, objectionsResolved = 1 }, Details);

        Assert.Equal("县委组织部", summary["motion"]!["proposedBy"]!.GetValue<string>());
        Assert.Equal("SECRETARIES_MEETING", summary["decision"]!["body"]!.GetValue<string>());
        Assert.Equal(6, summary["decision"]!["attendees"]!.GetValue<int>());
        Assert.False(summary["decision"]!["principalSpokeLast"]!.GetValue<bool>());
        Assert.Equal("2026-02-10", summary["decidedOn"]!.GetValue<string>());
        Assert.Equal("2026-02-13", summary["publicNotice"]!["endOn"]!.GetValue<string>());
        Assert.Equal(1, summary["publicNotice"]!["objectionsResolved"]!.GetValue<int>());
        Assert.Equal(["MOTION", "COLLECTIVE_DECISION", "PUBLIC_NOTICE"], Strings(summary["stepsDone"]));
    }

    [Fact]
    public async Task A_refused_approval_rejects_the_case_with_its_reason()
    {
        var (_, caseId) = await OpenAsync("STEP-REFUSE");
        var requested = await graphQL.StepAsync("requestApproval", caseId, new { authority = "市委组织部", effectiveOn = "2026-02-19" }, Details);
        Assert.Null(requested["approval"]!["granted"]);
        Assert.Empty(requested["approval"]!["attachments"]!.AsArray());

        var summary = await graphQL.StepAsync("refuseApproval", caseId,
            new { authority = "市委组织部", reason = "任职年限不足", effectiveOn = "2026-02-25" }, Details);

        Assert.Equal("REJECTED", summary["status"]!.GetValue<string>());
        Assert.False(summary["approval"]!["granted"]!.GetValue<bool>());
        Assert.Equal("任职年限不足", summary["approval"]!["refusalReason"]!.GetValue<string>());
        Assert.Equal("任职年限不足", summary["closingReason"]!.GetValue<string>());
        Assert.Equal("2026-02-25", summary["closedOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_appointment_notice_with_probation_sets_the_effective_date_and_a_failed_assessment_closes()
    {
        var (_, caseId) = await OpenAsync("STEP-PROBATION");
        await DecideAsync(caseId);
        var noticed = await graphQL.StepAsync("issueAppointmentNotice", caseId,
            new { takesEffectOn = "2026-03-05", onProbation = true, probationMonths = 12, effectiveOn = "2026-03-04" }, Details);
        Assert.Equal("EFFECTIVE", noticed["status"]!.GetValue<string>());
        Assert.Equal("2026-03-05", noticed["effectiveOn"]!.GetValue<string>());
        Assert.Equal(12, noticed["appointmentNotice"]!["probationMonths"]!.GetValue<int>());
        await graphQL.StepAsync("startProbation", caseId, new { startOn = "2026-03-05", plannedEndOn = "2027-03-05" });

        var summary = await graphQL.StepAsync("assessProbation", caseId, new { passed = false, assessment = "不胜任", effectiveOn = "2026-11-10" }, Details);

        Assert.Equal("CLOSED", summary["status"]!.GetValue<string>());
        Assert.False(summary["probation"]!["passed"]!.GetValue<bool>());
        Assert.Equal("2027-03-05", summary["probation"]!["plannedEndOn"]!.GetValue<string>());
        Assert.Equal("2026-11-10", summary["closedOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_first_secretary_is_seconded_to_a_village_with_consent_and_retained_there()
    {
        var (county, caseId) = await OpenAsync("STEP-VILLAGE", "VILLAGE_FIRST_SECRETARY");
        var village = await graphQL.RegisterUnitAsync("STEP-VILLAGE-V", "明荣村", "VILLAGE", Id(county), "VILLAGE_ORGANIZATION");
        var started = await graphQL.StepAsync("startSecondment", caseId,
            new { sendingUnitId = Id(county), hostUnitId = Id(village), hostPost = LedgerScenarios.Post(Id(village), "第一书记", "TOWNSHIP", "CHIEF"), startOn = "2026-02-01", plannedEndOn = "2028-02-01" },
            Details);
        Assert.Equal("EFFECTIVE", started["status"]!.GetValue<string>());
        Assert.Equal("明荣村", started["secondment"]!["hostUnit"]!["name"]!.GetValue<string>());
        Assert.Equal("第一书记", started["secondment"]!["hostPost"]!["title"]!.GetValue<string>());

        var consented = await graphQL.StepAsync("recordSendingUnitConsent", caseId,
            new { sendingUnitId = Id(county), consentReference = "西组函〔2026〕3号", effectiveOn = "2026-06-01" }, Details);
        Assert.Equal("STEP-VILLAGE", consented["sendingUnitConsent"]!["sendingUnit"]!["code"]!.GetValue<string>());

        var retained = await graphQL.StepAsync("retainAtHost", caseId,
            new { hostPost = LedgerScenarios.Post(Id(village), "村党支部书记", "TOWNSHIP", "CHIEF"), decisionReference = "西组干〔2026〕20号", effectiveOn = "2026-11-01" }, Details);

        Assert.Equal("CLOSED", retained["status"]!.GetValue<string>());
        Assert.Equal("村党支部书记", retained["secondment"]!["retainedInPost"]!["title"]!.GetValue<string>());
        Assert.Equal("2026-11-01", retained["secondment"]!["endedOn"]!.GetValue<string>());
        Assert.Equal("西组干〔2026〕20号", retained["secondment"]!["retentionReference"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_case_is_withdrawn_with_its_reason()
    {
        var (_, caseId) = await OpenAsync("STEP-WITHDRAW");

        var summary = await graphQL.StepAsync("withdrawCase", caseId, new { reason = "人选调整", effectiveOn = "2026-02-01" }, Details);

        Assert.Equal("WITHDRAWN", summary["status"]!.GetValue<string>());
        Assert.Equal("人选调整", summary["closingReason"]!.GetValue<string>());
        Assert.Equal("2026-02-01", summary["closedOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_case_is_rejected_with_its_reason_and_an_effective_case_cannot_be()
    {
        var (_, caseId) = await OpenAsync("STEP-REJECT");
        var summary = await graphQL.StepAsync("rejectCase", caseId, new { reason = "考察未通过", effectiveOn = "2026-02-01" }, Details);
        Assert.Equal("REJECTED", summary["status"]!.GetValue<string>());
        Assert.Equal("考察未通过", summary["closingReason"]!.GetValue<string>());

        var (_, effective) = await OpenAsync("STEP-REJECT-2");
        await DecideAsync(effective);
        await graphQL.StepAsync("issueAppointmentNotice", effective, new { takesEffectOn = "2026-03-05", onProbation = false, effectiveOn = "2026-03-04" });
        var before = await host.EventCountAsync();
        var refused = await graphQL.StepPayloadAsync("rejectCase", effective, new { reason = "迟到的否决", effectiveOn = "2026-03-10" });
        AssertRefused(refused, "case", "CASE_ALREADY_EFFECTIVE", null);
        Assert.Equal(before, await host.EventCountAsync());
    }
}
