using GraphQL.Types;

namespace CaseLedger.Api.Cases.StartingProbation;

public sealed record StartProbationInput(
    string CaseId,
    DateOnly StartOn,
    DateOnly PlannedEndOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseStepInput;

internal sealed class StartProbationInputType : InputObjectGraphType<StartProbationInput>
{
    public StartProbationInputType()
    {
        Name = "StartProbationInput";
        Description = "试用期开始 / the probation starts (only when the appointment notice set one, else NO_PROBATION).";
        this.AddCaseIdField();
        Field(x => x.StartOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("试用期开始日期 (not before the appointment notice, else STEP_OUT_OF_ORDER).");
        Field(x => x.PlannedEndOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("试用期满日期 (after startOn, else END_BEFORE_START).");
        this.AddCaseStepFields();
    }
}

internal static class StartProbationField
{
    public static RecordCaseStep Command(StartProbationInput input) =>
        RecordCaseStep.Step(input, c => c.StartProbation(input.StartOn, input.PlannedEndOn));

    public static void AddStartProbation(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<StartProbationInputType, StartProbationInput>("startProbation", "试用期开始 / record the start of the probation (step PROBATION).", Command);
}
