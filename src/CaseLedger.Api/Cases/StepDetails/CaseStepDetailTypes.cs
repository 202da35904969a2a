using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Units;
using CaseLedger.Domain.Cases;
using GraphQL.Types;

namespace CaseLedger.Api.Cases.StepDetails;

/// <summary>
/// One GraphQL type per step kind, each over the step's recorded event, so a client reads the recorded
/// fields typed (enums as in the schema) instead of parsing <c>history[].data</c>.
/// </summary>
internal sealed class CaseStepDetailsInterface : InterfaceGraphType
{
    public CaseStepDetailsInterface()
    {
        Name = "CaseStepDetails";
        Description = "What a procedure step recorded, typed: one object type per step kind (e.g. CollectiveDecisionDetails). "
            + "Select the fields of each kind with inline fragments: `details { effectiveOn ... on InspectionDetails { teamMembers } }`.";
        Field<NonNullGraphType<DateOnlyGraphType>>("effectiveOn").Description("The date the step happened (its effective date).");
    }
}

/// <summary>The base of each step-details type: its interface and effective date.</summary>
internal abstract class StepDetailsType<T> : ObjectGraphType<T>
    where T : class
{
    protected StepDetailsType(string name, string description, Func<T, DateOnly> effectiveOn)
    {
        Name = name;
        Description = description;
        Interface<CaseStepDetailsInterface>();
        Field<NonNullGraphType<DateOnlyGraphType>>("effectiveOn").Description("The date the step happened (its effective date).")
            .Resolve(c => effectiveOn(c.Source));
    }

    protected void UnitField(string name, string description, Func<T, Guid> unitId) =>
        Field<UnitType>(name).Description(description + " Null when the unit is outside your jurisdiction.").Resolve(c => c.LoadUnit(unitId(c.Source)));
}

internal sealed class MotionDetailsType : StepDetailsType<MotionRaised>
{
    public MotionDetailsType() : base("MotionDetails", "动议 (step MOTION) as recorded by raiseMotion.", e => e.EffectiveOn)
    {
        Field(x => x.ProposedBy).Description("提议人/提议机关.");
        Field(x => x.Summary).Description("动议内容.");
        Field(x => x.OrganisingAuthority, nullable: true).Description("组织实施机关, when recorded apart from the proposer.");
        Field(x => x.DelegationReference, nullable: true).Description("授权文号: the region's delegation to organise it locally, if any.");
    }
}

internal sealed class DemocraticRecommendationDetailsType : StepDetailsType<DemocraticRecommendationHeld>
{
    public DemocraticRecommendationDetailsType()
        : base("DemocraticRecommendationDetails", "民主推荐 (steps INTERVIEW_RECOMMENDATION and MEETING_RECOMMENDATION; mode tells which) as recorded by holdDemocraticRecommendation.", e => e.EffectiveOn)
    {
        Field(x => x.Mode, type: typeof(NonNullGraphType<EnumerationGraphType<RecommendationMode>>)).Description("推荐方式: interview survey or meeting.");
        Field(x => x.Directed).Description("定向推荐: true when the recommendation was for one named post only.");
        Field(x => x.DirectedPost, nullable: true).Description("定向推荐的职位名称 as recorded; null when not directed or named by id only.");
        Field<IdGraphType>("directedPostId").Description("定向推荐的职位 by id (Post.id); null when not directed or recorded by title only (before directedPostId).")
            .Resolve(c => c.Source.DirectedPostId is { } id ? GlobalId.Encode(PostType.TypeName, id) : null);
        Field(x => x.Participants).Description("参加推荐人数.");
        Field(x => x.CandidateCount).Description("推荐人选数.");
    }
}

internal sealed class InspectionTargetsDetailsType : StepDetailsType<InspectionTargetsDetermined>
{
    public InspectionTargetsDetailsType()
        : base("InspectionTargetsDetails", "确定考察对象 (step INSPECTION_TARGETS) as recorded by determineInspectionTargets.", e => e.EffectiveOn) =>
        Field(x => x.Candidates).Description("考察对象: the shortlisted candidates, by name, in the order recorded.");
}

internal sealed class InspectionDetailsType : StepDetailsType<InspectionCompleted>
{
    public InspectionDetailsType() : base("InspectionDetails", "考察 (step INSPECTION) as recorded by completeInspection.", e => e.EffectiveOn)
    {
        Field(x => x.TeamMembers).Description("考察组成员 (TL-INSPECTION wants at least 2; a smaller team is recorded and audited).");
        Field<NonNullGraphType<IntGraphType>>("teamSize").Description("考察组人数: the number of teamMembers.").Resolve(c => c.Source.TeamMembers.Count);
        Field(x => x.ReportReference).Description("考察报告文号.");
    }
}

internal sealed class ConsultationDetailsType : StepDetailsType<ConsultationHeld>
{
    public ConsultationDetailsType() : base("ConsultationDetails", "酝酿 (step CONSULTATION) as recorded by holdConsultation.", e => e.EffectiveOn) =>
        Field(x => x.ConsultedParties).Description("酝酿对象: who was consulted before the decision.");
}

internal sealed class CollectiveDecisionDetailsType : StepDetailsType<CollectiveDecisionTaken>
{
    public CollectiveDecisionDetailsType()
        : base("CollectiveDecisionDetails", "讨论决定 (step COLLECTIVE_DECISION) as recorded by takeCollectiveDecision; quorum and majority are audited, not enforced.", e => e.EffectiveOn)
    {
        Field(x => x.Body, type: typeof(NonNullGraphType<EnumerationGraphType<DecisionBody>>)).Description("决策机构.");
        Field(x => x.MembersEntitled).Description("应到会人数.");
        Field(x => x.Attendees).Description("实到会人数.");
        Field(x => x.VotesFor).Description("赞成票.");
        Field(x => x.VotesAgainst).Description("反对票.");
        Field(x => x.Abstentions).Description("弃权票.");
        Field(x => x.PrincipalSpokeLast).Description("主要负责人末位表态.");
    }
}

internal sealed class PublicNoticeDetailsType : StepDetailsType<PublicNoticeGiven>
{
    public PublicNoticeDetailsType()
        : base("PublicNoticeDetails", "任前公示 (step PUBLIC_NOTICE) as recorded by givePublicNotice; its effectiveOn is the notice's last day.", e => e.EffectiveOn)
    {
        Field(x => x.Scope).Description("公示范围.");
        Field(x => x.StartOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("公示开始日期.");
        Field(x => x.EndOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("公示结束日期 (at least 5 working days after startOn are required; audited).");
        Field(x => x.ObjectionsReceived).Description("收到异议件数.");
        Field(x => x.ObjectionsResolved).Description("已处理异议件数.");
    }
}

internal sealed class ApprovalRequestDetailsType : StepDetailsType<ApprovalRequested>
{
    public ApprovalRequestDetailsType() : base("ApprovalRequestDetails", "报请审批 (step APPROVAL_REQUEST) as recorded by requestApproval.", e => e.EffectiveOn)
    {
        Field(x => x.Authority).Description("审批机关 asked.");
        Field(x => x.Attachments).Description("报送材料 sent with the request.");
    }
}

/// <summary>The answer to an approval request, whichever event recorded it (granted or refused).</summary>
internal sealed record ApprovalAnswer(bool Granted, string Authority, string? Reference, string? RefusalReason, DateOnly EffectiveOn, ApprovalPurpose? Purpose);

internal sealed class ApprovalAnswerDetailsType : StepDetailsType<ApprovalAnswer>
{
    public ApprovalAnswerDetailsType()
        : base("ApprovalAnswerDetails", "审批 (step APPROVAL) as recorded by grantApproval (granted) or refuseApproval (refused; the case became REJECTED).", e => e.EffectiveOn)
    {
        Field(x => x.Granted).Description("true 批准 (grantApproval), false 不予批准 (refuseApproval).");
        Field(x => x.Authority).Description("批复机关.");
        // Not "reference": a client selecting several details types in one query needs one type per field name.
        Field("approvalReference", x => x.Reference, nullable: true).Description("批复文号 of a granted approval; null when refused.");
        Field(x => x.RefusalReason, nullable: true).Description("不予批准理由; null when granted.");
        Field(x => x.Purpose, type: typeof(EnumerationGraphType<ApprovalPurpose>))
            .Description("审批事项 of a granted approval (ROUTINE when the record names none); null when refused.");
    }
}

internal sealed class FilingSubmissionDetailsType : StepDetailsType<FilingSubmitted>
{
    public FilingSubmissionDetailsType() : base("FilingSubmissionDetails", "报送备案 (step FILING_SUBMISSION) as recorded by submitFiling.", e => e.EffectiveOn)
    {
        Field(x => x.Authority).Description("备案机关 filed with.");
        Field(x => x.Attachments).Description("报送材料.");
    }
}

internal sealed class FilingAcceptanceDetailsType : StepDetailsType<FilingAccepted>
{
    public FilingAcceptanceDetailsType() : base("FilingAcceptanceDetails", "备案受理 (step FILING) as recorded by acceptFiling.", e => e.EffectiveOn) =>
        Field(x => x.Authority).Description("受理机关.");
}

internal sealed class SendingUnitConsentDetailsType : StepDetailsType<SendingUnitConsentRecorded>
{
    public SendingUnitConsentDetailsType()
        : base("SendingUnitConsentDetails", "派出单位同意 (step SENDING_UNIT_CONSENT) as recorded by recordSendingUnitConsent, on the PROMOTION case of a seconded cadre (not on the secondment's own case).", e => e.EffectiveOn)
    {
        UnitField("sendingUnit", "派出单位 that consented.", e => e.SendingUnitId);
        Field(x => x.ConsentReference).Description("同意函文号.");
    }
}

internal sealed class TransferQualificationDetailsType : StepDetailsType<TransferQualificationRecorded>
{
    public TransferQualificationDetailsType()
        : base("TransferQualificationDetails", "提拔调任资格 (step TRANSFER_QUALIFICATION) as recorded by recordTransferQualification; effectiveOn is the day it was obtained.", e => e.EffectiveOn)
    {
        Field(x => x.Route, type: typeof(NonNullGraphType<EnumerationGraphType<QualificationRoute>>)).Description("取得任职资格的途径.");
        Field(x => x.Reference).Description("资格依据文号.");
    }
}

internal sealed class SendingUnitOpinionDetailsType : StepDetailsType<SendingUnitOpinionRecorded>
{
    public SendingUnitOpinionDetailsType()
        : base("SendingUnitOpinionDetails", "征求调出单位意见 (step SENDING_UNIT_OPINION) as recorded by recordSendingUnitOpinion on a 调任 case.", e => e.EffectiveOn)
    {
        UnitField("sendingUnit", "调出单位 that gave its opinion.", e => e.SendingUnitId);
        Field(x => x.Agrees).Description("同意调出: false when the unit objected.");
        Field(x => x.OpinionReference).Description("意见函文号.");
    }
}

internal sealed class ExaminationDetailsType : StepDetailsType<ExaminationHeld>
{
    public ExaminationDetailsType()
        : base("ExaminationDetails", "考试测评 (step EXAMINATION) as recorded by holdExamination in a competitive selection.", e => e.EffectiveOn)
    {
        Field("examinees", x => x.Candidates).Description("参加考试人数 (named so as not to clash with InspectionTargetsDetails.candidates, a list of names).");
        Field(x => x.ResultsReference).Description("成绩公布文号.");
    }
}

internal sealed class AppointmentNoticeDetailsType : StepDetailsType<AppointmentNoticeIssued>
{
    public AppointmentNoticeDetailsType()
        : base("AppointmentNoticeDetails", "任职通知 (step APPOINTMENT_NOTICE) as recorded by issueAppointmentNotice; effectiveOn is the day it was issued.", e => e.EffectiveOn)
    {
        Field(x => x.TakesEffectOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("任职生效日期.");
        Field(x => x.OnProbation).Description("试用期: whether the appointment is probationary.");
        Field(x => x.ProbationMonths, nullable: true).Description("试用期月数; null without probation.");
    }
}

internal sealed class ProbationStartDetailsType : StepDetailsType<ProbationStarted>
{
    public ProbationStartDetailsType() : base("ProbationStartDetails", "试用期开始 (step PROBATION) as recorded by startProbation; effectiveOn is its first day.", e => e.EffectiveOn) =>
        Field(x => x.PlannedEndOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("试用期满日期.");
}

internal sealed class ProbationAssessmentDetailsType : StepDetailsType<ProbationAssessed>
{
    public ProbationAssessmentDetailsType() : base("ProbationAssessmentDetails", "试用期满考核 (step PROBATION_ASSESSMENT) as recorded by assessProbation.", e => e.EffectiveOn)
    {
        Field(x => x.Passed).Description("true 胜任; false 不胜任 (the case closed).");
        Field(x => x.Assessment).Description("考核意见.");
    }
}

internal sealed class FormalAppointmentDetailsType : StepDetailsType<FormallyAppointed>
{
    public FormalAppointmentDetailsType()
        : base("FormalAppointmentDetails", "正式任职 (step FORMAL_APPOINTMENT) as recorded by appointFormally: only its date, effectiveOn.", e => e.EffectiveOn)
    {
    }
}

internal sealed class SecondmentStartDetailsType : StepDetailsType<SecondmentStarted>
{
    public SecondmentStartDetailsType() : base("SecondmentStartDetails", "挂职开始 (step SECONDMENT) as recorded by startSecondment; effectiveOn is its first day.", e => e.EffectiveOn)
    {
        UnitField("sendingUnit", "派出单位 (keeps the personnel relation).", e => e.SendingUnitId);
        UnitField("hostUnit", "挂职单位.", e => e.HostUnitId);
        Field(x => x.HostPost, type: typeof(PostType)).Description("挂任职务; null when none.");
        Field(x => x.PlannedEndOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("计划结束日期 set at the start (extensions move it later).");
    }
}

internal sealed class SecondmentExtensionDetailsType : StepDetailsType<SecondmentExtended>
{
    public SecondmentExtensionDetailsType() : base("SecondmentExtensionDetails", "挂职延期 (step SECONDMENT_EXTENSION) as recorded by extendSecondment; the latest extension counts.", e => e.EffectiveOn) =>
        Field(x => x.NewPlannedEndOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("新的计划结束日期.");
}

internal sealed class SecondmentEndDetailsType : StepDetailsType<SecondmentEnded>
{
    public SecondmentEndDetailsType()
        : base("SecondmentEndDetails", "挂职期满返回 (step SECONDMENT_END) as recorded by endSecondment: only its date, effectiveOn (the day the cadre returned).", e => e.EffectiveOn)
    {
    }
}

internal sealed class RetentionAtHostDetailsType : StepDetailsType<SecondmentRetainedAtHost>
{
    public RetentionAtHostDetailsType()
        : base("RetentionAtHostDetails", "挂职留任 (step RETENTION_AT_HOST) as recorded by retainAtHost; effectiveOn is the day of retention.", e => e.EffectiveOn)
    {
        Field("retainedInPost", x => x.HostPost, type: typeof(NonNullGraphType<PostType>)).Description("留任职务: the post the cadre holds at the host from effectiveOn.");
        Field(x => x.DecisionReference).Description("留任决定文号.");
        Field(x => x.Decision, type: typeof(RetentionDecisionType)).Description("留任决定: body, date and tally; null on records made before it was asked for.");
    }
}

internal sealed class RetentionDecisionType : ObjectGraphType<RetentionDecision>
{
    public RetentionDecisionType()
    {
        Name = "RetentionDecision";
        Description = "留任决定: the body that decided to keep the cadre at the host, when, and its tally as minuted.";
        Field(x => x.Body, type: typeof(NonNullGraphType<EnumerationGraphType<DecisionBody>>)).Description("决策机构.");
        Field(x => x.DecidedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("决定日期.");
        Field(x => x.MembersEntitled).Description("应到会人数.");
        Field(x => x.Attendees).Description("实到会人数.");
        Field(x => x.VotesFor).Description("赞成票.");
        Field(x => x.VotesAgainst).Description("反对票.");
        Field(x => x.Abstentions).Description("弃权票.");
    }
}
