using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cases;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

public class ProbationOneYearTests
{
    private static readonly ProbationOneYear Rule = new();
    private static readonly DateOnly NoticeOn = new(2026, 10, 28);

    /// <summary>Given: a promotion decided and noticed on 2026-10-28 as a trial appointment of <paramref name="months"/> months.</summary>
    private static CaseFiles Trial(int months = 12, CaseChannel channel = CaseChannel.InternalPromotion, bool leadership = true,
        DecisionBody body = DecisionBody.StandingCommittee, DateOnly? filedOn = null)
    {
        var to = ChiefSection(County) with { IsLeadership = leadership };
        var f = Opened(channel, DeputySection(County), to, new(2026, 9, 1)).Decided(new(2026, 9, 20), body);
        if (filedOn is { } on)
            f = f.Then(new FilingSubmitted(CaseId, "银川市委组织部", ["干部任免备案表"], on));
        return f.Then(new AppointmentNoticeIssued(CaseId, new(2026, 11, 1), true, months, NoticeOn))
            .Then(new ProbationStarted(CaseId, NoticeOn.AddMonths(months), NoticeOn));
    }

    private static CaseFiles Concluded(CaseFiles f, DateOnly formallyOn) => f
        .Then(new ProbationAssessed(CaseId, true, "考核合格，胜任现职", formallyOn))
        .Then(new FormallyAppointed(CaseId, formallyOn));

    [Fact]
    [RuleTest("TL-PROBATION-1Y", RuleTestKind.Violating)]
    public void A_formal_appointment_a_day_before_the_notices_anniversary_is_a_violation()
    {
        var finding = Rule.Evaluate(Concluded(Trial(), new(2027, 10, 27)).File);

        Assert.Equal(("TL-PROBATION-1Y", AuditSeverity.Violation), (finding?.RuleId, finding?.Severity));
        Assert.Contains("formally appointed on 2027-10-27, before the probation ended on 2027-10-28", finding!.Explanation);
        Assert.Equal([3, 6], finding.EvidenceVersions); // the notice and the formal appointment
    }

    [Fact]
    [RuleTest("TL-PROBATION-1Y", RuleTestKind.Compliant)]
    public void A_formal_appointment_on_the_notices_anniversary_is_compliant() =>
        Assert.Null(Rule.Evaluate(Concluded(Trial(), new(2027, 10, 28)).File));

    [Fact]
    public void A_probation_set_shorter_than_a_year_is_a_violation_at_the_notice()
    {
        var finding = Rule.Evaluate(Trial(months: 6).File);

        Assert.Contains("试用期定为 6 个月，少于 12 个月", finding?.Explanation ?? "");
        Assert.Contains("planned to end 2027-04-28, before 2027-10-28", finding!.Explanation);
        Assert.Equal(NoticeOn, finding.EffectiveOn);
    }

    [Fact]
    public void A_formal_appointment_with_no_passed_assessment_on_record_is_a_violation() =>
        Assert.Contains("no passed probation assessment", Rule.Evaluate(Trial().Then(new FormallyAppointed(CaseId, new(2027, 11, 2))).File)?.Explanation ?? "");

    [Fact]
    public void A_filing_a_month_before_the_notice_is_compliant_and_a_day_later_is_a_violation()
    {
        Assert.Null(Rule.Evaluate(Trial(filedOn: new(2026, 9, 28)).File));

        var finding = Rule.Evaluate(Trial(filedOn: new(2026, 9, 29)).File);

        Assert.Contains("the filing was submitted on 2026-09-29, not a month before the notice (by 2026-09-28)", finding?.Explanation ?? "");
        Assert.Contains(3, finding!.EvidenceVersions);
    }

    [Theory]
    [InlineData(CaseChannel.Election, true, DecisionBody.ElectionCongress)]
    [InlineData(CaseChannel.InternalPromotion, true, DecisionBody.ElectionCongress)]
    [InlineData(CaseChannel.ContractAppointment, true, DecisionBody.PartyLeadershipGroup)]
    [InlineData(CaseChannel.InternalPromotion, false, DecisionBody.StandingCommittee)]
    public void Elected_contract_and_non_leadership_posts_are_out_of_scope(CaseChannel channel, bool leadership, DecisionBody body) =>
        Assert.Null(Rule.Evaluate(Concluded(Trial(6, channel, leadership, body), new(2027, 1, 5)).File));

    [Fact]
    public void A_transfer_to_a_non_leadership_post_serves_the_year_too() =>
        Assert.NotNull(Rule.Evaluate(Trial(months: 6, channel: CaseChannel.InboundTransfer, leadership: false).File));

    [Fact]
    public void A_notice_without_probation_is_not_judged() =>
        Assert.Null(Rule.Evaluate(Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefSection(County), new(2026, 9, 1))
            .Decided(new(2026, 9, 20)).Then(new AppointmentNoticeIssued(CaseId, new(2026, 11, 1), false, null, NoticeOn)).File));

    [Fact]
    public void Correcting_a_six_month_notice_to_a_year_removes_the_cause()
    {
        var corrected = Trial(months: 6)
            .Then(new CaseStepCorrected(CaseId, 3, ProcedureStep.AppointmentNotice, "试用期月数录入错误", new(2026, 10, 30)))
            .Then(new AppointmentNoticeIssued(CaseId, new(2026, 11, 1), true, 12, NoticeOn))
            .Then(new CaseStepCorrected(CaseId, 4, ProcedureStep.Probation, "试用期结束日随之更正", new(2026, 10, 30)))
            .Then(new ProbationStarted(CaseId, new(2027, 10, 28), NoticeOn));

        Assert.Null(Rule.Evaluate(corrected.File));
    }
}
