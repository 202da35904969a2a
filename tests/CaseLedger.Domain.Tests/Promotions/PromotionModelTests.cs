using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Promotions;
using CaseLedger.Domain.Shared;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Promotions;

/// <summary>The one model of promotion: the ladder with its two sequences, the correspondence table, and every route a move takes.</summary>
public class PromotionModelTests
{
    private static Post Rank(RankTitle rank, PostLevel level = PostLevel.Township, PostGrade grade = PostGrade.Deputy) =>
        new(County, PostLadder.Chinese(rank), level, grade, false, rank);

    private static Post Leader(PostLevel level, PostGrade grade, string title = "副科长") => new(County, title, level, grade, true);

    [Theory]
    [InlineData(RankTitle.FirstClassClerk, -1)]
    [InlineData(RankTitle.SecondClassClerk, -1)]
    [InlineData(RankTitle.StaffMember, -1)]
    [InlineData(RankTitle.ThirdClassPrincipalStaff, 0)]
    [InlineData(RankTitle.FourthClassPrincipalStaff, 0)]
    [InlineData(RankTitle.DeputyPrincipalStaff, 0)]
    [InlineData(RankTitle.FirstClassPrincipalStaff, 1)]
    [InlineData(RankTitle.PrincipalStaff, 1)]
    [InlineData(RankTitle.FourthClassResearcher, 2)]
    [InlineData(RankTitle.FirstClassResearcher, 3)]
    [InlineData(RankTitle.Researcher, 3)]
    [InlineData(RankTitle.SecondClassInspector, 4)]
    [InlineData(RankTitle.DeputyInspector, 4)]
    [InlineData(RankTitle.FirstClassInspector, 5)]
    public void Each_rank_corresponds_to_the_tier_of_the_table(RankTitle rank, int tier) =>
        Assert.Equal(tier, PostLadder.Of(Rank(rank)).Tier);

    [Fact]
    public void A_rank_and_a_leadership_post_of_the_same_band_are_told_apart()
    {
        var clerk = PostLadder.Of(Rank(RankTitle.FirstClassClerk));
        var deputy = PostLadder.Of(Leader(PostLevel.Township, PostGrade.Deputy));
        Assert.False(clerk.IsLeadership);
        Assert.True(deputy.IsLeadership);
        Assert.Null(clerk.Band);
        Assert.Equal(PostLevel.Township, deputy.Band);
    }

    [Fact]
    public void Clerk_to_deputy_section_chief_is_a_leadership_promotion()
    {
        var step = Moves.Compare(Rank(RankTitle.FirstClassClerk), Leader(PostLevel.Township, PostGrade.Deputy));
        Assert.Equal(new PromotionStep(PromotionKind.LeadershipPromotion, 0, false), step);
        // An older record of 科员 that gives only band and grade (乡科级副职, not leadership) is a promotion too, by the default reading.
        var legacy = new Post(County, "科员", PostLevel.Township, PostGrade.Deputy, false);
        Assert.Equal(PromotionKind.LeadershipPromotion, Moves.Compare(legacy, Leader(PostLevel.Township, PostGrade.Deputy))?.Kind);
    }

    [Fact]
    public void Entering_leadership_at_the_rank_s_own_tier_is_a_promotion_by_default_and_configurable()
    {
        var from = Rank(RankTitle.ThirdClassPrincipalStaff);
        var to = Leader(PostLevel.Township, PostGrade.Deputy);
        Assert.Equal(new PromotionStep(PromotionKind.LeadershipPromotion, 0, true), Moves.Compare(from, to));
        Assert.Null(Moves.Compare(from, to, new PromotionReading(EntryAtCorrespondingTierPromotes: false)));
    }

    [Fact]
    public void A_move_that_skips_a_tier_is_a_skip_promotion()
    {
        Assert.Equal(1, Moves.Compare(Leader(PostLevel.Township, PostGrade.Deputy), Leader(PostLevel.County, PostGrade.Deputy))?.LevelsSkipped);
        Assert.Equal(0, Moves.Compare(Leader(PostLevel.Township, PostGrade.Chief), Leader(PostLevel.County, PostGrade.Deputy))?.LevelsSkipped);
        Assert.Equal(1, Moves.Compare(Rank(RankTitle.FirstClassClerk), Leader(PostLevel.Township, PostGrade.Chief))?.LevelsSkipped);
    }

    [Fact]
    public void Rank_promotions_follow_the_rank_ladder_and_the_2019_conversion()
    {
        Assert.Equal(PromotionKind.RankPromotion, Moves.Compare(Rank(RankTitle.FourthClassPrincipalStaff), Rank(RankTitle.ThirdClassPrincipalStaff))?.Kind);
        Assert.Null(Moves.Compare(Rank(RankTitle.ThirdClassPrincipalStaff), Rank(RankTitle.FourthClassPrincipalStaff)));
        // 主任科员 was converted to 二级主任科员: 主任科员 → 一级主任科员 is a rank promotion, → 三级主任科员 is not.
        Assert.NotNull(Moves.Compare(Rank(RankTitle.PrincipalStaff), Rank(RankTitle.FirstClassPrincipalStaff)));
        Assert.Null(Moves.Compare(Rank(RankTitle.PrincipalStaff), Rank(RankTitle.ThirdClassPrincipalStaff)));
    }

    [Fact]
    public void A_lateral_or_downward_move_is_no_promotion()
    {
        Assert.Null(Moves.Compare(Leader(PostLevel.County, PostGrade.Deputy), Leader(PostLevel.County, PostGrade.Deputy)));
        Assert.Null(Moves.Compare(Leader(PostLevel.County, PostGrade.Chief), Leader(PostLevel.County, PostGrade.Deputy)));
        Assert.Null(Moves.Compare(Leader(PostLevel.Township, PostGrade.Deputy), Rank(RankTitle.FourthClassPrincipalStaff)));
        Assert.Null(Moves.Compare(null, Leader(PostLevel.County, PostGrade.Deputy)));
    }

    [Theory]
    [InlineData(CaseChannel.InternalPromotion, MoveRoute.Appointment)]
    [InlineData(CaseChannel.CompetitiveSelection, MoveRoute.CompetitiveSelection)]
    [InlineData(CaseChannel.ContractAppointment, MoveRoute.ContractAppointment)]
    [InlineData(CaseChannel.InboundTransfer, MoveRoute.InboundTransfer)]
    [InlineData(CaseChannel.LateralTransfer, MoveRoute.LateralTransfer)]
    [InlineData(CaseChannel.ReciprocalExchange, MoveRoute.Exchange)]
    public void Every_channel_that_names_a_post_records_a_move_and_its_promotion(CaseChannel channel, MoveRoute route)
    {
        var file = Opened(channel, DeputySection(County), ChiefSection(County), new(2026, 9, 20)).Decided(new(2026, 10, 15), DecisionBody.SecretariesMeeting).File;
        var promotion = file.Promotion;
        Assert.NotNull(promotion);
        Assert.Equal(route, promotion.Route);
        Assert.Equal(PromotionKind.LeadershipPromotion, promotion.Kind);
        Assert.Equal(new DateOnly(2026, 10, 15), promotion.DecidedOn);
        Assert.Equal(DecisionBody.SecretariesMeeting, promotion.Move.DecidedBy);
        Assert.False(promotion.Move.DecidedCollectively);
    }

    [Fact]
    public void A_retention_at_the_host_in_a_higher_post_is_a_promotion_of_the_secondment_case()
    {
        var file = Opened(CaseChannel.OutboundSecondment, DeputySection(County), null, new(2025, 3, 1))
            .Then(new SecondmentStarted(CaseId, County, Township, DeputySection(Township), new(2026, 3, 1), new(2025, 3, 1)))
            .Then(new SecondmentRetainedAtHost(CaseId, ChiefSection(Township), "固党任〔2026〕3号", new(2026, 2, 20))).File;
        var promotion = file.Promotion;
        Assert.Equal(MoveRoute.RetentionAtHost, promotion?.Route);
        Assert.Equal(new DateOnly(2026, 2, 20), promotion!.DecidedOn);
        Assert.Equal("固党任〔2026〕3号", promotion.Move.DecisionReference);
        Assert.Equal(ChiefSection(Township), promotion.To);
    }

    [Fact]
    public void A_secondment_that_ends_moves_nobody() =>
        Assert.Null(Opened(CaseChannel.OutboundSecondment, DeputySection(County), null, new(2025, 3, 1))
            .Then(new SecondmentStarted(CaseId, County, Township, ChiefSection(Township), new(2026, 3, 1), new(2025, 3, 1)))
            .Then(new SecondmentEnded(CaseId, new(2026, 3, 1))).File.Move);

    [Fact]
    public void Without_a_post_named_the_post_held_on_the_decision_day_is_the_one_left()
    {
        var file = Opened(CaseChannel.CompetitiveSelection, null, ChiefSection(County), new(2026, 9, 20))
            .Held(Rank(RankTitle.FirstClassClerk), new(2015, 1, 1)).Decided(new(2026, 10, 15)).File;
        Assert.Equal(RankTitle.FirstClassClerk, file.Promotion?.From?.Rank);
        Assert.Equal(1, file.Promotion!.LevelsSkipped);
    }

    [Fact]
    public void A_promoting_channel_declares_a_promotion_the_posts_do_not_show() =>
        Assert.True(Opened(CaseChannel.PromotionalInboundTransfer, null, DeputySection(County), new(2026, 9, 20)).File.Promotion?.DeclaredByChannel);
}
