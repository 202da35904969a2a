using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.CaseSteps;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Cases;

/// <summary>Every case mutation refuses bad input with a typed error naming the input field, and appends nothing.</summary>
public sealed class CaseStepRefusalTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    /// <summary>Each row: the mutation, the input (placeholders UNIT and CADRE become real ids), the code and field expected.</summary>
    public static TheoryData<string, object, string, string?> Refusals() => new()
    {
        { "raiseMotion", new { proposedBy = " ", summary = "拟任", effectiveOn = "2026-11-03" }, "REQUIRED", "input.proposedBy" },
        { "holdDemocraticRecommendation", new { mode = "MEETING", directed = false, directedPost = "副县长", participants = 40, candidateCount = 3, effectiveOn = "2026-11-03" }, "INCONSISTENT_INPUT", "input.directedPost" },
        { "determineInspectionTargets", new { candidates = Array.Empty<string>(), effectiveOn = "2026-11-03" }, "REQUIRED", "input.candidates" },
        { "completeInspection", new { teamMembers = Array.Empty<string>(), reportReference = "考察报告", effectiveOn = "2026-11-03" }, "REQUIRED", "input.teamMembers" },
        { "holdConsultation", new { consultedParties = Array.Empty<string>(), effectiveOn = "2026-11-03" }, "REQUIRED", "input.consultedParties" },
        { "takeCollectiveDecision", new { body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = 12, votesFor = 9, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = "2026-11-03" }, "COUNT_EXCEEDS_TOTAL", "input.attendees" },
        { "givePublicNotice", new { scope = "全县", startOn = "2026-11-10", endOn = "2026-11-03", objectionsReceived = 0, objectionsResolved = 0 }, "END_BEFORE_START", "input.endOn" },
        { "requestApproval", new { authority = "", attachments = Array.Empty<string>(), effectiveOn = "2026-11-03" }, "REQUIRED", "input.authority" },
        { "grantApproval", new { authority = "市委组织部", reference = "固组干〔2026〕9号", effectiveOn = "2026-11-03" }, "STEP_MISSING", null },
        { "refuseApproval", new { authority = "市委组织部", reason = "年龄不符", effectiveOn = "2026-11-03" }, "STEP_MISSING", null },
        { "submitFiling", new { authority = "", effectiveOn = "2026-11-03" }, "REQUIRED", "input.authority" },
        { "acceptFiling", new { authority = "市委组织部", effectiveOn = "2026-11-03" }, "STEP_MISSING", null },
        { "recordSendingUnitConsent", new { sendingUnitId = "CADRE", consentReference = "同意函", effectiveOn = "2026-11-03" }, "INVALID_ID", "input.sendingUnitId" },
        { "recordTransferQualification", new { route = "OPEN_SELECTION", reference = "公开选拔结果", effectiveOn = "2026-11-03" }, "WRONG_CASE_KIND", null },
        { "recordSendingUnitOpinion", new { sendingUnitId = "UNIT", agrees = true, opinionReference = "意见函", effectiveOn = "2026-11-03" }, "WRONG_CASE_KIND", null },
        { "holdExamination", new { candidates = 0, resultsReference = "成绩公布", effectiveOn = "2026-11-03" }, "NOT_POSITIVE", "input.candidates" },
        { "reviewEligibility", new { passed = true, reviewedBy = "县委组织部", @checked = Array.Empty<string>(), effectiveOn = "2026-11-03" }, "REQUIRED", "input.checked" },
        { "issueAppointmentNotice", new { takesEffectOn = "2026-11-05", onProbation = false, effectiveOn = "2026-11-04" }, "STEP_MISSING", null },
        { "startProbation", new { startOn = "2026-11-05", plannedEndOn = "2027-11-05" }, "STEP_MISSING", null },
        { "assessProbation", new { passed = true, assessment = "胜任", effectiveOn = "2026-11-05" }, "STEP_MISSING", null },
        { "appointFormally", new { effectiveOn = "2026-11-05" }, "STEP_MISSING", null },
        { "startSecondment", new { sendingUnitId = "UNIT", hostUnitId = "UNIT", startOn = "2026-11-05", plannedEndOn = "2028-11-05" }, "WRONG_CASE_KIND", null },
        { "extendSecondment", new { newPlannedEndOn = "2029-11-05", effectiveOn = "2026-11-05" }, "WRONG_CASE_KIND", null },
        { "endSecondment", new { returnedOn = "2026-11-05" }, "WRONG_CASE_KIND", null },
        { "retainAtHost", new { hostPost = new { unitId = Guid.Empty.ToString(), title = "副县长", level = "COUNTY", grade = "DEPUTY", isLeadership = true }, decisionReference = "留任决定", effectiveOn = "2026-11-05" }, "NOT_FOUND", "input.hostPost.unitId" },
        { "withdrawCase", new { reason = " ", effectiveOn = "2026-11-05" }, "REQUIRED", "input.reason" },
        { "rejectCase", new { reason = "", effectiveOn = "2026-11-05" }, "REQUIRED", "input.reason" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_step_returns_its_typed_error_and_appends_nothing(string mutation, object fields, string code, string? field)
    {
        var county = await graphQL.RegisterUnitAsync($"REF-{mutation}");
        var cadre = await graphQL.RegisterCadreAsync();
        var opened = await graphQL.OpenCaseAsync(Id(cadre), LedgerScenarios.Post(Id(county)), channel: "INTERNAL_PROMOTION", exchangeReason: null);
        var input = Input(Id(opened), fields);
        foreach (var (key, value) in input.ToList())
            input[key] = value?.ToString() switch { "UNIT" => Id(county), "CADRE" => Id(cadre), _ => value?.DeepClone() };
        var before = await host.EventCountAsync();

        var payload = await graphQL.PayloadAsync(mutation, input, "case { id }");

        AssertRefused(payload, "case", code, field);
        Assert.Equal(before, await host.EventCountAsync());
    }

    [Fact]
    public async Task A_step_on_a_closed_case_is_refused()
    {
        var county = await graphQL.RegisterUnitAsync("REF-CLOSED");
        var cadre = await graphQL.RegisterCadreAsync();
        var opened = await graphQL.OpenCaseAsync(Id(cadre), LedgerScenarios.Post(Id(county)));
        await graphQL.StepAsync("withdrawCase", Id(opened), new { reason = "人选调整", effectiveOn = "2026-11-04" });
        var before = await host.EventCountAsync();

        var payload = await graphQL.StepPayloadAsync("raiseMotion", Id(opened), new { proposedBy = "县委组织部", summary = "拟任", effectiveOn = "2026-11-05" });

        AssertRefused(payload, "case", "CASE_CLOSED", null);
        Assert.Equal(before, await host.EventCountAsync());
    }

    [Fact]
    public async Task A_step_with_a_stale_expected_version_conflicts_and_appends_nothing()
    {
        var county = await graphQL.RegisterUnitAsync("REF-STALE");
        var cadre = await graphQL.RegisterCadreAsync();
        var opened = await graphQL.OpenCaseAsync(Id(cadre), LedgerScenarios.Post(Id(county)));
        await graphQL.StepAsync("raiseMotion", Id(opened), new { proposedBy = "县委组织部", summary = "拟任", effectiveOn = "2026-11-03", expectedVersion = 1 });
        var before = await host.EventCountAsync();

        var payload = await graphQL.StepPayloadAsync("takeCollectiveDecision", Id(opened),
            new { body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = 10, votesFor = 9, votesAgainst = 1, abstentions = 0, principalSpokeLast = true, effectiveOn = "2026-11-10", expectedVersion = 1 });

        AssertRefused(payload, "case", "CONCURRENCY_CONFLICT", "input.expectedVersion");
        Assert.Equal(before, await host.EventCountAsync());
    }
}
