using GraphQL.Types;

namespace CaseLedger.Api.Cases.HoldingExamination;

public sealed record HoldExaminationInput(
    string CaseId,
    int Candidates,
    string ResultsReference,
    DateOnly EffectiveOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseStepInput;

internal sealed class HoldExaminationInputType : InputObjectGraphType<HoldExaminationInput>
{
    public HoldExaminationInputType()
    {
        Name = "HoldExaminationInput";
        Description = "考试测评 / the examination of a competitive selection (公开选拔、竞争上岗), which takes the place of a democratic recommendation "
            + "(PROC-ORDER-LEADERSHIP-PROMOTION requires it of those channels). Appointment cases only.";
        this.AddCaseIdField();
        Field(x => x.Candidates).Description("参加考试人数 (at least 1).");
        Field(x => x.ResultsReference).Description("成绩公布文号: the document that published the results.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("考试日期 (the last day, for several sittings).");
        this.AddCaseStepFields();
    }
}

internal static class HoldExaminationField
{
    public static RecordCaseStep Command(HoldExaminationInput input) =>
        RecordCaseStep.Step(input, c => c.HoldExamination(input.Candidates, input.ResultsReference, input.EffectiveOn));

    public static void AddHoldExamination(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<HoldExaminationInputType, HoldExaminationInput>("holdExamination",
            "考试测评 / record the examination of a competitive selection (step EXAMINATION; appointment cases only, else WRONG_CASE_KIND).", Command);
}
