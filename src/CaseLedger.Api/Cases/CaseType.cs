using CaseLedger.Api.Cadres;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Units;
using CaseLedger.Api.Cases.StepDetails;
using CaseLedger.Domain.Cases;
using GraphQL.Types;

namespace CaseLedger.Api.Cases;

internal sealed class CaseType : ObjectGraphType<CaseSummary>
{
    public const string TypeName = "Case";

    public CaseType(IEnumerable<GraphTypeExtension<CaseType>> extensions)
    {
        Name = TypeName;
        Interface<NodeInterface>();
        Description = "案件: one exchange (交流), secondment (挂职) or appointment (任用), recorded as its own event stream.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the case.")
            .Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field(x => x.Number).Description("案件编号, e.g. JL-2026-000123 (JL 交流, GZ 挂职, RY 任用).");
        Field(x => x.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<CaseKind>>)).Description("案件类别.");
        Field(x => x.Channel, type: typeof(NonNullGraphType<EnumerationGraphType<CaseChannel>>)).Description("渠道: how the cadre moves.");
        Field<NonNullGraphType<CadreType>>("cadre").Description("The cadre the case concerns.")
            .Resolve(c => c.LoadCadre(c.Source.CadreId));
        Field(x => x.FromPost, type: typeof(PostType)).Description("原职位: the post moved from, if any.");
        Field(x => x.ToPost, type: typeof(PostType)).Description("拟任职位: the post moved to (null for some secondments).");
        Field(x => x.Status, type: typeof(NonNullGraphType<EnumerationGraphType<CaseStatus>>)).Description("Where the case stands.");
        Field(x => x.ExchangeReason, type: typeof(EnumerationGraphType<ExchangeReason>)).Description("交流原因; null for secondments and appointments.");
        Field(x => x.StepsDone, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<ProcedureStep>>>>))
            .Description("Procedure steps recorded so far, in the order recorded; a corrected step counts from its replacement.");
        Field(x => x.Steps, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<CaseStepRecordType>>>)).Description(
            "程序步骤: the current record of each step with its stream version (to correct a step, send it again with correction.correctedVersion = that version) and what it recorded (details).")
            .Resolve(c => c.Source.Steps.ConvertAll(s => s with { CaseId = c.Source.Id }));
        Field(x => x.Motion, type: typeof(CaseMotionType)).Description("动议; null until raised.");
        Field(x => x.Decision, type: typeof(CaseDecisionType)).Description("讨论决定: body and tally; null until decided.");
        Field(x => x.PublicNotice, type: typeof(CasePublicNoticeType)).Description("任前公示 window and objections; null until given.");
        Field(x => x.Approval, type: typeof(CaseApprovalType)).Description("审批: request and answer; null when no approval was requested.");
        Field(x => x.Filing, type: typeof(CaseFilingType)).Description("备案: submission and acceptance; null when nothing was filed.");
        Field(x => x.SendingUnitConsent, type: typeof(CaseSendingUnitConsentType)).Description("派出单位同意; null when none is recorded.");
        Field(x => x.TransferQualification, type: typeof(CaseTransferQualificationType)).Description("提拔调任资格; null when none is recorded.");
        Field(x => x.AppointmentNotice, type: typeof(CaseAppointmentNoticeType)).Description("任职通知; null until issued (never for secondments).");
        Field(x => x.Probation, type: typeof(CaseProbationType)).Description("试用期; null until it starts.");
        Field(x => x.Secondment, type: typeof(CaseSecondmentType)).Description("挂职; null until the secondment starts (secondment cases only).");
        Field(x => x.ClosingReason, nullable: true).Description("撤销/否决理由: why the case was withdrawn or rejected (for a refused approval, the authority's reason).");
        Field(x => x.OpenedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("立案日期: effective date the case opened.");
        Field(x => x.DecidedOn, type: typeof(DateOnlyGraphType)).Description("讨论决定日期; null until decided.");
        Field(x => x.EffectiveOn, type: typeof(DateOnlyGraphType)).Description(
            "生效日期: the appointment notice's takesEffectOn, or the secondment's start; null until the case takes effect.");
        Field(x => x.ClosedOn, type: typeof(DateOnlyGraphType)).Description("办结/撤销/否决日期: when the case ended; null while it runs or is only effective.");
        Field(x => x.Corrections, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<CaseCorrectionType>>>)).Description(
            "更正: every corrected step record, oldest first; the wrong records stay in the stream.");
        Field(x => x.Version, type: typeof(NonNullGraphType<IntGraphType>)).Description("Stream version: pass it as expectedVersion to record the next step.");
        this.AddStepDetailFields();
        this.AddTimeTravelFields();
        this.ApplyAll(extensions);
    }
}
