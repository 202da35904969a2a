using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

/// <summary>TR08-AGE-*: the national age caps of 调任 by level, and the approval that alone silences them.</summary>
public class TransferAgeCapsTests
{
    private static readonly DateOnly DecidedOn = new(2017, 3, 2);

    private static CaseFiles Transfer(Post to, int ageOnDecision, CaseChannel channel = CaseChannel.InboundTransfer) =>
        Opened(channel, null, to, new(2017, 2, 10)).BornOn(DecidedOn.AddYears(-ageOnDecision)).Decided(DecidedOn);

    private static Post SectionDeputy(Guid unit) => new(unit, "市公安局副科长", PostLevel.Township, PostGrade.Deputy, true);

    private static Post CountyTeam(Guid unit) => new(unit, "副区长", PostLevel.County, PostGrade.Deputy, true);

    private static Post Division(Guid unit) => new(unit, "市公安局副局长", PostLevel.County, PostGrade.Deputy, true);

    private static Post Bureau(Guid unit) => new(unit, "厅副厅长", PostLevel.Departmental, PostGrade.Deputy, true);

    public static TheoryData<string, int> Caps => new() { { "TR08-AGE-KE-40", 40 }, { "TR08-AGE-CHU-45", 45 }, { "TR08-AGE-COUNTYTEAM-50", 50 }, { "TR08-AGE-TING-55", 55 } };

    private static Post PostFor(string ruleId) => ruleId switch
    {
        "TR08-AGE-KE-40" => SectionDeputy(CityBureau),
        "TR08-AGE-CHU-45" => Division(CityBureau),
        "TR08-AGE-COUNTYTEAM-50" => CountyTeam(County),
        _ => Bureau(Region),
    };

    /// <summary>Then: the cap rule raises its violation for a candidate one year over it, with the age, birth date and cap as evidence.</summary>
    private static void OverTheCapIsAViolation(string ruleId, int cap)
    {
        var finding = AuditRules.Find(ruleId)!.Evaluate(Transfer(PostFor(ruleId), cap + 1).File);
        Assert.Equal((ruleId, 1, AuditSeverity.Violation), (finding?.RuleId, finding?.RuleVersion, finding?.Severity));
        Assert.Contains($"candidate was {cap + 1} (born {DecidedOn.AddYears(-cap - 1):yyyy-MM-dd}), over the cap of {cap}; no age-exception approval recorded", finding!.Explanation);
        Assert.Equal([1L, 2L], finding.EvidenceVersions);
    }

    /// <summary>Then: the cap rule is silent at the cap, and every other cap rule is silent on this post whatever the age.</summary>
    private static void AtTheCapIsCompliant(string ruleId, int cap)
    {
        Assert.Null(AuditRules.Find(ruleId)!.Evaluate(Transfer(PostFor(ruleId), cap).File));
        Assert.All(AuditRules.All.OfType<TransferAgeCap>().Where(r => r.Id != ruleId), other => Assert.Null(other.Evaluate(Transfer(PostFor(ruleId), 60).File)));
    }

    [Fact]
    [RuleTest("TR08-AGE-KE-40", RuleTestKind.Violating)]
    public void A_41_year_old_transferred_into_a_city_section_post_is_a_violation() => OverTheCapIsAViolation("TR08-AGE-KE-40", 40);

    [Fact]
    [RuleTest("TR08-AGE-KE-40", RuleTestKind.Compliant)]
    public void A_40_year_old_transferred_into_a_city_section_post_is_compliant() => AtTheCapIsCompliant("TR08-AGE-KE-40", 40);

    [Fact]
    [RuleTest("TR08-AGE-CHU-45", RuleTestKind.Violating)]
    public void A_46_year_old_transferred_into_a_division_post_is_a_violation() => OverTheCapIsAViolation("TR08-AGE-CHU-45", 45);

    [Fact]
    [RuleTest("TR08-AGE-CHU-45", RuleTestKind.Compliant)]
    public void A_45_year_old_transferred_into_a_division_post_is_compliant() => AtTheCapIsCompliant("TR08-AGE-CHU-45", 45);

    [Fact]
    [RuleTest("TR08-AGE-COUNTYTEAM-50", RuleTestKind.Violating)]
    public void A_51_year_old_transferred_into_a_county_team_is_a_violation() => OverTheCapIsAViolation("TR08-AGE-COUNTYTEAM-50", 50);

    [Fact]
    [RuleTest("TR08-AGE-COUNTYTEAM-50", RuleTestKind.Compliant)]
    public void A_50_year_old_transferred_into_a_county_team_is_compliant() => AtTheCapIsCompliant("TR08-AGE-COUNTYTEAM-50", 50);

    [Fact]
    [RuleTest("TR08-AGE-TING-55", RuleTestKind.Violating)]
    public void A_56_year_old_transferred_into_a_bureau_post_is_a_violation() => OverTheCapIsAViolation("TR08-AGE-TING-55", 55);

    [Fact]
    [RuleTest("TR08-AGE-TING-55", RuleTestKind.Compliant)]
    public void A_55_year_old_transferred_into_a_bureau_post_is_compliant() => AtTheCapIsCompliant("TR08-AGE-TING-55", 55);

    [Theory]
    [MemberData(nameof(Caps))]
    public void Only_an_age_exception_approval_silences_the_cap_a_routine_one_does_not(string ruleId, int cap)
    {
        var rule = AuditRules.Find(ruleId)!;
        CaseFile Approved(ApprovalPurpose? purpose, DateOnly on) => Transfer(PostFor(ruleId), cap + 3)
            .Then(new ApprovalGranted(CaseId, "固原市委组织部", "固组干〔2017〕3号", on, purpose))
            .Then(new AppointmentNoticeIssued(CaseId, new(2017, 3, 27), false, null, new(2017, 3, 24))).File;
        Assert.Null(rule.Evaluate(Approved(ApprovalPurpose.AgeException, new(2017, 3, 20))));
        Assert.Contains("the approval recorded (固组干〔2017〕3号) is routine, not an age exception", rule.Evaluate(Approved(ApprovalPurpose.Routine, new(2017, 3, 20)))?.Explanation);
        Assert.NotNull(rule.Evaluate(Approved(null, new(2017, 3, 20))));
        // An age exception granted after the appointment notice came too late.
        Assert.NotNull(rule.Evaluate(Approved(ApprovalPurpose.AgeException, new(2017, 3, 25))));
    }

    [Fact]
    public void A_promotional_transfer_is_judged_too_and_a_lateral_transfer_is_not()
    {
        Assert.NotNull(new TransferAgeCapDivision().Evaluate(Transfer(Division(CityBureau), 50, CaseChannel.PromotionalInboundTransfer).File));
        Assert.Null(new TransferAgeCapDivision().Evaluate(Transfer(Division(CityBureau), 50, CaseChannel.LateralTransfer).File));
    }

    [Fact]
    public void A_section_post_in_a_county_or_township_is_left_to_the_Ningxia_rule_so_one_transfer_is_found_once()
    {
        var file = Transfer(SectionDeputy(County), 43).File;
        Assert.Null(new TransferAgeCapSection().Evaluate(file));
        Assert.Null(new AgeTransferGrassroots45().Evaluate(file));
        var older = Transfer(SectionDeputy(Township), 47).File;
        Assert.Equal(["NX-AGE-TRANSFER-GRASSROOTS-45"], AuditRules.Evaluate(older).Select(f => f.RuleId).Where(id => id.Contains("AGE", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_county_division_post_outside_a_county_team_is_capped_at_45_and_a_rank_counts_as_a_post()
    {
        var rank = new Post(CityBureau, "四级调研员", PostLevel.County, PostGrade.Deputy, false, RankTitle.FourthClassResearcher);
        Assert.NotNull(new TransferAgeCapDivision().Evaluate(Transfer(rank, 46).File));
        Assert.Null(new TransferAgeCapCountyTeam().Evaluate(Transfer(rank, 55).File));
    }

    [Fact]
    public void A_transfer_decided_after_the_2019_revision_is_not_judged_by_the_2008_caps()
    {
        var file = Opened(CaseChannel.InboundTransfer, null, Division(CityBureau), new(2020, 2, 10)).BornOn(new(1960, 1, 1)).Decided(new(2020, 3, 2)).File;
        Assert.All(AuditRules.All.OfType<TransferAgeCap>(), rule => Assert.Null(rule.Evaluate(file)));
        Assert.Null(new TransferAgeCapDivision().VersionOn(new(2019, 11, 26)));
        Assert.NotNull(new TransferAgeCapDivision().VersionOn(new(2019, 11, 25)));
    }

    [Fact]
    public void No_decision_yet_means_no_finding() =>
        Assert.Null(new TransferAgeCapDivision().Evaluate(Opened(CaseChannel.InboundTransfer, null, Division(CityBureau), new(2017, 2, 10)).BornOn(new(1960, 1, 1)).File));
}
