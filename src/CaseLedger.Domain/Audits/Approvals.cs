using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits;

/// <summary>
/// What an approval on the file approves (审批事项): the one place rules ask whether an exception was approved. A routine
/// approval (and one recorded before approvals carried a purpose) approves no exception.
/// </summary>
public static class Approvals
{
    /// <summary>The standing approval granted for <paramref name="purpose"/> no later than <paramref name="by"/> (any day when null).</summary>
    public static (CaseFileEvent Entry, ApprovalGranted Data)? GrantedFor(CaseFile file, ApprovalPurpose purpose, DateOnly? by = null) =>
        file.Find<ApprovalGranted>() is { } approval && approval.Data.PurposeOrRoutine() == purpose
            && (by is not { } day || approval.Entry.EffectiveOn <= day) ? approval : null;

    /// <summary>
    /// An approval recorded as an age exception (年龄破格), granted no later than the appointment notice (or with no notice
    /// yet). Every local 调任 is approved routinely anyway, so a routine approval silences no age cap.
    /// </summary>
    public static bool AgeExceptionApproved(CaseFile file) =>
        GrantedFor(file, ApprovalPurpose.AgeException, file.Find<AppointmentNoticeIssued>()?.Entry.EffectiveOn) is not null;
}
