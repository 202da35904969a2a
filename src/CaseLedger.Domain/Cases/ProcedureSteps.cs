namespace CaseLedger.Domain.Cases;

/// <summary>
/// Procedure steps in canonical order (catalogue §2.7); each step event records exactly one, so a
/// correction can name the record it replaces. The audit, not the ledger, judges the order.
/// </summary>
public enum ProcedureStep
{
    /// <summary>动议</summary>
    Motion,

    /// <summary>谈话调研推荐 (民主推荐)</summary>
    InterviewRecommendation,

    /// <summary>会议推荐 (民主推荐)</summary>
    MeetingRecommendation,

    /// <summary>确定考察对象</summary>
    InspectionTargets,

    /// <summary>考察</summary>
    Inspection,

    /// <summary>酝酿</summary>
    Consultation,

    /// <summary>讨论决定</summary>
    CollectiveDecision,

    /// <summary>公示</summary>
    PublicNotice,

    /// <summary>报请审批</summary>
    ApprovalRequest,

    /// <summary>审批 (批复: granted or refused)</summary>
    Approval,

    /// <summary>报送备案</summary>
    FilingSubmission,

    /// <summary>备案 (accepted)</summary>
    Filing,

    /// <summary>派出单位同意 (NX-SECONDMENT-PROMOTION-CONSENT)</summary>
    SendingUnitConsent,

    /// <summary>任职通知</summary>
    AppointmentNotice,

    /// <summary>试用期开始</summary>
    Probation,

    /// <summary>试用期满考核</summary>
    ProbationAssessment,

    /// <summary>正式任职</summary>
    FormalAppointment,

    /// <summary>挂职开始</summary>
    Secondment,

    /// <summary>挂职延期 (may recur; the latest counts)</summary>
    SecondmentExtension,

    /// <summary>挂职期满返回</summary>
    SecondmentEnd,

    /// <summary>挂职留任 (itself a transfer)</summary>
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
        ProcedureStep.AppointmentNotice => ("任职通知", "the appointment notice (AppointmentNoticeIssued)"),
        ProcedureStep.Probation => ("试用期", "the probation (ProbationStarted)"),
        ProcedureStep.ProbationAssessment => ("试用期考核", "the probation assessment (ProbationAssessed)"),
        ProcedureStep.FormalAppointment => ("正式任职", "the formal appointment (FormallyAppointed)"),
        ProcedureStep.Secondment => ("挂职开始", "the start of the secondment (SecondmentStarted)"),
        ProcedureStep.SecondmentExtension => ("挂职延期", "the secondment extension (SecondmentExtended)"),
        ProcedureStep.SecondmentEnd => ("挂职结束", "the end of the secondment (SecondmentEnded)"),
        ProcedureStep.RetentionAtHost => ("挂职留任", "the retention at the host (SecondmentRetainedAtHost)"),
        _ => (step.ToString(), step.ToString()),
    };

    /// <summary>The step an event records, or null for events that are not steps (opening, withdrawal, corrections).</summary>
    public static ProcedureStep? Of(object @event) => @event switch
    {
        MotionRaised => ProcedureStep.Motion,
        DemocraticRecommendationHeld { Mode: RecommendationMode.InterviewSurvey } => ProcedureStep.InterviewRecommendation,
        DemocraticRecommendationHeld => ProcedureStep.MeetingRecommendation,
        InspectionTargetsDetermined => ProcedureStep.InspectionTargets,
        InspectionCompleted => ProcedureStep.Inspection,
        ConsultationHeld => ProcedureStep.Consultation,
        CollectiveDecisionTaken => ProcedureStep.CollectiveDecision,
        PublicNoticeGiven => ProcedureStep.PublicNotice,
        ApprovalRequested => ProcedureStep.ApprovalRequest,
        ApprovalGranted or ApprovalRefused => ProcedureStep.Approval,
        FilingSubmitted => ProcedureStep.FilingSubmission,
        FilingAccepted => ProcedureStep.Filing,
        SendingUnitConsentRecorded => ProcedureStep.SendingUnitConsent,
        AppointmentNoticeIssued => ProcedureStep.AppointmentNotice,
        ProbationStarted => ProcedureStep.Probation,
        ProbationAssessed => ProcedureStep.ProbationAssessment,
        FormallyAppointed => ProcedureStep.FormalAppointment,
        SecondmentStarted => ProcedureStep.Secondment,
        SecondmentExtended => ProcedureStep.SecondmentExtension,
        SecondmentEnded => ProcedureStep.SecondmentEnd,
        SecondmentRetainedAtHost => ProcedureStep.RetentionAtHost,
        _ => null,
    };

    /// <summary>A correction re-records the same step; a recommendation may change its mode.</summary>
    public static bool SameStep(ProcedureStep a, ProcedureStep b) =>
        a == b || (IsRecommendation(a) && IsRecommendation(b));

    private static bool IsRecommendation(ProcedureStep step) =>
        step is ProcedureStep.InterviewRecommendation or ProcedureStep.MeetingRecommendation;
}
