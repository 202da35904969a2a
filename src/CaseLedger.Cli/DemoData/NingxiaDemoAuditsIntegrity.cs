using CaseLedger.Api.Cadres.RecordingAnnualAssessment;
using CaseLedger.Api.Cadres.RecordingSanction;
using CaseLedger.Api.Cases.DeterminingInspectionTargets;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Cli.DemoData;

/// <summary>Demo cases for the integrity rules: a target assessed 基本称职 (NOT-INSPECTABLE); a promotion inside a 记过's period (SANCTION-BLOCKS-PROMOTION).</summary>
internal sealed partial class NingxiaDemoSlice
{
    private async Task IntegrityAuditsAsync(DemoPlaces p, CancellationToken ct)
    {
        // Audit: 杨帆, assessed 基本称职 for 2025, is made an inspection target in 2026 (NOT-INSPECTABLE).
        var yang = await CadreAsync("杨帆", Gender.Male, new(1987, 3, 21), "汉族", Post(p.Yuanzhou, "区发改局副局长", PostLevel.Township, PostGrade.Deputy),
            new(2021, 4, 1), ct);
        var grade = new RecordAnnualAssessmentInput(Id(yang), 2025, AssessmentGrade.BasicallyCompetent, new(2026, 1, 22), null, Demo, null, null);
        await writer.SendAsync(grade, RecordAnnualAssessmentField.Command(grade), ct);
        var targeted = await CaseAsync(CaseChannel.InternalPromotion, yang, Post(p.Yuanzhou, "区发改局副局长", PostLevel.Township, PostGrade.Deputy),
            Post(p.Yuanzhou, "区发改局局长", PostLevel.Township, PostGrade.Chief), new(2026, 3, 2), ct);
        await MotionAsync(targeted, "原州区委组织部", "拟提拔杨帆为区发改局局长", new(2026, 3, 3), ct);
        await RecommendationAsync(targeted, RecommendationMode.Meeting, "区发改局局长", 38, 2, new(2026, 3, 12), ct);
        await StepAsync(new DetermineInspectionTargetsInput(Id(targeted), ["杨帆"], new(2026, 3, 16), null, null, Demo, null, null),
            DetermineInspectionTargetsField.Command, ct);

        // Audit: 郭亮, given a 记过 on 2025-09-01 (twelve months), is promoted on 2026-07-14 (SANCTION-BLOCKS-PROMOTION).
        var guo = await CadreAsync("郭亮", Gender.Male, new(1984, 10, 30), "汉族", Post(p.Xiji, "县水务局副局长", PostLevel.Township, PostGrade.Deputy),
            new(2020, 8, 1), ct);
        var sanction = new RecordSanctionInput(Id(guo), SanctionKind.StateSupervisory, "记过", new(2025, 9, 1), 12, null, Demo, "西监处〔2025〕7号", null);
        await writer.SendAsync(sanction, RecordSanctionField.Command(sanction), ct);
        var blocked = await CaseAsync(CaseChannel.InternalPromotion, guo, Post(p.Xiji, "县水务局副局长", PostLevel.Township, PostGrade.Deputy),
            Post(p.Xiji, "县水务局局长", PostLevel.Township, PostGrade.Chief), new(2026, 6, 1), ct);
        await MotionAsync(blocked, "西吉县委组织部", "拟提拔郭亮为县水务局局长", new(2026, 6, 2), ct);
        await DecisionAsync(blocked, DecisionBody.StandingCommittee, 9, 8, 8, new(2026, 7, 14), "西吉县委常委会纪要〔2026〕13号", ct);
    }
}
