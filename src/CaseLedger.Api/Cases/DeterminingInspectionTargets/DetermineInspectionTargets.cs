using GraphQL.Types;

namespace CaseLedger.Api.Cases.DeterminingInspectionTargets;

public sealed record DetermineInspectionTargetsInput(
    string CaseId,
    IReadOnlyList<string> Candidates,
    DateOnly EffectiveOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseStepInput;

internal sealed class DetermineInspectionTargetsInputType : InputObjectGraphType<DetermineInspectionTargetsInput>
{
    public DetermineInspectionTargetsInputType()
    {
        Name = "DetermineInspectionTargetsInput";
        Description = "确定考察对象 / inspection targets: the shortlisted candidates to be inspected.";
        this.AddCaseIdField();
        Field(x => x.Candidates, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>)).Description("考察对象: candidate names (at least one, each up to 50 characters).");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("确定日期: the date the targets were determined.");
        this.AddCaseStepFields();
    }
}

internal static class DetermineInspectionTargetsField
{
    public static RecordCaseStep Command(DetermineInspectionTargetsInput input) =>
        RecordCaseStep.Step(input, c => c.DetermineInspectionTargets(input.Candidates, input.EffectiveOn));

    public static void AddDetermineInspectionTargets(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<DetermineInspectionTargetsInputType, DetermineInspectionTargetsInput>("determineInspectionTargets", "确定考察对象 / record the inspection targets (step INSPECTION_TARGETS).", Command);
}
