using CaseLedger.Domain.Audits;

namespace CaseLedger.Domain.Tests.Audits;

public sealed class BilingualExplanationTests
{
    [Fact]
    public void A_slash_inside_the_chinese_part_does_not_split_it()
    {
        var (zh, en) = BilingualExplanation.Split("拟任县处级 / county level 职务，未入库。 / Not in the reserve pool for a county level post.");
        Assert.Equal("拟任县处级 / county level 职务，未入库。", zh);
        Assert.Equal("Not in the reserve pool for a county level post.", en);
    }

    [Fact]
    public void Text_without_the_separator_is_both_parts() =>
        Assert.Equal(("只有中文", "只有中文"), BilingualExplanation.Split("只有中文"));

    [Fact]
    public void Two_explanations_joined_still_split_into_chinese_and_english()
    {
        var joined = BilingualExplanation.Join("决定无效。 / The decision is void.", "另：", " Also: ", "突击提拔。 / A surprise promotion.");
        Assert.Equal(("决定无效。另：突击提拔。", "The decision is void. Also: A surprise promotion."), BilingualExplanation.Split(joined));
    }
}
