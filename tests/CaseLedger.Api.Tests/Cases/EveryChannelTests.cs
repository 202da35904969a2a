using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using CaseLedger.Domain.Cases;
using static CaseLedger.Api.Tests.Testing.CaseSteps;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Cases;

/// <summary>
/// Acceptance: every channel in the domain README's table can be opened and carried through its
/// steps to the end through GraphQL.
/// </summary>
public sealed class EveryChannelTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    public static TheoryData<CaseChannel> Channels() => [.. Enum.GetValues<CaseChannel>()];

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task A_case_of_every_channel_is_carried_from_openCase_to_its_end(CaseChannel channel)
    {
        var name = ConstantCase(channel.ToString());
        var kind = CaseChannels.KindOf(channel);
        var county = await graphQL.RegisterUnitAsync($"CH-{name}");
        var village = await graphQL.RegisterUnitAsync($"CH-{name}-V", "明荣村", "VILLAGE", Id(county), "VILLAGE_ORGANIZATION");
        var cadre = await graphQL.RegisterCadreAsync();
        object? toPost = kind == CaseKind.Secondment || channel == CaseChannel.ResignationToStartBusiness ? null : LedgerScenarios.Post(Id(county));
        var opened = await graphQL.MutateAsync("openCase",
            new { channel = name, cadreId = Id(cadre), toPost, exchangeReason = kind == CaseKind.Exchange ? "WORK_NEEDS" : null, effectiveOn = "2026-01-05" },
            "case { id version }");
        var caseId = Id(opened);

        (string Mutation, object Fields)[] steps = kind == CaseKind.Secondment
            ?
            [
                ("raiseMotion", new { proposedBy = "派出单位党组", summary = "选派挂职", effectiveOn = "2026-01-06" }),
                ("takeCollectiveDecision", new { body = "PARTY_LEADERSHIP_GROUP", membersEntitled = 7, attendees = 7, votesFor = 7, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = "2026-01-10" }),
                ("startSecondment", new { sendingUnitId = Id(county), hostUnitId = Id(village), hostPost = LedgerScenarios.Post(Id(village), "第一书记", "TOWNSHIP", "CHIEF"), startOn = "2026-02-01", plannedEndOn = "2028-02-01" }),
                ("extendSecondment", new { newPlannedEndOn = "2029-02-01", effectiveOn = "2026-10-01" }),
                ("endSecondment", new { returnedOn = "2026-11-15" }),
            ]
            :
            [
                ("raiseMotion", new { proposedBy = "组织部", summary = "拟任用", effectiveOn = "2026-01-06" }),
                ("holdDemocraticRecommendation", new { mode = "MEETING", directed = true, directedPost = "副县长", participants = 40, candidateCount = 3, effectiveOn = "2026-01-10" }),
                ("determineInspectionTargets", new { candidates = new[] { "马文军", "李明" }, effectiveOn = "2026-01-15" }),
                ("completeInspection", new { teamMembers = new[] { "王组长", "张组员" }, reportReference = "考察报告〔2026〕1号", effectiveOn = "2026-02-01" }),
                ("holdConsultation", new { consultedParties = new[] { "分管领导", "纪委监委" }, effectiveOn = "2026-02-05" }),
                ("takeCollectiveDecision", new { body = channel == CaseChannel.Election ? "ELECTION_CONGRESS" : "STANDING_COMMITTEE", membersEntitled = 11, attendees = 10, votesFor = 9, votesAgainst = 1, abstentions = 0, principalSpokeLast = true, effectiveOn = "2026-02-10" }),
                ("givePublicNotice", new { scope = "全县", startOn = "2026-02-11", endOn = "2026-02-18", objectionsReceived = 1, objectionsResolved = 1 }),
                ("requestApproval", new { authority = "市委组织部", attachments = new[] { "干部任免审批表" }, effectiveOn = "2026-02-19" }),
                ("grantApproval", new { authority = "市委组织部", reference = "固组干〔2026〕9号", effectiveOn = "2026-02-25" }),
                ("submitFiling", new { authority = "自治区党委组织部", attachments = new[] { "备案表" }, effectiveOn = "2026-02-26" }),
                ("acceptFiling", new { authority = "自治区党委组织部", effectiveOn = "2026-03-02" }),
                ("issueAppointmentNotice", new { takesEffectOn = "2026-03-05", onProbation = true, probationMonths = 12, effectiveOn = "2026-03-04" }),
                ("startProbation", new { startOn = "2026-03-05", plannedEndOn = "2027-03-05" }),
                ("assessProbation", new { passed = true, assessment = "胜任", effectiveOn = "2026-11-10" }),
                ("appointFormally", new { effectiveOn = "2026-11-12" }),
            ];

        var version = opened["version"]!.GetValue<int>();
        JsonNode summary = opened;
        foreach (var (mutation, fields) in steps)
        {
            var input = Input(caseId, fields);
            input["expectedVersion"] = version;
            summary = await graphQL.MutateAsync(mutation, input, CaseSelection);
            Assert.Equal(++version, summary["version"]!.GetValue<int>());
        }

        Assert.Equal("CLOSED", summary["status"]!.GetValue<string>());
        Assert.Equal(name, summary["channel"]!.GetValue<string>());
        Assert.Equal(steps.Length, summary["stepsDone"]!.AsArray().Count);
        Assert.Equal(kind == CaseKind.Secondment ? "2026-11-15" : "2026-11-12", summary["closedOn"]!.GetValue<string>());
        Assert.Equal(kind == CaseKind.Secondment ? "2026-02-01" : "2026-03-05", summary["effectiveOn"]!.GetValue<string>());
        Assert.Equal(steps.Length + 1L, await host.ScalarAsync($"select count(*) from {{schema}}.mt_events where stream_id = '{StreamId(summary)}'"));
    }

    private static string ConstantCase(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : $"{c}")).ToUpperInvariant();
}
