using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

public class FavourExchangeSignalsTests
{
    private static readonly FavourExchangeSignals Rule = new();

    /// <summary>Given: a lateral transfer into 原州区 (the test county), decided on 2026-06-28.</summary>
    private static CaseFile Exchange(ExchangeReason reason = ExchangeReason.WorkNeeds, DateOnly? decidedOn = null) =>
        new CaseFiles().Then(new CaseOpened(CaseId, "JL-2026-000001", CaseKind.Exchange, CaseChannel.LateralTransfer, CadreId,
                DeputySection(Soe), DeputySection(County), new(2026, 6, 20), reason))
            .Decided(decidedOn ?? new(2026, 6, 28)).File;

    private static KinTie SpouseIn(Guid unit, DateOnly from, DateOnly? to) =>
        new("马兰", KinRelation.Spouse, [new RelativePost(unit, "区委办公室主任", from, to)]);

    [Fact]
    [RuleTest("NX-NO-FAVOUR-EXCHANGE", RuleTestKind.Violating)]
    public void A_personal_request_is_a_signal_for_review_never_a_violation()
    {
        var finding = Rule.Evaluate(Exchange(ExchangeReason.PersonalRequest));
        Assert.Equal(AuditSeverity.NeedsReview, finding?.Severity);
        Assert.Contains("the stated reason is the cadre's own request", finding!.Explanation);
        Assert.Equal([1L, 2L], finding.EvidenceVersions);
    }

    [Fact]
    [RuleTest("NX-NO-FAVOUR-EXCHANGE", RuleTestKind.Compliant)]
    public void An_exchange_for_work_needs_with_no_tie_to_the_destination_raises_nothing() =>
        Assert.Null(Rule.Evaluate(Exchange() with { GrowthPlaces = ["银川"], Kin = [SpouseIn(Township, new(2020, 1, 1), null)] }));

    [Theory]
    [InlineData("原州", true)]
    [InlineData("固原市原州区", true)]
    [InlineData("原", false)] // shorter than growthPlaceMinLength (2)
    [InlineData("宁夏", false)]
    public void A_destination_in_a_growth_place_is_a_signal(string place, bool signalled)
    {
        var finding = Rule.Evaluate(Exchange() with { GrowthPlaces = [place] });
        Assert.Equal(signalled, finding is not null);
        if (signalled)
            Assert.Contains($"lies in the growth place '{place}'", finding!.Explanation);
    }

    [Fact]
    public void A_relative_holding_a_post_in_the_destination_on_the_decision_day_is_a_signal_and_one_who_left_the_day_before_is_not()
    {
        var finding = Rule.Evaluate(Exchange() with { Kin = [SpouseIn(County, new(2020, 1, 1), new(2026, 6, 28))] });
        Assert.Contains("the declared relative 马兰 (Spouse) then held 区委办公室主任 in 原州区", finding?.Explanation ?? "");
        Assert.Contains("夫妻", finding!.Explanation);
        Assert.Null(Rule.Evaluate(Exchange() with { Kin = [SpouseIn(County, new(2020, 1, 1), new(2026, 6, 27))] }));
    }

    [Fact]
    public void Every_signal_is_listed_and_the_threshold_is_configuration()
    {
        var file = Exchange(ExchangeReason.PersonalRequest) with { GrowthPlaces = ["原州区"], Kin = [SpouseIn(County, new(2020, 1, 1), null)] };
        var explanation = Rule.Evaluate(file)!.Explanation;
        Assert.Contains("本人申请", explanation);
        Assert.Contains("成长地“原州区”", explanation);
        Assert.Contains("马兰", explanation);

        var strict = new Dictionary<string, int> { ["minSignals"] = 2 };
        Assert.NotNull(Rule.Configured(strict).Evaluate(file with { Kin = [] }));
        Assert.Null(Rule.Configured(strict).Evaluate(file with { Kin = [], GrowthPlaces = [] }));
    }

    [Fact]
    public void Appointments_are_not_exchanges()
    {
        var promotion = Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefSection(County), new(2026, 6, 20)).File;
        Assert.Null(Rule.Evaluate(promotion with { GrowthPlaces = ["原州区"] }));
    }
}
