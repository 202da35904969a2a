using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// TL-PUBLICITY-OBJECTIONS: objections to a public notice are looked into and concluded before the cadre is appointed
/// — "对反映有严重问题未经查实的，待查实并做出结论后再决定是否调任" (TR08 Art 13), and a promotion goes ahead only when
/// "公示结果不影响任职" (条例 Art 41). An appointment notice (or approval) recorded while objections the notice received
/// are still unresolved is a violation, in every kind of case.
/// </summary>
public sealed class ObjectionsOpenAtAppointment : AuditRule
{
    public override string Id => "TL-PUBLICITY-OBJECTIONS";

    public override string TitleChinese => "公示反映的问题查实作出结论前不得任职";

    public override string TitleEnglish => "No appointment while objections raised in the public notice are unresolved";

    public override Citation Citation => new("公务员调任规定（试行）；党政领导干部选拔任用工作条例（2014）", "第十三条；第四十一条",
        "对反映有严重问题未经查实的，待查实并做出结论后再决定是否调任。（条例：公示结果不影响任职的，办理任职手续。）");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2008, 1, 1), null, [], "公务员调任规定（试行）2008 年印发起（印发日期未核实，取年初）；条例 2014 第四十一条同旨 / from TR08 (2008; the exact date unverified, the year's start is used); 条例 2014 Art 41 to the same effect"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Find<PublicNoticeGiven>() is not { } notice || notice.Data.ObjectionsReceived <= notice.Data.ObjectionsResolved)
            return null;
        var went = file.Find<AppointmentNoticeIssued>()?.Entry ?? file.Find<ApprovalGranted>()?.Entry;
        if (went is not { } next || VersionOn(next.EffectiveOn) is not { } version)
            return null;
        var open = notice.Data.ObjectionsReceived - notice.Data.ObjectionsResolved;
        var (zh, en) = next.Data is AppointmentNoticeIssued ? ("下发任职通知", "the appointment notice was issued") : ("获批准", "the approval was granted");
        return Found(file, version, next.EffectiveOn, [notice.Entry.Version, next.Version],
            $"公示（至 {notice.Data.EndOn:yyyy-MM-dd}）收到异议 {notice.Data.ObjectionsReceived} 件，{open} 件未查实作出结论，{next.EffectiveOn:yyyy-MM-dd} 即{zh}（{Cite}）。 / " +
            $"The public notice (to {notice.Data.EndOn:yyyy-MM-dd}) received {notice.Data.ObjectionsReceived} objection(s), {open} not concluded, " +
            $"yet {en} on {next.EffectiveOn:yyyy-MM-dd} ({Cite}).");
    }
}
