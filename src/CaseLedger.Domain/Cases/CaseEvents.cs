using System.ComponentModel;
using System.Text.Json.Serialization;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cases;

// Every event names the case first and the date it happened in the world (EffectiveOn) last.
// Who recorded it, why, the document and the correlation id are Marten metadata, not event data.

/// <summary>
/// An event that records one procedure step. It names its step itself, so the decider's state, the case
/// summary and the step details pick up a new step without a list to extend. <c>Step</c> is derived,
/// never stored (JsonIgnore keeps the stored shape as it was).
/// </summary>
public interface ICaseStep : ICaseEvent
{
    ProcedureStep Step { get; }

    DateOnly EffectiveOn { get; }
}

/// <summary>
/// 立案: an exchange, secondment or appointment case opens for one cadre. <c>ExchangeReason</c> is
/// set for exchanges only; it trails <c>EffectiveOn</c> because it was added after v1 was stored.
/// </summary>
public sealed record CaseOpened(
    Guid CaseId,
    string CaseNumber,
    CaseKind Kind,
    CaseChannel Channel,
    Guid CadreId,
    Post? FromPost,
    Post? ToPost,
    DateOnly EffectiveOn,
    ExchangeReason? ExchangeReason = null) : ICaseEvent;

/// <summary>
/// 动议: the proposal to fill a post or move a cadre, by whom. <c>OrganisingAuthority</c> (组织实施机关,
/// when not the proposer) and <c>DelegationReference</c> (the region's delegation to organise it locally)
/// trail <c>EffectiveOn</c> because they were added after v1 was stored (NX-SOCIAL-TALENT-CENTRAL-ORG reads them).
/// </summary>
public sealed record MotionRaised(
    Guid CaseId, string ProposedBy, string Summary, DateOnly EffectiveOn, string? OrganisingAuthority = null, string? DelegationReference = null) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.Motion;
}

/// <summary>
/// 民主推荐 (TL-RECOMMENDATION): a directed recommendation is valid for its post only. <c>DirectedPostId</c> names that post by
/// identity (<see cref="Post.IdOf"/>); it trails <c>EffectiveOn</c> because it was added after v1 was stored. Older records name
/// the post by its title alone (<c>DirectedPost</c>, deprecated), read as a title in the unit of the case's target post.
/// </summary>
public sealed record DemocraticRecommendationHeld(
    Guid CaseId, RecommendationMode Mode, bool Directed, string? DirectedPost, int Participants, int CandidateCount, DateOnly EffectiveOn,
    Guid? DirectedPostId = null) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => Mode == RecommendationMode.InterviewSurvey ? ProcedureStep.InterviewRecommendation : ProcedureStep.MeetingRecommendation;
}

/// <summary>
/// 考试测评 (公开选拔、竞争上岗): the written and interview examination that takes the place of a democratic recommendation in a
/// competitive selection — how many candidates sat it and the document that published the results.
/// </summary>
public sealed record ExaminationHeld(Guid CaseId, int Candidates, string ResultsReference, DateOnly EffectiveOn) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.Examination;
}

/// <summary>
/// 征求调出单位意见 (调任, TR08 Art 9(3)): the sending unit's opinion on the move, whether it agrees, and its letter. Recorded as
/// given: an objection is a fact for the organisers, not a refusal by the ledger.
/// </summary>
public sealed record SendingUnitOpinionRecorded(Guid CaseId, Guid SendingUnitId, bool Agrees, string OpinionReference, DateOnly EffectiveOn) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.SendingUnitOpinion;
}

/// <summary>确定考察对象: the shortlisted candidates, by name.</summary>
public sealed record InspectionTargetsDetermined(Guid CaseId, IReadOnlyList<string> Candidates, DateOnly EffectiveOn) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.InspectionTargets;
}

/// <summary>考察: the team (TL-INSPECTION wants ≥ 2; a smaller team is recorded and audited) and its report.</summary>
public sealed record InspectionCompleted(Guid CaseId, IReadOnlyList<string> TeamMembers, string ReportReference, DateOnly EffectiveOn) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.Inspection;
}

/// <summary>酝酿: who was consulted before the decision.</summary>
public sealed record ConsultationHeld(Guid CaseId, IReadOnlyList<string> ConsultedParties, DateOnly EffectiveOn) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.Consultation;
}

/// <summary>讨论决定: body and tally as minuted; quorum and majority are audited (TL-DECISION-QUORUM), not enforced.</summary>
public sealed record CollectiveDecisionTaken(
    Guid CaseId,
    DecisionBody Body,
    int MembersEntitled,
    int Attendees,
    int VotesFor,
    int VotesAgainst,
    int Abstentions,
    bool PrincipalSpokeLast,
    DateOnly EffectiveOn) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.CollectiveDecision;
}

/// <summary>任前公示 over [StartOn, EndOn]; <c>EffectiveOn</c> is EndOn, when the outcome is known.</summary>
public sealed record PublicNoticeGiven(
    Guid CaseId, string Scope, DateOnly StartOn, DateOnly EndOn, int ObjectionsReceived, int ObjectionsResolved, DateOnly EffectiveOn) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.PublicNotice;
}

/// <summary>报请审批, with the attachments sent (TL-APPROVAL-AND-FILING checks the list).</summary>
public sealed record ApprovalRequested(Guid CaseId, string Authority, IReadOnlyList<string> Attachments, DateOnly EffectiveOn) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.ApprovalRequest;
}

/// <summary>
/// 批准: the upper authority's reply, its document reference, and what it approves (<c>Purpose</c>, added later:
/// older records have none and count as routine). Only an age exception silences an age cap.
/// </summary>
public sealed record ApprovalGranted(Guid CaseId, string Authority, string Reference, DateOnly EffectiveOn, ApprovalPurpose? Purpose = null) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.Approval;

    /// <summary>What the approval is for; a record without a purpose is a routine approval (a method, so it never enters the stored event).</summary>
    public ApprovalPurpose PurposeOrRoutine() => Purpose ?? ApprovalPurpose.Routine;
}

/// <summary>不予批准: the case becomes Rejected.</summary>
public sealed record ApprovalRefused(Guid CaseId, string Authority, string Reason, DateOnly EffectiveOn) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.Approval;
}

/// <summary>报送备案.</summary>
public sealed record FilingSubmitted(Guid CaseId, string Authority, IReadOnlyList<string> Attachments, DateOnly EffectiveOn) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.FilingSubmission;
}

/// <summary>备案已受理.</summary>
public sealed record FilingAccepted(Guid CaseId, string Authority, DateOnly EffectiveOn) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.Filing;
}

/// <summary>派出单位同意: needed to promote a seconded cadre (NX-SECONDMENT-PROMOTION-CONSENT).</summary>
public sealed record SendingUnitConsentRecorded(Guid CaseId, Guid SendingUnitId, string ConsentReference, DateOnly EffectiveOn) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.SendingUnitConsent;
}

/// <summary>
/// 提拔调任资格: how the cadre obtained the qualification for the post this transfer moves them into
/// (竞争性选拔 or 换届, NX-PROMO-TRANSFER-ELIGIBILITY), the document that shows it, and the day it was obtained.
/// </summary>
public sealed record TransferQualificationRecorded(Guid CaseId, QualificationRoute Route, string Reference, DateOnly EffectiveOn) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.TransferQualification;
}

/// <summary>
/// 资格审查: whether the cadre met the post's qualifications (资格条件) as the reviewing body found, which body reviewed, what it
/// checked, and on which day. A review that did not pass is recorded as found, never refused: the audit judges what followed.
/// </summary>
[Description("资格审查 (step ELIGIBILITY_REVIEW) as recorded by reviewEligibility.")]
public sealed record EligibilityReviewed(
    Guid CaseId,
    [property: Description("审查结论: true when the cadre met the post's qualifications, false when the review found they did not.")] bool Passed,
    [property: Description("审查机关: the body that reviewed, e.g. 自治区党委组织部干部一处.")] string ReviewedBy,
    [property: Description("审查内容: what was checked, e.g. 年龄, 学历, 任职年限, 基层工作经历 (one entry each).")] IReadOnlyList<string> Checked,
    [property: Description("审查日期: the day the review concluded.")] DateOnly EffectiveOn) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.EligibilityReview;
}

/// <summary>任职谈话: who talked with the cadre about the new post, and on which day.</summary>
[Description("任职谈话 (step APPOINTMENT_TALK) as recorded by holdAppointmentTalk.")]
public sealed record AppointmentTalkHeld(
    Guid CaseId,
    [property: Description("谈话人: who held the talk, e.g. 县委组织部部长.")] string TalkedBy,
    [property: Description("The day of the talk.")] DateOnly EffectiveOn) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.AppointmentTalk;
}

/// <summary>任职通知, issued on <c>EffectiveOn</c>; the case becomes Effective.</summary>
public sealed record AppointmentNoticeIssued(
    Guid CaseId, DateOnly TakesEffectOn, bool OnProbation, int? ProbationMonths, DateOnly EffectiveOn) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.AppointmentNotice;
}

/// <summary>试用期开始 on <c>EffectiveOn</c>.</summary>
public sealed record ProbationStarted(Guid CaseId, DateOnly PlannedEndOn, DateOnly EffectiveOn) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.Probation;
}

/// <summary>试用期满考核. A failed assessment closes the case: the cadre leaves the trial post (TL-PROBATION-1Y).</summary>
public sealed record ProbationAssessed(Guid CaseId, bool Passed, string Assessment, DateOnly EffectiveOn) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.ProbationAssessment;
}

/// <summary>正式任职 after a passed probation; the case closes.</summary>
public sealed record FormallyAppointed(Guid CaseId, DateOnly EffectiveOn) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.FormalAppointment;
}

/// <summary>挂职开始 on <c>EffectiveOn</c>; the personnel relation stays with the sending unit (GUAZHI-PERSONNEL-RELATION).</summary>
public sealed record SecondmentStarted(
    Guid CaseId, Guid SendingUnitId, Guid HostUnitId, Post? HostPost, DateOnly PlannedEndOn, DateOnly EffectiveOn) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.Secondment;
}

/// <summary>挂职延期 to a later planned end.</summary>
public sealed record SecondmentExtended(Guid CaseId, DateOnly NewPlannedEndOn, DateOnly EffectiveOn) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.SecondmentExtension;
}

/// <summary>挂职结束: the cadre returned on <c>EffectiveOn</c>; the case closes.</summary>
public sealed record SecondmentEnded(Guid CaseId, DateOnly EffectiveOn) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.SecondmentEnd;
}

/// <summary>
/// 留任: the cadre stays at the host in <c>HostPost</c>, itself a transfer; the case closes. <c>Decision</c> (the body,
/// its date and tally) trails <c>EffectiveOn</c> because it was added after v1 was stored: old records have none.
/// </summary>
public sealed record SecondmentRetainedAtHost(Guid CaseId, Post HostPost, string DecisionReference, DateOnly EffectiveOn, RetentionDecision? Decision = null) : ICaseStep
{
    [JsonIgnore]
    public ProcedureStep Step => ProcedureStep.RetentionAtHost;
}

/// <summary>留任决定: the body that decided to keep the cadre at the host, when, and its tally as minuted.</summary>
public sealed record RetentionDecision(
    DecisionBody Body, DateOnly DecidedOn, int MembersEntitled, int Attendees, int VotesFor, int VotesAgainst, int Abstentions);

/// <summary>撤销: the case is dropped before it takes effect.</summary>
public sealed record CaseWithdrawn(Guid CaseId, string Reason, DateOnly EffectiveOn) : ICaseEvent;

/// <summary>否决: the case is turned down before it takes effect.</summary>
public sealed record CaseRejected(Guid CaseId, string Reason, DateOnly EffectiveOn) : ICaseEvent;

/// <summary>
/// 更正: the step recorded at stream version <c>CorrectedVersion</c> was wrong. Always appended together
/// with, and just before, the step event that replaces it; the wrong record stays in the history.
/// <c>EffectiveOn</c> is the day the correction was made.
/// </summary>
public sealed record CaseStepCorrected(Guid CaseId, long CorrectedVersion, ProcedureStep Step, string Reason, DateOnly EffectiveOn) : ICaseEvent;
