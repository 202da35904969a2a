using GraphQL.Types;

namespace CaseLedger.Api.Cases.HoldingAppointmentTalk;

public sealed record HoldAppointmentTalkInput(
    string CaseId,
    string TalkedBy,
    DateOnly EffectiveOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseStepInput;

internal sealed class HoldAppointmentTalkInputType : InputObjectGraphType<HoldAppointmentTalkInput>
{
    public HoldAppointmentTalkInputType()
    {
        Name = "HoldAppointmentTalkInput";
        Description = "任职谈话 / appointment talk: who talked with the cadre before the post is taken up.";
        this.AddCaseIdField();
        Field(x => x.TalkedBy).Description("谈话人: who held the talk, e.g. 县委组织部部长.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("谈话日期: the day of the talk.");
        this.AddCaseStepFields();
    }
}

internal static class HoldAppointmentTalkField
{
    public static RecordCaseStep Command(HoldAppointmentTalkInput input) =>
        RecordCaseStep.Step(input, c => c.HoldAppointmentTalk(input.TalkedBy, input.EffectiveOn));

    public static void AddHoldAppointmentTalk(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<HoldAppointmentTalkInputType, HoldAppointmentTalkInput>("holdAppointmentTalk", "任职谈话 / record the appointment talk (step APPOINTMENT_TALK).", Command);
}
