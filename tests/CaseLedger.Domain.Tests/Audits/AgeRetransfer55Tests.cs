using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Units;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

public class AgeRetransfer55Tests
{
    private static readonly AgeRetransfer55 Rule = new();

    private static readonly Post OrganPost = new(RegionalOrgan, "种植业管理处处长", PostLevel.County, PostGrade.Chief, true);
    private static readonly Post InstitutionPost = new(Institution, "站长", PostLevel.County, PostGrade.Chief, true);
    private static readonly Post BackInOrgan = new(RegionalOrgan, "副巡视员", PostLevel.County, PostGrade.Chief, false);

    /// <summary>Left the 农业农村厅 for its 推广总站 in 2012, transferred back in 2017.</summary>
    private static CaseFiles TransferBack(DateOnly born, Post? to = null) =>
        Opened(CaseChannel.InboundTransfer, InstitutionPost, to ?? BackInOrgan, new(2017, 2, 10)).BornOn(born)
            .Held(OrganPost, UnitKind.PartyGovOrgan, new(2005, 1, 1), new(2011, 12, 31))
            .Held(InstitutionPost, UnitKind.PublicInstitution, new(2012, 1, 1), null);

    [Fact]
    [RuleTest("NX-AGE-RETRANSFER-55", RuleTestKind.Violating)]
    public void A_57_year_old_transferred_back_after_a_public_institution_post_is_a_violation()
    {
        var finding = Rule.Evaluate(TransferBack(new(1959, 6, 1)).Decided(new(2017, 3, 2)).File);

        Assert.NotNull(finding);
        Assert.Equal(("NX-AGE-RETRANSFER-55", 1, AuditSeverity.Violation), (finding.RuleId, finding.RuleVersion, finding.Severity));
        Assert.Equal([2L], finding.EvidenceVersions);
        Assert.Contains("candidate was 57; cap 55", finding.Explanation);
        Assert.Contains("自 2005-01-01 起任自治区农业农村厅种植业管理处处长，2012-01-01 起交流到事业单位自治区农业技术推广总站任站长", finding.Explanation);
    }

    [Fact]
    [RuleTest("NX-AGE-RETRANSFER-55", RuleTestKind.Compliant)]
    public void Exactly_55_is_within_the_cap_and_56_is_not()
    {
        Assert.Null(Rule.Evaluate(TransferBack(new(1961, 3, 3)).Decided(new(2017, 3, 2)).File)); // 55 周岁, turning 56 the next day
        Assert.NotNull(Rule.Evaluate(TransferBack(new(1961, 3, 3)).Decided(new(2017, 3, 3)).File)); // 56 on the day
    }

    [Fact]
    public void A_cadre_who_never_left_the_civil_service_for_a_public_institution_is_out_of_scope()
    {
        var institutionOnly = Opened(CaseChannel.InboundTransfer, InstitutionPost, BackInOrgan, new(2017, 2, 10)).BornOn(new(1959, 6, 1))
            .Held(InstitutionPost, UnitKind.PublicInstitution, new(2005, 1, 1), null);
        var enterpriseAfterOrgan = Opened(CaseChannel.InboundTransfer, null, BackInOrgan, new(2017, 2, 10)).BornOn(new(1959, 6, 1))
            .Held(OrganPost, UnitKind.PartyGovOrgan, new(2005, 1, 1), new(2011, 12, 31))
            .Held(new Post(Soe, "副总经理", PostLevel.County, PostGrade.Deputy, true), UnitKind.StateOwnedEnterprise, new(2012, 1, 1), null);
        Assert.Null(Rule.Evaluate(institutionOnly.Decided(new(2017, 3, 2)).File));
        Assert.Null(Rule.Evaluate(enterpriseAfterOrgan.Decided(new(2017, 3, 2)).File));
    }

    [Fact]
    public void A_transfer_into_an_enterprise_is_not_a_transfer_back_into_the_civil_service() =>
        Assert.Null(Rule.Evaluate(TransferBack(new(1959, 6, 1), new Post(Soe, "副总经理", PostLevel.County, PostGrade.Deputy, true)).Decided(new(2017, 3, 2)).File));

    [Fact]
    public void Before_the_policy_the_rule_did_not_exist() =>
        Assert.Null(Rule.Evaluate(TransferBack(new(1959, 6, 1)).Decided(new(2016, 10, 7)).File));

    [Fact]
    public void An_approval_before_the_notice_is_the_exception_but_promotion_transfer_approval_still_sees_the_broken_condition()
    {
        var approved = TransferBack(new(1959, 6, 1)).Decided(new(2017, 3, 2))
            .Then(new ApprovalGranted(CaseId, "自治区党委组织部", "宁组干〔2017〕9号", new(2017, 3, 20), ApprovalPurpose.AgeException))
            .Then(new AppointmentNoticeIssued(CaseId, new(2017, 3, 27), false, null, new(2017, 3, 24))).File;
        var unapproved = TransferBack(new(1959, 6, 1)).Decided(new(2017, 3, 2))
            .Then(new AppointmentNoticeIssued(CaseId, new(2017, 3, 27), false, null, new(2017, 3, 24))).File;

        Assert.Null(Rule.Evaluate(approved));
        Assert.NotNull(Rule.OverCap(approved));
        Assert.Null(new PromotionTransferApproval().Evaluate(approved));
        Assert.Contains("transfer back over the age cap", new PromotionTransferApproval().Evaluate(unapproved)?.Explanation ?? "");
    }

    [Fact]
    public void A_corrected_decision_is_judged_by_its_replacement()
    {
        var file = TransferBack(new(1961, 3, 3)).Decided(new(2017, 3, 3))
            .Then(new CaseStepCorrected(CaseId, 2, ProcedureStep.CollectiveDecision, "日期录入错误", new(2017, 3, 5)))
            .Decided(new(2017, 3, 2)).File;
        Assert.Null(Rule.Evaluate(file));
    }
}
