using GraphQL.Types;

namespace CaseLedger.Api.Cases.IssuingAppointmentNotice;

public sealed record IssueAppointmentNoticeInput(
    string CaseId,
    DateOnly TakesEffectOn,
    bool OnProbation,
    int? ProbationMonths,
    DateOnly EffectiveOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseStepInput;

internal sealed class IssueAppointmentNoticeInputType : InputObjectGraphType<IssueAppointmentNoticeInput>
{
    public IssueAppointmentNoticeInputType()
    {
        Name = "IssueAppointmentNoticeInput";
        Description = "任职通知 / appointment notice: the case becomes EFFECTIVE. Exchanges and appointments only (WRONG_CASE_KIND on a secondment); needs the collective decision (STEP_MISSING).";
        this.AddCaseIdField();
        Field(x => x.TakesEffectOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("任职生效日期: the date the appointment takes effect; it is the case's effectiveOn.");
        Field(x => x.OnProbation).Description("试用期: true when the appointment is probationary (then give probationMonths).");
        Field(x => x.ProbationMonths, nullable: true).Description("试用期月数: required (at least 1) when onProbation; refused (INCONSISTENT_INPUT) without it. Usually 12 (TL-PROBATION-1Y).");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("发文日期: the date the notice was issued.");
        this.AddCaseStepFields();
    }
}

internal static class IssueAppointmentNoticeField
{
    public static RecordCaseStep Command(IssueAppointmentNoticeInput input) =>
        RecordCaseStep.Step(input, c => c.IssueAppointmentNotice(input.TakesEffectOn, input.OnProbation, input.ProbationMonths, input.EffectiveOn));

    public static void AddIssueAppointmentNotice(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<IssueAppointmentNoticeInputType, IssueAppointmentNoticeInput>("issueAppointmentNotice", "任职通知 / record the appointment notice (step APPOINTMENT_NOTICE); the case becomes EFFECTIVE.", Command);
}
