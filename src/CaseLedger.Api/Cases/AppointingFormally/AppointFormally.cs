using GraphQL.Types;

namespace CaseLedger.Api.Cases.AppointingFormally;

public sealed record AppointFormallyInput(
    string CaseId,
    DateOnly EffectiveOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseStepInput;

internal sealed class AppointFormallyInputType : InputObjectGraphType<AppointFormallyInput>
{
    public AppointFormallyInputType()
    {
        Name = "AppointFormallyInput";
        Description = "正式任职 / formal appointment after a passed probation; the case closes.";
        this.AddCaseIdField();
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("正式任职日期 (not before the assessment).");
        this.AddCaseStepFields();
    }
}

internal static class AppointFormallyField
{
    public static RecordCaseStep Command(AppointFormallyInput input) =>
        RecordCaseStep.Step(input, c => c.AppointFormally(input.EffectiveOn));

    public static void AddAppointFormally(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<AppointFormallyInputType, AppointFormallyInput>("appointFormally", "正式任职 / record the formal appointment (step FORMAL_APPOINTMENT); the case becomes CLOSED.", Command);
}
