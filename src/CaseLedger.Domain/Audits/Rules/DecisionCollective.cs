using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// TL-DECISION-COLLECTIVE: appointments and removals are decided collectively by the Party committee (leading group),
/// in every kind of case. A 书记办公会 or 圈阅 is not a collective decision (CLGD97 Art 3). (The ledger records no
/// appointment notice without a decision, so a missing decision cannot stand.) Exchanges are judged by this national rule as well as by NX-EXCHANGE-COLLECTIVE-DECISION.
/// </summary>
public sealed class DecisionCollective : AuditRule
{
    public override string Id => "TL-DECISION-COLLECTIVE";

    public override string TitleChinese => "干部任免由党委（党组）集体讨论决定";

    public override string TitleEnglish => "Appointments are decided collectively by the Party committee";

    public override Citation Citation => new("党政领导干部选拔任用工作条例（2014）", "第三十五条",
        "选拔任用党政领导干部，应当按照干部管理权限由党委（党组）集体讨论作出任免决定，或者决定提出推荐、提名的意见。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2014, 1, 14), null, [], "条例 2014 起；书记办公会、圈阅不得代替集体决定（中办发〔1997〕10号第三条）/ from 条例 2014; CLGD97 Art 3"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Find<CollectiveDecisionTaken>() is not { } decision)
            return null;

        var on = decision.Entry.EffectiveOn;
        if (decision.Data.Body is not (DecisionBody.SecretariesMeeting or DecisionBody.CirculationApproval) || VersionOn(on) is not { } version)
            return null;
        var (zh, en) = decision.Data.Body == DecisionBody.SecretariesMeeting ? ("书记办公会", "a secretaries' meeting (书记办公会)") : ("圈阅", "circulation (圈阅)");
        return Found(file, version, on, [decision.Entry.Version],
            $"{on:yyyy-MM-dd} 由{zh}作出决定，不是党委（党组）集体讨论决定（{Cite}）。 / " +
            $"Decided on {on:yyyy-MM-dd} by {en}, not collectively by the Party committee ({Cite}).");
    }
}
