using GraphQL.Types;

namespace CaseLedger.Api.Cases.HoldingConsultation;

public sealed record HoldConsultationInput(
    string CaseId,
    IReadOnlyList<string> ConsultedParties,
    DateOnly EffectiveOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseStepInput;

internal sealed class HoldConsultationInputType : InputObjectGraphType<HoldConsultationInput>
{
    public HoldConsultationInputType()
    {
        Name = "HoldConsultationInput";
        Description = "酝酿 / consultation: who was consulted before the collective decision.";
        this.AddCaseIdField();
        Field(x => x.ConsultedParties, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>)).Description("酝酿对象: the leaders or bodies consulted, e.g. 分管领导, 纪委监委 (at least one).");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("酝酿日期: the date of the consultation.");
        this.AddCaseStepFields();
    }
}

internal static class HoldConsultationField
{
    public static RecordCaseStep Command(HoldConsultationInput input) =>
        RecordCaseStep.Step(input, c => c.HoldConsultation(input.ConsultedParties, input.EffectiveOn));

    public static void AddHoldConsultation(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<HoldConsultationInputType, HoldConsultationInput>("holdConsultation", "酝酿 / record the consultation (step CONSULTATION).", Command);
}
