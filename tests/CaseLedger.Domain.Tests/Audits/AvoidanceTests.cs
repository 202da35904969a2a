using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

/// <summary>AVOID-KIN-POSTS and AVOID-REGION: 任职回避 and 地域回避 as review signals from what the ledger records.</summary>
public class AvoidanceTests
{
    private static readonly DateOnly DecidedOn = new(2025, 6, 1);

    private static Post Clerk(Guid unit) => new(unit, "区财政局一级科员", PostLevel.Township, PostGrade.Deputy, false, RankTitle.FirstClassClerk);

    private static RelativePost HeldIn(Post post, DateOnly from, DateOnly? to = null) => new(post.UnitId, post.Title, from, to) { Post = post };

    private static CaseFiles Promotion(Post to) =>
        Opened(CaseChannel.InternalPromotion, DeputySection(County), to, new(2025, 5, 1)).Decided(DecidedOn);

    [Fact]
    [RuleTest("AVOID-KIN-POSTS", RuleTestKind.Violating)]
    public void A_relative_holding_a_post_in_the_unit_where_the_cadre_is_made_a_leader_is_for_review()
    {
        var file = Promotion(ChiefSection(County)).WithKin("马兰", KinRelation.Spouse, HeldIn(Clerk(County), new(2018, 1, 1))).File;
        var finding = new AvoidKinPosts().Evaluate(file);
        Assert.Equal(("AVOID-KIN-POSTS", 2, AuditSeverity.NeedsReview), (finding?.RuleId, finding?.RuleVersion, finding?.Severity));
        Assert.Contains("马兰（夫妻）时任区财政局一级科员", finding!.Explanation);
        Assert.Contains("公务员法（2018） 第七十四条第一款", finding.Explanation);
    }

    [Fact]
    public void A_relative_who_leads_the_unit_counts_though_the_cadre_takes_a_rank()
    {
        var file = Opened(CaseChannel.LateralTransfer, Clerk(Region), Clerk(County), new(2025, 5, 1)).Decided(DecidedOn)
            .WithKin("马强", KinRelation.LinealKin, HeldIn(ChiefSection(County), new(2020, 1, 1))).File;
        Assert.NotNull(new AvoidKinPosts().Evaluate(file));
    }

    [Fact]
    [RuleTest("AVOID-KIN-POSTS", RuleTestKind.Compliant)]
    public void No_leader_among_the_two_another_unit_or_a_post_left_before_the_decision_is_compliant()
    {
        Assert.Null(new AvoidKinPosts().Evaluate(Opened(CaseChannel.LateralTransfer, Clerk(Region), Clerk(County), new(2025, 5, 1)).Decided(DecidedOn)
            .WithKin("马强", KinRelation.LinealKin, HeldIn(Clerk(County), new(2020, 1, 1))).File));
        Assert.Null(new AvoidKinPosts().Evaluate(Promotion(ChiefSection(County)).WithKin("马兰", KinRelation.Spouse, HeldIn(Clerk(Township), new(2018, 1, 1))).File));
        Assert.Null(new AvoidKinPosts().Evaluate(Promotion(ChiefSection(County))
            .WithKin("马兰", KinRelation.Spouse, HeldIn(Clerk(County), new(2018, 1, 1), new(2025, 5, 31))).File));
    }

    [Fact]
    public void Before_the_2018_law_the_2006_provisions_are_cited()
    {
        var file = Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefSection(County), new(2017, 5, 1)).Decided(new(2017, 6, 1))
            .WithKin("马兰", KinRelation.CloseInLaw, HeldIn(Clerk(County), new(2015, 1, 1))).File;
        var finding = new AvoidKinPosts().Evaluate(file);
        Assert.Equal(1, finding?.RuleVersion);
        Assert.Contains("党政领导干部任职回避暂行规定（2006） 第三条", finding!.Explanation);
    }

    private static Post CountyHead(Guid unit) => new(unit, "区长", PostLevel.County, PostGrade.Chief, true);

    [Fact]
    [RuleTest("AVOID-REGION", RuleTestKind.Violating)]
    public void A_county_chief_where_the_cadre_grew_up_is_for_review()
    {
        var finding = new AvoidRegion().Evaluate(Promotion(CountyHead(County)).GrewUpIn("原州").File);
        Assert.Equal(("AVOID-REGION", AuditSeverity.NeedsReview), (finding?.RuleId, finding?.Severity));
        Assert.Contains("属其成长地“原州”（原州区）；领导干部不得", finding!.Explanation);
    }

    [Fact]
    [RuleTest("AVOID-REGION", RuleTestKind.Compliant)]
    public void A_county_chief_who_grew_up_elsewhere_or_declared_no_growth_place_is_not_for_review()
    {
        Assert.Null(new AvoidRegion().Evaluate(Promotion(CountyHead(County)).GrewUpIn("西吉").File));
        Assert.Null(new AvoidRegion().Evaluate(Promotion(CountyHead(County)).File));
    }

    [Fact]
    public void The_chief_of_a_listed_body_of_the_city_is_for_review_and_a_deputy_or_an_unlisted_post_is_not()
    {
        var police = new Post(CityBureau, "市公安局局长", PostLevel.County, PostGrade.Chief, true);
        var finding = new AvoidRegion().Evaluate(Promotion(police).GrewUpIn("固原").File);
        Assert.Contains("should not, as a rule", finding?.Explanation);
        Assert.Null(new AvoidRegion().Evaluate(Promotion(police with { Grade = PostGrade.Deputy, Title = "市公安局副局长" }).GrewUpIn("固原").File));
        // A section chief in the county's own unit (县委办公室主任) is not the county's chief.
        Assert.Null(new AvoidRegion().Evaluate(Promotion(ChiefSection(County)).GrewUpIn("原州").File));
    }
}
