using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Units;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

/// <summary>
/// Given/when/then for each class of defect issue #11 lists, violating and compliant shape side by side: promotions by
/// retention under the consent rule, consent on the secondment case, the step order per channel and deciding body,
/// facts as of the day judged (unit kind and 参公 status, the unit tree), working days, the young-cadre deadline after
/// leaving service, and citations per rule version.
/// </summary>
public class PromotionClassesTests
{
    private static readonly Guid Village = Guid.Parse("aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa");

    private static CaseFile WithUnits(CaseFile file, params UnitFacts[] units)
    {
        var all = new Dictionary<Guid, UnitFacts>(file.Units);
        foreach (var unit in units)
            all[unit.Id] = unit;
        return file with { Units = all };
    }

    // ---- consent: retention at the host, and consent recorded on the secondment case

    private static CaseFiles Retained(bool consent) =>
        Opened(CaseChannel.OutboundSecondment, DeputySection(County), null, new(2025, 3, 1))
            .Then(new SecondmentStarted(CaseId, County, Township, DeputySection(Township), new(2026, 3, 1), new(2025, 3, 1)))
            .Then(consent ? new SendingUnitConsentRecorded(CaseId, County, "原组函〔2026〕2号", new(2026, 2, 10)) : new MotionRaised(CaseId, "镇党委", "拟留任", new(2026, 2, 10)))
            .Then(new SecondmentRetainedAtHost(CaseId, ChiefSection(Township), "固党任〔2026〕3号", new(2026, 2, 20)));

    [Fact]
    [RuleTest("NX-SECONDMENT-PROMOTION-CONSENT", RuleTestKind.Violating)]
    public void A_promotion_by_retention_at_the_host_without_the_sending_units_consent_is_a_violation() =>
        Assert.Contains("with no consent of the sending unit", new SecondmentPromotionConsent().Evaluate(Retained(consent: false).File)?.Explanation ?? "");

    [Fact]
    [RuleTest("NX-SECONDMENT-PROMOTION-CONSENT", RuleTestKind.Compliant)]
    public void A_promotion_by_retention_at_the_host_with_consent_is_compliant() =>
        Assert.Null(new SecondmentPromotionConsent().Evaluate(Retained(consent: true).File));

    private static CaseFile PromotedWhileSeconded(params DateOnly[] consentsOnTheSecondment)
    {
        var file = Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefSection(County), new(2026, 9, 20))
            .OnSecondment(new(2026, 5, 15), null).Decided(new(2026, 10, 15)).File;
        return file with { Secondments = [file.Secondments[0] with { ConsentsOn = consentsOnTheSecondment }] };
    }

    [Fact]
    public void Consent_recorded_on_the_secondment_case_is_honoured_by_the_promotions_case()
    {
        var rule = new SecondmentPromotionConsent();
        Assert.NotNull(rule.Evaluate(PromotedWhileSeconded()));
        Assert.NotNull(rule.Evaluate(PromotedWhileSeconded(new DateOnly(2026, 10, 16))));
        Assert.Null(rule.Evaluate(PromotedWhileSeconded(new DateOnly(2026, 10, 1))));
    }

    // ---- step order per channel; the deciding body of every promoting case

    private static CaseFiles Selection(CaseChannel channel, DecisionBody body = DecisionBody.StandingCommittee, bool examined = true)
    {
        var file = Opened(channel, DeputySection(County), ChiefSection(County), new(2026, 9, 20))
            .Then(new MotionRaised(CaseId, "县委组织部", "拟选拔", new(2026, 9, 21)));
        if (examined && channel == CaseChannel.CompetitiveSelection)
            file = file.Then(new ExaminationHeld(CaseId, 12, "县委组织部 笔试面试成绩公告", new(2026, 9, 30)));
        return file.Then(new InspectionCompleted(CaseId, ["甲", "乙"], "考察材料", new(2026, 10, 8))).Decided(new(2026, 10, 15), body);
    }

    [Fact]
    public void An_open_selection_needs_its_examination_instead_of_a_democratic_recommendation_and_an_internal_promotion_the_recommendation()
    {
        Assert.Null(new LeadershipPromotionOrder().Evaluate(Selection(CaseChannel.CompetitiveSelection).File));
        var unexamined = new LeadershipPromotionOrder().Evaluate(Selection(CaseChannel.CompetitiveSelection, examined: false).File)?.Explanation ?? "";
        Assert.Contains("缺少考试测评", unexamined);
        Assert.DoesNotContain("民主推荐", unexamined);
        Assert.Contains("民主推荐", new LeadershipPromotionOrder().Evaluate(Selection(CaseChannel.InternalPromotion).File)?.Explanation ?? "");
        // Held after the inspection, the examination is out of order.
        Assert.Contains("the examination (ExaminationHeld) (2026-10-09) after the inspection", new LeadershipPromotionOrder().Evaluate(
            Selection(CaseChannel.CompetitiveSelection, examined: false).Then(new ExaminationHeld(CaseId, 12, "成绩", new(2026, 10, 9))).File)?.Explanation);
    }

    [Fact]
    public void A_promotion_decided_by_a_secretaries_meeting_lacks_its_collective_decision_in_any_kind_of_case()
    {
        var finding = new LeadershipPromotionOrder().Evaluate(Selection(CaseChannel.CompetitiveSelection, DecisionBody.SecretariesMeeting)
            .Then(new AppointmentNoticeIssued(CaseId, new(2026, 11, 1), false, null, new(2026, 10, 28))).File);
        Assert.Contains("讨论决定", finding?.Explanation ?? "");
        Assert.Null(new LeadershipPromotionOrder().Evaluate(Selection(CaseChannel.CompetitiveSelection)
            .Then(new PublicNoticeGiven(CaseId, "县直", new(2026, 10, 16), new(2026, 10, 22), 0, 0, new(2026, 10, 22)))
            .Then(new AppointmentNoticeIssued(CaseId, new(2026, 11, 1), false, null, new(2026, 10, 28))).File));
    }

    // ---- working days: one calendar, known days first

    [Fact]
    [RuleTest("TL-PUBLICITY-5WD", RuleTestKind.Compliant)]
    public void A_notice_spanning_an_uncovered_year_is_compliant_when_its_known_days_reach_five_and_for_review_otherwise()
    {
        AuditFinding? Notice(DateOnly start, DateOnly end) => new PublicNoticeFiveWorkingDays().Evaluate(
            Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefSection(County), new(2026, 12, 1)).Decided(new(2026, 12, 10))
                .Then(new PublicNoticeGiven(CaseId, "县直", start, end, 0, 0, end)).File);
        // 2026-12-24 (Thu) … 2027-01-04: 24, 25, 28, 29, 30, 31 December are six known working days.
        Assert.Null(Notice(new(2026, 12, 24), new(2027, 1, 4)));
        // 2026-12-30 … 2027-01-05: two known working days; the rest lies in 2027, which the calendar lacks.
        Assert.Equal(AuditSeverity.NeedsReview, Notice(new(2026, 12, 30), new(2027, 1, 5))?.Severity);
    }

    // ---- the young-cadre deadline stops when the cadre leaves service

    private static CaseFile YoungPromoted(DateOnly? leftOn)
    {
        var clerk = new Post(Region, "综合处副处长", PostLevel.Township, PostGrade.Deputy, true);
        var head = new Post(Region, "综合处处长", PostLevel.Township, PostGrade.Chief, true);
        var file = Opened(CaseChannel.InternalPromotion, clerk, head, new(2022, 1, 10)).BornOn(new(1990, 5, 1)).Decided(new(2022, 2, 15))
            .Then(new AppointmentNoticeIssued(CaseId, new(2022, 3, 1), false, null, new(2022, 2, 20)))
            .Held(clerk, new(2016, 7, 1)).Held(head, new(2022, 3, 1), byThisCase: true).JudgedOn(new(2025, 6, 1)).File;
        return file with { LeftServiceOn = leftOn };
    }

    [Fact]
    public void The_young_cadre_deadline_runs_while_the_cadre_serves_and_stops_when_they_leave()
    {
        Assert.Equal(AuditSeverity.Violation, new YoungCadreGrassroots3Y().Evaluate(YoungPromoted(null))?.Severity);
        Assert.Null(new YoungCadreGrassroots3Y().Evaluate(YoungPromoted(new(2024, 12, 31))));
        // Left after the deadline had passed: the violation stands.
        Assert.Equal(AuditSeverity.Violation, new YoungCadreGrassroots3Y().Evaluate(YoungPromoted(new(2025, 5, 1)))?.Severity);
    }

    // ---- facts as of the day judged: a unit's kind and 参公 status then, not now

    private static UnitFacts Source(DateOnly approvedOn) =>
        new(ReferenceManaged, "自治区社会保险事业管理局", AdministrativeLevel.Region, UnitKind.ReferenceManagedUnit, null, approvedOn)
        {
            Timeline =
            [
                new(new(2005, 1, 1), "自治区社会保险事业管理局", UnitKind.PublicInstitution, null, null),
                new(approvedOn, "自治区社会保险事业管理局", UnitKind.ReferenceManagedUnit, approvedOn, null),
            ],
        };

    private static CaseFile LateralOut(DateOnly approvedOn) => WithUnits(
        Opened(CaseChannel.LateralTransfer, DeputySection(ReferenceManaged), DeputySection(Region), new(2018, 1, 10)).Decided(new(2018, 2, 1)).File,
        Source(approvedOn));

    [Fact]
    public void A_unit_approved_as_reference_managed_after_the_decision_was_no_reference_managed_unit_then()
    {
        Assert.NotNull(new ReferenceManagedToCivilService().Evaluate(LateralOut(new(2010, 6, 1))));
        Assert.Null(new ReferenceManagedToCivilService().Evaluate(LateralOut(new(2020, 6, 1))));
    }

    [Fact]
    public void A_unit_is_seen_as_it_was_on_the_day()
    {
        var unit = Source(new(2010, 6, 1)) with { Name = "自治区社会保险事业管理中心" };
        Assert.Equal(UnitKind.PublicInstitution, unit.On(new(2009, 1, 1)).Kind);
        Assert.Equal(UnitKind.ReferenceManagedUnit, unit.On(new(2010, 6, 1)).Kind);
        Assert.Equal("自治区社会保险事业管理局", unit.On(new(2011, 1, 1)).Name);
    }

    // ---- the unit tree: a departing leader's window covers the units under them; growth places by the tree

    private static UnitFacts TownshipUnder(Guid parent) =>
        new(Township, "将台堡镇", AdministrativeLevel.Township, UnitKind.PartyGovOrgan, NingxiaArea.Mountain) { ParentId = parent };

    private static CaseFile TownshipPromotion(Guid parentOfTownship, params UnitAnnouncement[] countyAnnouncements)
    {
        var file = Opened(CaseChannel.InternalPromotion, DeputySection(Township), ChiefSection(Township), new(2026, 3, 1)).Decided(new(2026, 5, 10)).File;
        return WithUnits(file, TownshipUnder(parentOfTownship), file.Units[County] with { Announcements = countyAnnouncements });
    }

    [Fact]
    public void A_promotion_in_a_unit_under_the_departing_leader_is_in_the_surprise_window_and_elsewhere_it_is_not()
    {
        var departure = new UnitAnnouncement(UnitAnnouncementKind.LeaderDeparture, "区委书记 张明", new(2026, 5, 1), new(2026, 6, 30));
        Assert.Equal(AuditSeverity.NeedsReview, new SurprisePromotion().Evaluate(TownshipPromotion(County, departure))?.Severity);
        Assert.Null(new SurprisePromotion().Evaluate(TownshipPromotion(Region, departure)));
        // A restructuring of the county is the county's, not its townships'.
        Assert.Null(new SurprisePromotion().Evaluate(TownshipPromotion(County,
            new UnitAnnouncement(UnitAnnouncementKind.Restructuring, "机构改革", new(2026, 5, 1), new(2026, 6, 30)))));
    }

    private static CaseFile ExchangeTo(Guid parentOfTownship, string growthPlace)
    {
        var file = new CaseFiles().Then(new CaseOpened(CaseId, "JL-2026-000001", CaseKind.Exchange, CaseChannel.Rotation, CadreId,
            DeputySection(Region), DeputySection(Township), new(2026, 6, 20), ExchangeReason.WorkNeeds)).Decided(new(2026, 6, 28)).File;
        return WithUnits(file with { GrowthPlaces = [growthPlace] }, TownshipUnder(parentOfTownship));
    }

    [Fact]
    public void A_destination_under_the_county_the_cadre_grew_up_in_is_a_favour_signal_and_one_elsewhere_is_not()
    {
        Assert.Contains("lies in the growth place '原州'", new FavourExchangeSignals().Evaluate(ExchangeTo(County, "原州"))?.Explanation ?? "");
        Assert.Null(new FavourExchangeSignals().Evaluate(ExchangeTo(Region, "原州")));
    }

    // ---- citations

    [Fact]
    public void The_consent_rule_cites_paragraph_three_of_point_five() =>
        Assert.Equal("第五条第三款", new SecondmentPromotionConsent().Citation.Clause);

    [Fact]
    public void A_finding_cites_the_text_in_force_for_the_version_it_was_judged_by()
    {
        static AuditFinding? Order(DateOnly decided) => new LeadershipPromotionOrder().Evaluate(
            Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefSection(County), decided.AddDays(-30)).Decided(decided).File);
        var before2019 = Order(new(2018, 5, 1));
        var after2019 = Order(new(2020, 5, 1));
        Assert.Equal((1, true), (before2019?.RuleVersion, before2019!.Explanation.Contains("党政领导干部选拔任用工作条例（2014）", StringComparison.Ordinal)));
        Assert.Equal((2, true), (after2019?.RuleVersion, after2019!.Explanation.Contains("中华人民共和国公务员法（2018）", StringComparison.Ordinal)));
        Assert.DoesNotContain("公务员法", before2019.Explanation, StringComparison.Ordinal);
    }
}
