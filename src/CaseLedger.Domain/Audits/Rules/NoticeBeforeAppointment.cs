using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// TL-PUBLICITY-BEFORE-APPOINTMENT: the public notice runs "在党委（党组）讨论决定后、下发任职通知前", and only when
/// its result does not stand in the way are the appointment formalities done. An appointment notice dated on or before
/// the last day of the public notice was issued before the notice's outcome was known. Every kind of case: a 调任
/// (TR08 Art 12) and an exchange are published under the same rule as a promotion.
/// </summary>
public sealed class NoticeBeforeAppointment : AuditRule
{
    public override string Id => "TL-PUBLICITY-BEFORE-APPOINTMENT";

    public override string TitleChinese => "公示期满后方可下发任职通知";

    public override string TitleEnglish => "The appointment notice follows the end of the public notice";

    public override Citation Citation => new("党政领导干部选拔任用工作条例（2014）", "第四十一条",
        "在党委（党组）讨论决定后、下发任职通知前，应当在一定范围内进行公示……公示结果不影响任职的，办理任职手续。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2014, 1, 14), null, [], "条例 2014 起；调任见《公务员调任规定（试行）》第十二条 / from 条例 2014; for 调任 also TR08 Art 12"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Find<PublicNoticeGiven>() is not { } notice || file.Find<AppointmentNoticeIssued>() is not { } appointment
            || appointment.Entry.EffectiveOn > notice.Data.EndOn || VersionOn(appointment.Entry.EffectiveOn) is not { } version)
            return null;
        var on = appointment.Entry.EffectiveOn;
        return Found(file, version, on, [notice.Entry.Version, appointment.Entry.Version],
            $"任职通知于 {on:yyyy-MM-dd} 下发，公示（{notice.Data.StartOn:yyyy-MM-dd} 至 {notice.Data.EndOn:yyyy-MM-dd}）尚未期满（{Cite}）。 / " +
            $"The appointment notice was issued on {on:yyyy-MM-dd}, before the public notice ({notice.Data.StartOn:yyyy-MM-dd} to {notice.Data.EndOn:yyyy-MM-dd}) had ended ({Cite}).");
    }
}
