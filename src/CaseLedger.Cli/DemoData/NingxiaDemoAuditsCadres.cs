using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cadres.EnteringReservePool;
using CaseLedger.Api.GraphQL;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Cli.DemoData;

internal sealed partial class NingxiaDemoSlice
{
    /// <summary>
    /// Audits on a cadre's own career and record. NX-YOUNG-CADRE-GRASSROOTS-3Y: 宋佳 (born 1989) has only ever worked in regional organs; promoted at 33 to
    /// 处长 on 2022-06-01 with a full procedure, she was never posted to a county or township: the deadline 2025-06-01 has passed.
    /// </summary>
    private async Task CadreCareerAuditsAsync(DemoPlaces p, CancellationToken ct)
    {
        var song = await CadreAsync("宋佳", Gender.Female, new(1989, 2, 17), "汉族", Post(p.Organisation, "干部二处副处长", PostLevel.County, PostGrade.Deputy), new(2018, 3, 1), ct);
        var promotion = await CaseAsync(CaseChannel.InternalPromotion, song, Post(p.Organisation, "干部二处副处长", PostLevel.County, PostGrade.Deputy),
            Post(p.Organisation, "干部二处处长", PostLevel.County, PostGrade.Chief), new(2022, 4, 6), ct);
        await MotionAsync(promotion, "自治区党委组织部部务会", "拟提拔宋佳为干部二处处长", new(2022, 4, 7), ct);
        await RecommendationAsync(promotion, RecommendationMode.InterviewSurvey, "干部二处处长", 40, 2, new(2022, 4, 14), ct);
        await InspectionAsync(promotion, ["干部监督处 马丽", "干部监督处 王涛"], "宁组考〔2022〕9号", new(2022, 4, 28), ct);
        await DecisionAsync(promotion, DecisionBody.StandingCommittee, 11, 10, 10, new(2022, 5, 12), "自治区党委组织部部务会纪要〔2022〕15号", ct);
        await NoticeAsync(promotion, "自治区党委组织部", new(2022, 5, 16), new(2022, 5, 20), ct);
        await AppointmentNoticeAsync(promotion, new(2022, 6, 1), null, new(2022, 5, 27), ct);

        // Audit (NX-RESERVE-CADRE-POOL): she entered the reserve pool for department level with no inspection recorded.
        var reserve = new EnterReservePoolInput(GlobalId.Encode(CadreType.TypeName, song.Id), PostLevel.Departmental, null, new(2025, 9, 1), null,
            "演示数据 / demo data", null, null);
        await writer.SendAsync(reserve, EnterReservePoolField.Command(reserve), ct);
    }
}
