using CaseLedger.Api.Cadres.RecordingBaselinePost;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Cli.DemoData;

/// <summary>
/// Demo cases for the national promotion conditions (条例 Arts 8, 9): too few years at the lower level
/// (PROMO-DEPUTY-TO-CHIEF-2, PROMO-LOWERCHIEF-TO-UPPERDEPUTY-3), and a young section deputy of 银川市 raised straight to a
/// county-division post half a year after her last promotion (BREAK-NO-SKIP-TWO, BREAK-NO-DURING-PROBATION,
/// PROMO-CHU-WORKYEARS-5, PROMO-CHU-GRASSROOTS-2, PROMO-TWO-POSTS-BELOW).
/// </summary>
internal sealed partial class NingxiaDemoSlice
{
    private async Task PromotionConditionAuditsAsync(DemoPlaces p, CancellationToken ct)
    {
        // Audit: 孙倩, a section deputy since 2025-09-01, is made section chief on 2026-06-10 (PROMO-DEPUTY-TO-CHIEF-2).
        var sun = await CadreAsync("孙倩", Gender.Female, new(1988, 4, 9), "汉族", Post(p.Xiji, "县商务局副局长", PostLevel.Township, PostGrade.Deputy),
            new(2025, 9, 1), ct);
        var quick = await CaseAsync(CaseChannel.InternalPromotion, sun, Post(p.Xiji, "县商务局副局长", PostLevel.Township, PostGrade.Deputy),
            Post(p.Xiji, "县商务局局长", PostLevel.Township, PostGrade.Chief), new(2026, 5, 4), ct);
        await MotionAsync(quick, "西吉县委组织部", "拟提拔孙倩为县商务局局长", new(2026, 5, 5), ct);
        await DecisionAsync(quick, DecisionBody.StandingCommittee, 9, 8, 8, new(2026, 6, 10), "西吉县委常委会纪要〔2026〕12号", ct);

        // Audit: 吴昊, a section chief since 2024-09-01, is made a county deputy on 2026-06-10 (PROMO-LOWERCHIEF-TO-UPPERDEPUTY-3).
        var wu = await CadreAsync("吴昊", Gender.Male, new(1983, 11, 5), "回族", Post(p.Xiji, "县委办公室主任", PostLevel.Township, PostGrade.Chief),
            new(2024, 9, 1), ct);
        var early = await CaseAsync(CaseChannel.InternalPromotion, wu, Post(p.Xiji, "县委办公室主任", PostLevel.Township, PostGrade.Chief),
            Post(p.Xiji, "县政府办公室主任（副县级）", PostLevel.County, PostGrade.Deputy), new(2026, 5, 4), ct);
        await MotionAsync(early, "固原市委组织部", "拟提拔吴昊", new(2026, 5, 5), ct);
        await DecisionAsync(early, DecisionBody.StandingCommittee, 11, 10, 10, new(2026, 6, 10), "固原市委常委会纪要〔2026〕13号", ct);

        // Audit: 韩雪 started work in 2022, held a rank in 银川市 and became a section deputy on 2026-01-01; on 2026-06-10 she is
        // promoted to a county-division deputy post, skipping the section chief level with no approval.
        var han = await CadreAsync("韩雪", Gender.Female, new(2000, 2, 2), "汉族", Post(p.Yinchuan, "市委办公室一级科员", PostLevel.Township, PostGrade.Deputy, leadership: false),
            new(2022, 7, 1), ct);
        var promoted = new RecordBaselinePostInput(Id(han), Post(p.Yinchuan, "市委办公室副科长", PostLevel.Township, PostGrade.Deputy), new(2026, 1, 1), null, null,
            "迁移的任职数据 / migrated posting", null, null);
        await writer.SendAsync(promoted, new RecordBaselinePost(promoted), ct);
        var skip = await CaseAsync(CaseChannel.InternalPromotion, han, Post(p.Yinchuan, "市委办公室副科长", PostLevel.Township, PostGrade.Deputy),
            Post(p.Yinchuan, "市委办公室副主任", PostLevel.County, PostGrade.Deputy), new(2026, 5, 4), ct);
        await MotionAsync(skip, "银川市委组织部", "拟破格提拔韩雪为市委办公室副主任", new(2026, 5, 5), ct);
        await InspectionAsync(skip, ["银川市委组织部 刘伟", "银川市委组织部 马芳"], "银组考〔2026〕11号", new(2026, 5, 25), ct);
        await DecisionAsync(skip, DecisionBody.StandingCommittee, 11, 10, 10, new(2026, 6, 10), "银川市委常委会纪要〔2026〕14号", ct);
    }
}
