using CaseLedger.Api.Audits;
using CaseLedger.Api.Cases;
using CaseLedger.Cli.DemoData;
using CaseLedger.Api.Integrity;
using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Cases;
using Marten;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>The demo slice shows at least one finding of every implemented rule, and none on its compliant cases.</summary>
public sealed class DemoDataAuditTests(AuditHost host) : IClassFixture<AuditHost>
{
    [Fact]
    public async Task DemoData_produces_a_finding_for_every_implemented_rule_and_none_on_its_compliant_cases()
    {
        await new NingxiaDemoSlice(new LedgerWriter(host.Services, "demo-data")).LoadAsync(CancellationToken.None);
        await host.WaitForAuditsAsync(TimeSpan.FromSeconds(60));

        await using var session = host.Store.QuerySession();
        var findings = await session.Query<FindingDetails>().Where(f => f.Status == FindingStatus.Raised).ToListAsync();
        var cases = (await session.Query<CaseSummary>().ToListAsync()).ToDictionary(c => c.Id);
        Assert.All(AuditRules.All, rule => Assert.Contains(findings, f => f.RuleId == rule.Id));
        // Every rule's explanation splits into its Chinese and English parts (Finding.explanationZh / explanationEn).
        Assert.All(findings, f =>
        {
            var (zh, en) = BilingualExplanation.Split(f.Explanation);
            Assert.True(zh != en && zh.EndsWith('。') && !en.Contains('。', StringComparison.Ordinal), $"{f.RuleId}: {f.Explanation}");
        });

        var byChannel = findings.Where(f => f.CaseId is not null).ToLookup(f => cases[f.CaseId!.Value].Channel, f => f.RuleId);
        Assert.All(findings.Where(f => f.CaseId is null), f => Assert.Equal("NX-RESERVE-CADRE-POOL", f.RuleId)); // about a cadre's record, not a case
        Assert.Contains("NX-AGE-TRANSFER-GRASSROOTS-45", byChannel[CaseChannel.InboundTransfer]);
        Assert.Contains("NX-PROMO-TRANSFER-APPROVAL", byChannel[CaseChannel.InboundTransfer]);
        Assert.Contains("NX-EXCHANGE-COLLECTIVE-DECISION", byChannel[CaseChannel.Rotation]);
        Assert.Contains("PROC-ORDER-LEADERSHIP-PROMOTION", byChannel[CaseChannel.PairedExchange]);
        Assert.Equal(["RECO-VALID-1Y", "TL-INSPECTION"], byChannel[CaseChannel.CompetitiveSelection].Order());
        Assert.Contains("TL-DECISION-QUORUM", byChannel[CaseChannel.LateralTransfer]);
        Assert.Contains("TL-PUBLICITY-5WD", byChannel[CaseChannel.ReciprocalExchange]);
        Assert.Contains("NX-SECONDMENT-PROMOTION-CONSENT", byChannel[CaseChannel.InternalPromotion]);
        Assert.Contains("NX-AGE-RETRANSFER-55", byChannel[CaseChannel.PromotionalInboundTransfer]);
        Assert.Contains("NX-PROMO-TRANSFER-ELIGIBILITY", byChannel[CaseChannel.PromotionalInboundTransfer]);
        Assert.Contains("NX-CANZHAO-TO-CIVIL-SERVICE", byChannel[CaseChannel.LateralTransfer]);
        Assert.Contains("NX-YOUNG-CADRE-GRASSROOTS-3Y", byChannel[CaseChannel.InternalPromotion]);
        Assert.Contains("NX-NO-FAVOUR-EXCHANGE", byChannel[CaseChannel.LateralTransfer]);
        Assert.Contains("SURPRISE-PROMO-TRANSFER-OR-RESTRUCTURE", byChannel[CaseChannel.InternalPromotion]); // raised by the later unit event
        Assert.Contains("NX-SOCIAL-TALENT-CENTRAL-ORG", byChannel[CaseChannel.ExamRecruitment]);

        // Compliant: the contract appointment, the inbound expert, the closed secondment and the election; of the first
        // secretaries only the one planned for three and a half years is flagged (FIRST-SECRETARY-TERM).
        Assert.All(new[] { CaseChannel.ContractAppointment, CaseChannel.InboundSecondment, CaseChannel.Election },
            channel => Assert.Empty(byChannel[channel]));
        Assert.Equal(["FIRST-SECRETARY-TERM"], byChannel[CaseChannel.VillageFirstSecretary]);
        // The direct introduction into 银川市's science bureau (a government organ, not an enterprise or institution) had its
        // short notice corrected before anyone looked: nothing stands on it. The one into the state capital group skipped the inspection.
        Assert.DoesNotContain(findings, f => f.CaseId is { } caseId && cases[caseId] is { Channel: CaseChannel.DirectIntroduction, ToPost.Title: "市科技局副局长" });
        Assert.Contains("NX-DIRECT-INTRO-SOE-LEADER", byChannel[CaseChannel.DirectIntroduction]);
        Assert.Contains("TL-PROBATION-1Y", byChannel[CaseChannel.InternalPromotion]);
        Assert.Contains("NX-FILING-TIMELY", byChannel[CaseChannel.InboundTransfer]);
        Assert.Contains("TL-DECISION-COLLECTIVE", byChannel[CaseChannel.Rotation]);
        Assert.Contains("TL-APPROVAL-AND-FILING", byChannel[CaseChannel.InternalPromotion]);
        Assert.Contains("AVOID-SELECTION-WORK", byChannel[CaseChannel.InternalPromotion]);
        Assert.Contains("TL-PUBLICITY-BEFORE-APPOINTMENT", byChannel[CaseChannel.LateralTransfer]);
        Assert.Contains("TL-PUBLICITY-OBJECTIONS", byChannel[CaseChannel.LateralTransfer]);
        Assert.Contains("ZR20-SCOPE", byChannel[CaseChannel.LateralTransfer]);
        Assert.Contains("ZR20-FREQUENT-TRANSFER", byChannel[CaseChannel.LateralTransfer]);
        Assert.Contains("GUAZHI-DURATION", byChannel[CaseChannel.OutboundSecondment]);
        Assert.Contains("NOT-INSPECTABLE", byChannel[CaseChannel.InternalPromotion]);
        Assert.Contains("SANCTION-BLOCKS-PROMOTION", byChannel[CaseChannel.InternalPromotion]);
        Assert.All(new[] { "PROMO-DEPUTY-TO-CHIEF-2", "PROMO-LOWERCHIEF-TO-UPPERDEPUTY-3", "PROMO-CHU-WORKYEARS-5", "PROMO-CHU-GRASSROOTS-2",
            "PROMO-TWO-POSTS-BELOW", "BREAK-NO-SKIP-TWO", "BREAK-NO-DURING-PROBATION" }, id => Assert.Contains(id, byChannel[CaseChannel.InternalPromotion]));
        Assert.All(new[] { "TR08-AGE-KE-40", "TR08-AGE-CHU-45", "TR08-AGE-COUNTYTEAM-50", "TR08-AGE-TING-55" },
            id => Assert.Contains(id, byChannel[CaseChannel.InboundTransfer]));
        Assert.Contains("TR08-PROCEDURE-ORDER", byChannel[CaseChannel.InboundTransfer]);
        Assert.Contains("PROC-ELIGIBILITY-REVIEW", byChannel[CaseChannel.InboundTransfer]);
        Assert.Contains("TL-APPOINTMENT-TALK", byChannel[CaseChannel.InternalPromotion]);
        Assert.All(new[] { "AVOID-KIN-POSTS", "AVOID-REGION" }, id => Assert.Contains(id, byChannel[CaseChannel.InternalPromotion]));
        Assert.True(AuditRules.All.Count >= 38, $"{AuditRules.All.Count} rules");

        // Finding streams are in the hash chain like every other stream.
        var report = await new LedgerVerifier(host.Store, TimeProvider.System).VerifyAsync();
        Assert.True(report.IsIntact, string.Join("\n", report.Problems.Take(5)));
    }
}
