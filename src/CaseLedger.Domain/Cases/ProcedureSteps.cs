using System.ComponentModel;
using System.Reflection;

namespace CaseLedger.Domain.Cases;

/// <summary>
/// Procedure steps in canonical order (catalogue §2.7); each step event records exactly one, so a
/// correction can name the record it replaces. The audit, not the ledger, judges the order.
/// </summary>
[Description("程序步骤 / procedure step, in canonical order (catalogue §2.7). Each step is recorded once (a correction replaces it); the audit, not the ledger, judges the order.")]
public enum ProcedureStep
{
    [Description("动议 / motion (raiseMotion)")]
    Motion,

    [Description("谈话调研推荐 / democratic recommendation by interview survey (holdDemocraticRecommendation)")]
    InterviewRecommendation,

    [Description("会议推荐 / democratic recommendation by meeting (holdDemocraticRecommendation)")]
    MeetingRecommendation,

    [Description("资格审查 / eligibility review: whether the cadre meets the post's qualifications, before the examination or inspection (reviewEligibility)")]
    EligibilityReview,

    [Description("考试测评 / examination in a competitive selection (公开选拔、竞争上岗), in place of a democratic recommendation (holdExamination)")]
    Examination,

    [Description("确定考察对象 / inspection targets (determineInspectionTargets)")]
    InspectionTargets,

    [Description("征求调出单位意见 / the sending unit's opinion on a 调任 (recordSendingUnitOpinion)")]
    SendingUnitOpinion,

    [Description("考察 / inspection (completeInspection)")]
    Inspection,

    [Description("酝酿 / consultation (holdConsultation)")]
    Consultation,

    [Description("讨论决定 / collective decision (takeCollectiveDecision)")]
    CollectiveDecision,

    [Description("公示 / public notice (givePublicNotice)")]
    PublicNotice,

    [Description("报请审批 / approval request (requestApproval)")]
    ApprovalRequest,

    [Description("审批 / approval answer, granted or refused (grantApproval, refuseApproval)")]
    Approval,

    [Description("报送备案 / filing submission (submitFiling)")]
    FilingSubmission,

    [Description("备案 / filing accepted (acceptFiling)")]
    Filing,

    [Description("派出单位同意 / sending unit's consent (recordSendingUnitConsent)")]
    SendingUnitConsent,

    [Description("提拔调任资格 / qualification for a promotion transfer obtained by competitive selection or re-election (recordTransferQualification)")]
    TransferQualification,

    [Description("任职谈话 / appointment talk: the party committee or organisation department talks with the cadre before the post is taken up (holdAppointmentTalk)")]
    AppointmentTalk,

    [Description("任职通知 / appointment notice (issueAppointmentNotice)")]
    AppointmentNotice,

    [Description("试用期开始 / probation started (startProbation)")]
    Probation,

    [Description("试用期满考核 / probation assessment (assessProbation)")]
    ProbationAssessment,

    [Description("正式任职 / formal appointment (appointFormally)")]
    FormalAppointment,

    [Description("挂职开始 / secondment started (startSecondment)")]
    Secondment,

    [Description("挂职延期 / secondment extended; may recur, the latest counts (extendSecondment)")]
    SecondmentExtension,

    [Description("挂职期满返回 / secondment ended, the cadre returned (endSecondment)")]
    SecondmentEnd,

    [Description("挂职留任 / retained at the host, itself a transfer (retainAtHost)")]
    RetentionAtHost,
}

/// <summary>Names for messages, and which step each step event records.</summary>
public static class ProcedureSteps
{
    public static (string Chinese, string English) Name(ProcedureStep step) => step switch
    {
        ProcedureStep.Motion => ("动议", "the motion (MotionRaised)"),
        ProcedureStep.InterviewRecommendation => ("谈话调研推荐", "the interview-survey recommendation (DemocraticRecommendationHeld)"),
        ProcedureStep.MeetingRecommendation => ("会议推荐", "the meeting recommendation (DemocraticRecommendationHeld)"),
        ProcedureStep.Examination => ("考试测评", "the examination (ExaminationHeld)"),
        ProcedureStep.SendingUnitOpinion => ("征求调出单位意见", "the sending unit's opinion (SendingUnitOpinionRecorded)"),
        ProcedureStep.InspectionTargets => ("确定考察对象", "the inspection targets (InspectionTargetsDetermined)"),
        ProcedureStep.Inspection => ("考察", "the inspection (InspectionCompleted)"),
        ProcedureStep.Consultation => ("酝酿", "the consultation (ConsultationHeld)"),
        ProcedureStep.CollectiveDecision => ("讨论决定", "the collective decision (CollectiveDecisionTaken)"),
        ProcedureStep.PublicNotice => ("公示", "the public notice (PublicNoticeGiven)"),
        ProcedureStep.ApprovalRequest => ("报请审批", "the approval request (ApprovalRequested)"),
        ProcedureStep.Approval => ("审批", "the approval answer (ApprovalGranted / ApprovalRefused)"),
        ProcedureStep.FilingSubmission => ("报送备案", "the filing submission (FilingSubmitted)"),
        ProcedureStep.Filing => ("备案", "the filing acceptance (FilingAccepted)"),
        ProcedureStep.SendingUnitConsent => ("派出单位同意", "the sending unit's consent (SendingUnitConsentRecorded)"),
        ProcedureStep.TransferQualification => ("提拔调任资格", "the promotion-transfer qualification (TransferQualificationRecorded)"),
        ProcedureStep.AppointmentNotice => ("任职通知", "the appointment notice (AppointmentNoticeIssued)"),
        ProcedureStep.Probation => ("试用期", "the probation (ProbationStarted)"),
        ProcedureStep.ProbationAssessment => ("试用期考核", "the probation assessment (ProbationAssessed)"),
        ProcedureStep.FormalAppointment => ("正式任职", "the formal appointment (FormallyAppointed)"),
        ProcedureStep.Secondment => ("挂职开始", "the start of the secondment (SecondmentStarted)"),
        ProcedureStep.SecondmentExtension => ("挂职延期", "the secondment extension (SecondmentExtended)"),
        ProcedureStep.SecondmentEnd => ("挂职结束", "the end of the secondment (SecondmentEnded)"),
        ProcedureStep.RetentionAtHost => ("挂职留任", "the retention at the host (SecondmentRetainedAtHost)"),
        _ => FromDescription(step),
    };

    /// <summary>A step without a hand-written name is named by its description: "酝酿 / consultation (holdConsultation)".</summary>
    private static (string Chinese, string English) FromDescription(ProcedureStep step)
    {
        var description = typeof(ProcedureStep).GetField(step.ToString())?.GetCustomAttribute<DescriptionAttribute>()?.Description;
        if (description?.Split(" / ", 2) is not [var chinese, var english])
            return (step.ToString(), step.ToString());
        return (chinese, "the " + english);
    }

    /// <summary>The step an event records, or null for events that are not steps (opening, withdrawal, corrections).</summary>
    public static ProcedureStep? Of(object @event) => (@event as ICaseStep)?.Step;

    /// <summary>A correction re-records the same step; a recommendation may change its mode.</summary>
    public static bool SameStep(ProcedureStep a, ProcedureStep b) =>
        a == b || (IsRecommendation(a) && IsRecommendation(b));

    private static bool IsRecommendation(ProcedureStep step) =>
        step is ProcedureStep.InterviewRecommendation or ProcedureStep.MeetingRecommendation;
}
