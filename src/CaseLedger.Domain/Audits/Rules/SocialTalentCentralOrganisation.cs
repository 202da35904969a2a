using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// NX-SOCIAL-TALENT-CENTRAL-ORG: a 社会优秀人才 entering by competitive selection, direct introduction,
/// 聘任 or 考录 is organised by the region's Party Organization Department or HRSS Department, not by a
/// local unit. 原则上: a delegation recorded on the motion is the exception. The organiser is the motion's
/// organising authority, or its proposer when none is recorded apart; entry by election is out of scope.
/// With no motion recorded at all the organiser is unknown: a decision then needs review.
/// </summary>
public sealed class SocialTalentCentralOrganisation : AuditRule
{
    public override string Id => "NX-SOCIAL-TALENT-CENTRAL-ORG";

    public override string TitleChinese => "社会优秀人才进入干部队伍原则上由自治区党委组织部、人力资源和社会保障厅统一组织实施";

    public override string TitleEnglish => "Outside talent entering the cadre ranks is organised by the region's Organization and HRSS departments, in principle";

    public override Citation Citation => new("宁组发〔2016〕31号", "第三条第四款",
        "社会优秀人才通过竞争性选拔、直接引进、聘任、考录方式选拔进入干部队伍的，原则上由自治区党委组织部、人力资源和社会保障厅统一组织实施，各地各单位做好日常管理监督等工作。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2016, 10, 8), null, [], "宁组发〔2016〕31号印发之日起 / from the policy's print date"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Category != CadreCategory.SocialTalent || Channel(file.Opened.Channel) is not { } channel)
            return null;
        if (file.Find<MotionRaised>() is not { } motion)
        {
            if (file.Find<CollectiveDecisionTaken>() is not { } decision || VersionOn(decision.Entry.EffectiveOn) is not { } v)
                return null;
            var decidedOn = decision.Entry.EffectiveOn;
            return Found(file, v, decidedOn, [decision.Entry.Version],
                $"社会优秀人才{file.CadreName}经{channel.Zh}进入干部队伍，{decidedOn:yyyy-MM-dd} 已讨论决定，但未记录动议，无从核实是否由自治区党委组织部、人力资源和社会保障厅组织实施，需复核（{Cite}）。 / " +
                $"{file.CadreName}, an outside talent entering by {channel.En}, was decided on {decidedOn:yyyy-MM-dd} with no motion recorded: " +
                $"who organised it cannot be checked; review ({Cite}).",
                AuditSeverity.NeedsReview);
        }

        var on = motion.Entry.EffectiveOn;
        var organiser = motion.Data.OrganisingAuthority ?? motion.Data.ProposedBy;
        if (VersionOn(on) is not { } version || motion.Data.DelegationReference is not null || IsRegional(organiser))
            return null;
        return Found(file, version, on, [motion.Entry.Version],
            $"社会优秀人才{file.CadreName}经{channel.Zh}进入干部队伍，由{organiser}组织实施（{on:yyyy-MM-dd} 动议），" +
            $"非自治区党委组织部、人力资源和社会保障厅，亦未记录授权（{Cite}）。 / {file.CadreName}, an outside talent entering by {channel.En}, " +
            $"is organised by {organiser} (motion of {on:yyyy-MM-dd}), not by the region's Organization or HRSS department, and no delegation is recorded ({Cite}).");
    }

    private static (string Zh, string En)? Channel(CaseChannel channel) => channel switch
    {
        CaseChannel.CompetitiveSelection => ("竞争性选拔", "competitive selection"),
        CaseChannel.DirectIntroduction => ("直接引进", "direct introduction"),
        CaseChannel.ContractAppointment => ("聘任", "contract appointment (聘任)"),
        CaseChannel.ExamRecruitment => ("考录", "exam recruitment (考录)"),
        _ => null,
    };

    /// <summary>自治区党委组织部 or 自治区人力资源和社会保障厅 (人社厅), however the region is written (宁夏回族自治区…, 区党委…).</summary>
    internal static bool IsRegional(string organiser)
    {
        var name = organiser.Replace("宁夏回族自治区", "自治区", StringComparison.Ordinal).Replace("宁夏", "自治区", StringComparison.Ordinal);
        var regional = name.Contains("自治区", StringComparison.Ordinal) || name.StartsWith("区党委", StringComparison.Ordinal) || name.StartsWith("区人", StringComparison.Ordinal);
        return regional && (name.Contains("组织部", StringComparison.Ordinal) || name.Contains("人力资源和社会保障厅", StringComparison.Ordinal)
            || name.Contains("人社厅", StringComparison.Ordinal));
    }
}
