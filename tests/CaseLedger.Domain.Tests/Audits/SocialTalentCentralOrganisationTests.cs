using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

public class SocialTalentCentralOrganisationTests
{
    private static readonly SocialTalentCentralOrganisation Rule = new();

    private static readonly Post Engineer = new(County, "聘任制首席工程师", PostLevel.County, PostGrade.Deputy, false);

    private static CaseFile Entry(CaseChannel channel, MotionRaised? motion, CadreCategory category = CadreCategory.SocialTalent)
    {
        var files = Opened(channel, null, Engineer, new(2025, 3, 1));
        if (motion is not null)
            files = files.Then(motion);
        return files.Decided(new(2025, 4, 20)).File with { Category = category };
    }

    private static MotionRaised Motion(string proposedBy, string? organiser = null, string? delegation = null) =>
        new(CaseId, proposedBy, "聘任周敏为首席工程师", new(2025, 3, 2), organiser, delegation);

    [Theory]
    [InlineData(CaseChannel.ContractAppointment)]
    [InlineData(CaseChannel.ExamRecruitment)]
    [InlineData(CaseChannel.CompetitiveSelection)]
    [InlineData(CaseChannel.DirectIntroduction)]
    [RuleTest("NX-SOCIAL-TALENT-CENTRAL-ORG", RuleTestKind.Violating)]
    public void An_entry_organised_by_a_city_department_is_a_violation(CaseChannel channel)
    {
        var finding = Rule.Evaluate(Entry(channel, Motion("银川市委组织部")));
        Assert.Equal(AuditSeverity.Violation, finding?.Severity);
        Assert.Contains("is organised by 银川市委组织部 (motion of 2025-03-02)", finding!.Explanation);
        Assert.Equal([2L], finding.EvidenceVersions);
    }

    [Theory]
    [InlineData("自治区党委组织部")]
    [InlineData("宁夏回族自治区人力资源和社会保障厅")]
    [InlineData("区党委组织部")]
    [InlineData("自治区人社厅")]
    [RuleTest("NX-SOCIAL-TALENT-CENTRAL-ORG", RuleTestKind.Compliant)]
    public void An_entry_organised_by_the_region_is_compliant(string organiser)
    {
        Assert.Null(Rule.Evaluate(Entry(CaseChannel.ContractAppointment, Motion(organiser))));
        Assert.Null(Rule.Evaluate(Entry(CaseChannel.ContractAppointment, Motion("银川市委组织部", organiser))));
    }

    [Fact]
    public void The_organising_authority_counts_over_the_proposer_and_a_recorded_delegation_is_the_exception()
    {
        Assert.NotNull(Rule.Evaluate(Entry(CaseChannel.ContractAppointment, Motion("自治区党委组织部", "银川市科技局"))));
        Assert.Null(Rule.Evaluate(Entry(CaseChannel.ContractAppointment, Motion("银川市委组织部", delegation: "宁组函〔2025〕5号"))));
        Assert.NotNull(Rule.Evaluate(Entry(CaseChannel.ContractAppointment, Motion("自治区发展和改革委员会"))));
    }

    [Fact]
    public void A_correction_naming_the_region_as_organiser_removes_the_cause()
    {
        var corrected = Opened(CaseChannel.ContractAppointment, null, Engineer, new(2025, 3, 1))
            .Then(Motion("银川市委组织部"))
            .Then(new CaseStepCorrected(CaseId, 2, ProcedureStep.Motion, "组织实施机关漏录", new(2025, 3, 5)))
            .Then(Motion("银川市委组织部", "自治区人力资源和社会保障厅")).File;
        Assert.Null(Rule.Evaluate(corrected with { Category = CadreCategory.SocialTalent }));
    }

    [Fact]
    public void Cadres_already_in_the_system_and_elections_are_out_of_scope()
    {
        Assert.Null(Rule.Evaluate(Entry(CaseChannel.ContractAppointment, Motion("银川市委组织部"), CadreCategory.PublicInstitutionStaff)));
        Assert.Null(Rule.Evaluate(Entry(CaseChannel.Election, Motion("银川市委组织部"))));
    }

    [Fact]
    public void A_decision_with_no_motion_recorded_needs_review() =>
        Assert.Equal(AuditSeverity.NeedsReview, Rule.Evaluate(Entry(CaseChannel.ExamRecruitment, null))?.Severity);
}
