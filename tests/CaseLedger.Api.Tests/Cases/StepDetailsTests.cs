using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using CaseLedger.Domain.Cases;
using static CaseLedger.Api.Tests.Testing.CaseSteps;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Cases;

/// <summary>
/// Every step kind's typed details (steps[].details and the Case fields) equal what was recorded: each
/// field of the stored event, as history[].data shows it, is the same value in the typed details.
/// </summary>
public sealed class StepDetailsTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private const string DetailsSelection = """
        id
        steps { step version details {
          __typename effectiveOn
          ... on MotionDetails { proposedBy summary organisingAuthority delegationReference }
          ... on DemocraticRecommendationDetails { mode directed directedPost directedPostId participants candidateCount }
          ... on InspectionTargetsDetails { candidates }
          ... on InspectionDetails { teamMembers teamSize reportReference }
          ... on ConsultationDetails { consultedParties }
          ... on CollectiveDecisionDetails { body membersEntitled attendees votesFor votesAgainst abstentions principalSpokeLast }
          ... on PublicNoticeDetails { scope startOn endOn objectionsReceived objectionsResolved }
          ... on ApprovalRequestDetails { authority attachments }
          ... on ApprovalAnswerDetails { granted authority approvalReference refusalReason purpose }
          ... on FilingSubmissionDetails { authority attachments }
          ... on FilingAcceptanceDetails { authority }
          ... on SendingUnitConsentDetails { sendingUnit { id } consentReference }
          ... on TransferQualificationDetails { route reference }
          ... on SendingUnitOpinionDetails { sendingUnit { id } agrees opinionReference }
          ... on ExaminationDetails { examinees resultsReference }
          ... on AppointmentTalkHeldDetails { talkedBy }
          ... on EligibilityReviewedDetails { passed reviewedBy checked }
          ... on AppointmentNoticeDetails { takesEffectOn onProbation probationMonths }
          ... on ProbationStartDetails { plannedEndOn }
          ... on ProbationAssessmentDetails { passed assessment }
          ... on SecondmentStartDetails { sendingUnit { id } hostUnit { id } hostPost { title level grade isLeadership unit { id } } plannedEndOn }
          ... on SecondmentExtensionDetails { newPlannedEndOn }
          ... on RetentionAtHostDetails { retainedInPost { title level grade isLeadership unit { id } } decisionReference
                                          decision { body decidedOn membersEntitled attendees votesFor votesAgainst abstentions } }
        } }
        interviewRecommendation { mode participants } meetingRecommendation { mode participants }
        inspectionTargets { candidates } inspection { teamSize reportReference } consultation { consultedParties }
        retentionAtHost { decisionReference decision { body votesFor decidedOn } }
        history { version type data }
        """;

    /// <summary>Recorded fields a details type names differently, so that no two details types give one field name two types.</summary>
    private static readonly Dictionary<(string Type, string Key), string> Renamed = new()
    {
        [("ApprovalAnswerDetails", "Reason")] = "refusalReason",
        [("ApprovalAnswerDetails", "Reference")] = "approvalReference",
        [("RetentionAtHostDetails", "HostPost")] = "retainedInPost",
        [("ExaminationDetails", "Candidates")] = "examinees",
    };

    [Fact]
    public async Task Every_step_kinds_typed_details_equal_what_was_recorded()
    {
        var county = await graphQL.RegisterUnitAsync("DETAILS-COUNTY");
        var village = await graphQL.RegisterUnitAsync("DETAILS-VILLAGE", "明荣村", "VILLAGE", Id(county), "VILLAGE_ORGANIZATION");
        var cases = new[]
        {
            await AppointmentAsync(county),
            await ExchangeAsync(county),
            await RefusedAsync(county),
            await SecondmentAsync(county, village, retain: true),
            await SecondmentAsync(county, village, retain: false),
        };

        var seen = new HashSet<string>();
        foreach (var caseId in cases)
        {
            var found = (await graphQL.QueryAsync($"query($id: ID!) {{ case(id: $id) {{ {DetailsSelection} }} }}", new { id = caseId }))["case"]!;
            var history = found["history"]!.AsArray().ToDictionary(h => h!["version"]!.GetValue<long>(), h => JsonNode.Parse(h!["data"]!.GetValue<string>())!.AsObject());
            foreach (var step in found["steps"]!.AsArray())
            {
                seen.Add(step!["step"]!.GetValue<string>());
                AssertSameAsRecorded(history[step["version"]!.GetValue<long>()], step["details"]!.AsObject(), step["step"]!.GetValue<string>());
            }
        }

        // Every step kind is covered: a new kind needs its details type here (and in the schema) to pass.
        var all = Enum.GetNames<ProcedureStep>().Select(GraphQLName);
        Assert.Empty(all.Except(seen));
    }

    [Fact]
    public async Task The_case_shows_the_recommendations_inspection_consultation_and_retention_decision()
    {
        var county = await graphQL.RegisterUnitAsync("DETAILS-CASE");
        var village = await graphQL.RegisterUnitAsync("DETAILS-CASE-V", "明荣村", "VILLAGE", Id(county), "VILLAGE_ORGANIZATION");
        var appointment = (await graphQL.QueryAsync($"query($id: ID!) {{ case(id: $id) {{ {DetailsSelection} }} }}", new { id = await AppointmentAsync(county) }))["case"]!;
        Assert.Equal("INTERVIEW_SURVEY", appointment["interviewRecommendation"]!["mode"]!.GetValue<string>());
        Assert.Equal(120, appointment["meetingRecommendation"]!["participants"]!.GetValue<int>());
        Assert.Equal(["马文军", "李志强"], Strings(appointment["inspectionTargets"]!["candidates"]));
        Assert.Equal(3, appointment["inspection"]!["teamSize"]!.GetValue<int>());
        Assert.Equal(["县人大", "县政协"], Strings(appointment["consultation"]!["consultedParties"]));
        Assert.Null(appointment["retentionAtHost"]);

        var retained = (await graphQL.QueryAsync($"query($id: ID!) {{ case(id: $id) {{ {DetailsSelection} }} }}", new { id = await SecondmentAsync(county, village, retain: true) }))["case"]!;
        Assert.Equal("STANDING_COMMITTEE", retained["retentionAtHost"]!["decision"]!["body"]!.GetValue<string>());
        Assert.Equal(8, retained["retentionAtHost"]!["decision"]!["votesFor"]!.GetValue<int>());
        Assert.Equal("2026-10-20", retained["retentionAtHost"]!["decision"]!["decidedOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task History_data_spells_enums_as_the_schema_does()
    {
        var county = await graphQL.RegisterUnitAsync("DETAILS-ENUMS");
        var caseId = await AppointmentAsync(county);
        var found = (await graphQL.QueryAsync("query($id: ID!) { case(id: $id) { history { type data } } }", new { id = caseId }))["case"]!;
        found["cadre"] = (await graphQL.QueryAsync("query($id: ID!) { case(id: $id) { cadre { id } } }", new { id = caseId }))["case"]!["cadre"]!.DeepClone();
        var opened = JsonNode.Parse(found["history"]![0]!["data"]!.GetValue<string>())!;
        var cadre = (await graphQL.QueryAsync("query($id: ID!) { cadre(id: $id) { history { data } } }", new { id = Id(found["cadre"]!) }))["cadre"]!;
        Assert.Equal("INTERNAL_PROMOTION", opened["Channel"]!.GetValue<string>());
        Assert.Equal("APPOINTMENT", opened["Kind"]!.GetValue<string>());
        Assert.Equal("COUNTY", opened["ToPost"]!["Level"]!.GetValue<string>());
        var registered = JsonNode.Parse(cadre["history"]![0]!["data"]!.GetValue<string>())!.ToJsonString();
        Assert.Contains("\"CIVIL_SERVANT\"", registered, StringComparison.Ordinal);
        Assert.DoesNotContain("\"CivilServant\"", registered, StringComparison.Ordinal);
    }

    /// <summary>Each recorded field (but the case id) has the same value in the details.</summary>
    private static void AssertSameAsRecorded(JsonObject recorded, JsonObject details, string step)
    {
        foreach (var (key, value) in recorded)
        {
            if (key is "CaseId")
                continue;
            if (key.EndsWith("UnitId", StringComparison.Ordinal))
            {
                var unit = details[Camel(key[..^2])]?["id"];
                Assert.True(unit is not null, $"{step}: {key} has no unit in the details");
                Assert.Equal(value!.GetValue<string>(), StreamId(details[Camel(key[..^2])]!).ToString());
                continue;
            }
            if (key.EndsWith("PostId", StringComparison.Ordinal) && value is not null)
            {
                // A post is named by its global id (Post:uuid), as Post.id shows it.
                Assert.Equal(value.GetValue<string>(), StreamId(new JsonObject { ["id"] = details[Camel(key)]?.DeepClone() }).ToString());
                continue;
            }
            var name = Renamed.GetValueOrDefault((details["__typename"]!.GetValue<string>(), key), Camel(key));
            Assert.True(details.ContainsKey(name), $"{step}: {key} is missing from the details {details.ToJsonString()}");
            AssertSameValue(value, details[name], $"{step}.{name}");
        }
    }

    private static void AssertSameValue(JsonNode? recorded, JsonNode? shown, string path)
    {
        switch (recorded)
        {
            case null:
                Assert.True(shown is null, $"{path}: recorded null, shown {shown?.ToJsonString()}");
                break;
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "UnitId")
                        Assert.Equal(value!.GetValue<string>(), StreamId(shown!["unit"]!).ToString());
                    else
                        AssertSameValue(value, shown![Camel(key)], $"{path}.{Camel(key)}");
                }
                break;
            default:
                Assert.True(JsonNode.DeepEquals(recorded, shown), $"{path}: recorded {recorded.ToJsonString()}, shown {shown?.ToJsonString()}");
                break;
        }
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string GraphQLName(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();

    private async Task<string> OpenAsync(JsonNode county, string channel, string? exchangeReason = null)
    {
        var cadre = await graphQL.RegisterCadreAsync();
        var secondment = channel is "VILLAGE_FIRST_SECRETARY";
        var opened = await graphQL.MutateAsync("openCase",
            new { channel, cadreId = Id(cadre), toPost = secondment ? null : LedgerScenarios.Post(Id(county)), exchangeReason, effectiveOn = "2026-01-05" }, "case { id }");
        return Id(opened);
    }

    private async Task<string> AppointmentAsync(JsonNode county)
    {
        var caseId = await OpenAsync(county, "INTERNAL_PROMOTION");
        await graphQL.StepAsync("raiseMotion", caseId, new { proposedBy = "县委组织部", summary = "拟提拔", effectiveOn = "2026-01-06", organisingAuthority = "县委", delegationReference = "宁组函〔2026〕1号" });
        await graphQL.StepAsync("holdDemocraticRecommendation", caseId, new { mode = "INTERVIEW_SURVEY", directed = false, participants = 40, candidateCount = 3, effectiveOn = "2026-01-10" });
        await graphQL.StepAsync("reviewEligibility", caseId, new { passed = true, reviewedBy = "县委组织部干部科", @checked = new[] { "年龄", "任职年限" }, effectiveOn = "2026-01-11" });
        var postId = (await graphQL.QueryAsync("query($id: ID!) { case(id: $id) { toPost { id } } }", new { id = caseId }))["case"]!["toPost"]!["id"]!.GetValue<string>();
        await graphQL.StepAsync("holdDemocraticRecommendation", caseId, new { mode = "MEETING", directed = true, directedPost = "副县长", directedPostId = postId, participants = 120, candidateCount = 2, effectiveOn = "2026-01-12" });
        await graphQL.StepAsync("determineInspectionTargets", caseId, new { candidates = new[] { "马文军", "李志强" }, effectiveOn = "2026-01-15" });
        await graphQL.StepAsync("completeInspection", caseId, new { teamMembers = new[] { "王敏", "赵刚", "周洁" }, reportReference = "考察〔2026〕2号", effectiveOn = "2026-01-25" });
        await graphQL.StepAsync("holdConsultation", caseId, new { consultedParties = new[] { "县人大", "县政协" }, effectiveOn = "2026-02-01" });
        await graphQL.StepAsync("takeCollectiveDecision", caseId, new { body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = 10, votesFor = 9, votesAgainst = 1, abstentions = 0, principalSpokeLast = true, effectiveOn = "2026-02-10" });
        await graphQL.StepAsync("givePublicNotice", caseId, new { scope = "全县", startOn = "2026-02-11", endOn = "2026-02-18", objectionsReceived = 2, objectionsResolved = 1 });
        await graphQL.StepAsync("requestApproval", caseId, new { authority = "市委组织部", attachments = new[] { "考察材料", "公示结果" }, effectiveOn = "2026-02-19" });
        await graphQL.StepAsync("grantApproval", caseId, new { authority = "市委组织部", reference = "固组干〔2026〕5号", effectiveOn = "2026-02-25" });
        await graphQL.StepAsync("submitFiling", caseId, new { authority = "自治区党委组织部", attachments = new[] { "任免审批表" }, effectiveOn = "2026-02-26" });
        await graphQL.StepAsync("acceptFiling", caseId, new { authority = "自治区党委组织部", effectiveOn = "2026-02-28" });
        await graphQL.StepAsync("recordSendingUnitConsent", caseId, new { sendingUnitId = Id(county), consentReference = "西组函〔2026〕3号", effectiveOn = "2026-02-27" });
        await graphQL.StepAsync("holdAppointmentTalk", caseId, new { talkedBy = "县委组织部部长", effectiveOn = "2026-03-02" });
        await graphQL.StepAsync("issueAppointmentNotice", caseId, new { takesEffectOn = "2026-03-05", onProbation = true, probationMonths = 12, effectiveOn = "2026-03-04" });
        await graphQL.StepAsync("startProbation", caseId, new { startOn = "2026-03-05", plannedEndOn = "2027-03-05" });
        await graphQL.StepAsync("assessProbation", caseId, new { passed = true, assessment = "胜任", effectiveOn = "2027-03-01" });
        await graphQL.StepAsync("appointFormally", caseId, new { effectiveOn = "2027-03-05" });
        return caseId;
    }

    private async Task<string> ExchangeAsync(JsonNode county)
    {
        var caseId = await OpenAsync(county, "PROMOTIONAL_INBOUND_TRANSFER", "WORK_NEEDS");
        await graphQL.StepAsync("recordTransferQualification", caseId, new { route = "COMPETITION_FOR_POST", reference = "竞岗〔2025〕7号", effectiveOn = "2025-12-01" });
        await graphQL.StepAsync("recordSendingUnitOpinion", caseId, new { sendingUnitId = Id(county), agrees = false, opinionReference = "宁国资函〔2026〕12号", effectiveOn = "2026-01-08" });
        return caseId;
    }

    private async Task<string> RefusedAsync(JsonNode county)
    {
        var caseId = await OpenAsync(county, "COMPETITIVE_SELECTION");
        await graphQL.StepAsync("holdExamination", caseId, new { candidates = 12, resultsReference = "宁组通〔2026〕15号", effectiveOn = "2026-02-10" });
        await graphQL.StepAsync("requestApproval", caseId, new { authority = "市委组织部", effectiveOn = "2026-02-19" });
        await graphQL.StepAsync("refuseApproval", caseId, new { authority = "市委组织部", reason = "任职年限不足", effectiveOn = "2026-02-25" });
        return caseId;
    }

    private async Task<string> SecondmentAsync(JsonNode county, JsonNode village, bool retain)
    {
        var caseId = await OpenAsync(county, "VILLAGE_FIRST_SECRETARY");
        await graphQL.StepAsync("startSecondment", caseId,
            new { sendingUnitId = Id(county), hostUnitId = Id(village), hostPost = LedgerScenarios.Post(Id(village), "第一书记", "TOWNSHIP", "CHIEF"), startOn = "2026-02-01", plannedEndOn = "2028-02-01" });
        await graphQL.StepAsync("extendSecondment", caseId, new { newPlannedEndOn = "2029-02-01", effectiveOn = "2027-12-01" });
        if (retain)
            await graphQL.StepAsync("retainAtHost", caseId, new
            {
                hostPost = LedgerScenarios.Post(Id(village), "村党支部书记", "TOWNSHIP", "CHIEF"),
                decisionReference = "西组干〔2026〕20号",
                decision = new { body = "STANDING_COMMITTEE", decidedOn = "2026-10-20", membersEntitled = 11, attendees = 9, votesFor = 8, votesAgainst = 1, abstentions = 0 },
                effectiveOn = "2028-01-10",
            });
        else
            await graphQL.StepAsync("endSecondment", caseId, new { returnedOn = "2029-02-01" });
        return caseId;
    }
}
