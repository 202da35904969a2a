using CaseLedger.Api.Cadres.RecordingBaselinePost;
using CaseLedger.Api.Cases.RecordingTransferQualification;
using CaseLedger.Api.Units.Reclassifying;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Units;

namespace CaseLedger.Cli.DemoData;

/// <summary>Demo cases for the transfer rules that read the cadre's career, a transfer's qualification or a 参公 registration.</summary>
internal sealed partial class NingxiaDemoSlice
{
    private async Task CareerAuditsAsync(DemoPlaces p, CancellationToken ct)
    {
        var department = await UnitAsync("640000-NNT", "自治区农业农村厅", UnitKind.PartyGovOrgan, AdministrativeLevel.Region, p.Region, null, ct);
        var station = await UnitAsync("640000-NJZ", "自治区农业技术推广总站", UnitKind.PublicInstitution, AdministrativeLevel.Region, p.Region, null, ct);

        // Audit: 马国强 left the 农业农村厅 for its 推广总站 (事业单位) in 2012 and is transferred back, promoted, at 57 (cap 55),
        // with no approval before the notice. His qualification came from an open selection, recorded before the decision.
        var stationPost = Post(station, "站长", PostLevel.County, PostGrade.Chief);
        var ma = await CadreAsync("马国强", Gender.Male, new(1959, 6, 1), "回族", stationPost, new(2012, 1, 1), ct);
        var earlier = new RecordBaselinePostInput(Id(ma), Post(department, "种植业管理处处长", PostLevel.County, PostGrade.Chief),
            new(2005, 1, 1), new(2011, 12, 31), null, "迁移的任职数据 / migrated posting", null, null);
        await writer.SendAsync(earlier, new RecordBaselinePost(earlier), ct);
        var back = await CaseAsync(CaseChannel.PromotionalInboundTransfer, ma, stationPost,
            Post(department, "副厅长", PostLevel.Departmental, PostGrade.Deputy), new(2017, 2, 6), ct);
        await StepAsync(new RecordTransferQualificationInput(Id(back), QualificationRoute.OpenSelection, "宁组通〔2017〕3号 公开选拔结果",
            new(2017, 1, 20), null, null, Demo, null, null), RecordTransferQualificationField.Command, ct);
        await MotionAsync(back, "自治区党委组织部", "拟提拔调任马国强为自治区农业农村厅副厅长", new(2017, 2, 8), ct);
        await RecommendationAsync(back, RecommendationMode.Meeting, "自治区农业农村厅副厅长", 60, 3, new(2017, 2, 14), ct);
        await InspectionAsync(back, ["自治区党委组织部 马明", "自治区党委组织部 白雪"], "宁组考〔2017〕7号", new(2017, 2, 24), ct);
        await DecisionAsync(back, DecisionBody.StandingCommittee, 13, 12, 12, new(2017, 3, 2), "自治区党委常委会纪要〔2017〕6号", ct);
        await NoticeAsync(back, "自治区农业农村厅", new(2017, 3, 3), new(2017, 3, 9), ct);
        await AppointmentNoticeAsync(back, new(2017, 3, 20), null, new(2017, 3, 16), ct);

        // Audit: 白志宏, a state-enterprise manager, promoted by transfer to 原州区副区长 with no competitive selection or
        // re-election behind the qualification.
        var managerPost = Post(p.Soe, "投资部经理", PostLevel.Township, PostGrade.Chief);
        var bai = await CadreAsync("白志宏", Gender.Male, new(1981, 8, 16), "汉族", managerPost, new(2014, 5, 1), ct,
            CadreCategory.EnterpriseManager);
        var promoted = await CaseAsync(CaseChannel.PromotionalInboundTransfer, bai, managerPost,
            Post(p.Yuanzhou, "副区长", PostLevel.County, PostGrade.Deputy), new(2026, 8, 3), ct);
        await MotionAsync(promoted, "固原市委组织部", "拟提拔调任白志宏为原州区副区长", new(2026, 8, 4), ct);
        await RecommendationAsync(promoted, RecommendationMode.Meeting, "原州区副区长", 45, 2, new(2026, 8, 10), ct);
        await InspectionAsync(promoted, ["固原市委组织部 杨帆", "固原市委组织部 马丽"], "固组考〔2026〕15号", new(2026, 8, 20), ct);
        await DecisionAsync(promoted, DecisionBody.StandingCommittee, 11, 10, 10, new(2026, 8, 27), "固原市委常委会纪要〔2026〕17号", ct);

        // Audit: 杜娟 of the 参公 社保局 (approved 2010-06-01) is 转任 into the 农业农村厅 with no 参公 registration recorded.
        var bureau = await UnitAsync("640000-SBJ", "自治区社会保险事业管理局", UnitKind.PublicInstitution, AdministrativeLevel.Region, p.Region, null, ct);
        var reclassify = new ReclassifyUnitInput(Id(bureau), UnitKind.ReferenceManagedUnit, new(2010, 6, 1), Founded, null, Demo, "宁编发〔2010〕12号", null);
        await writer.SendAsync(reclassify, ReclassifyUnitField.Command(reclassify), ct);
        var sectionPost = Post(bureau, "基金征缴科科长", PostLevel.Township, PostGrade.Chief);
        var du = await CadreAsync("杜娟", Gender.Female, new(1984, 4, 9), "汉族", sectionPost, new(2015, 3, 1), ct, CadreCategory.ReferenceManagedStaff);
        var lateral = await CaseAsync(CaseChannel.LateralTransfer, du, sectionPost, Post(department, "办公室主任", PostLevel.Township, PostGrade.Chief), new(2026, 6, 1), ct);
        await MotionAsync(lateral, "自治区农业农村厅党组", "拟转任杜娟为厅办公室主任", new(2026, 6, 2), ct);
        await DecisionAsync(lateral, DecisionBody.PartyLeadershipGroup, 9, 8, 8, new(2026, 6, 16), "自治区农业农村厅党组会纪要〔2026〕11号", ct);
    }
}
