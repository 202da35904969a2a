using CaseLedger.Domain.Audits.Rules;

namespace CaseLedger.Domain.Audits;

/// <summary>The rule catalogue as code: every implemented rule with its defaults, in the catalogue's priority order.</summary>
public static class AuditRules
{
    public static IReadOnlyList<AuditRule> All { get; } =
    [
        new AgeTransferGrassroots45(),
        new ExchangeCollectiveDecision(),
        new DecisionQuorum(),
        new InspectionTeam(),
        new SecondmentPromotionConsent(),
        new PublicNoticeFiveWorkingDays(),
        new LeadershipPromotionOrder(),
        new RecommendationValidOneYear(),
        new PromotionTransferApproval(),
        new ProbationOneYear(),
        new DirectIntroductionProcedure(),
        new FilingTimely(),
        new AgeRetransfer55(),
        new PromotionTransferEligibility(),
        new ReferenceManagedToCivilService(),
        new YoungCadreGrassroots3Y(),
        new ReserveCadrePool(),
        new FavourExchangeSignals(),
        new SurprisePromotion(),
        new SocialTalentCentralOrganisation(),
        new DecisionCollective(),
        new ApprovalAndFiling(),
        new NoticeBeforeAppointment(),
        new ObjectionsOpenAtAppointment(),
        new AvoidSelectionWork(),
        new LateralTransferScope(),
        new FrequentTransfers(),
        new SecondmentDuration(),
        new FirstSecretaryTerm(),
        new NotInspectable(),
        new SanctionBlocksPromotion(),
        new PromotionDeputyToChief(),
        new PromotionLowerChiefToUpperDeputy(),
        new PromotionCountyWorkYears(),
        new PromotionCountyGrassroots(),
        new PromotionTwoPostsBelow(),
        new NoSkipTwoLevels(),
        new NoExceptionalPromotionDuringProbation(),
        new TransferAgeCapSection(),
        new TransferAgeCapDivision(),
        new TransferAgeCapCountyTeam(),
        new TransferAgeCapDepartmental(),
        new AvoidKinPosts(),
        new AvoidRegion(),
        new TransferProcedureOrder(),
        new EligibilityReview(),
        new AppointmentTalk(),
    ];

    public static AuditRule? Find(string id) => All.FirstOrDefault(r => r.Id == id);

    /// <summary>Every finding of every rule, with default parameters, on one case file.</summary>
    public static IReadOnlyList<AuditFinding> Evaluate(CaseFile file) => AuditRuleSet.Default.Evaluate(file);
}
