using CaseLedger.Api.GraphQL;
using GraphQL.Types;

namespace CaseLedger.Api.Cases.Rejecting;

public sealed record RejectCaseInput(
    string CaseId,
    DateOnly EffectiveOn,
    int? ExpectedVersion,
    string Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseInput;

internal sealed class RejectCaseInputType : InputObjectGraphType<RejectCaseInput>
{
    public RejectCaseInputType()
    {
        Name = "RejectCaseInput";
        Description = "否决 / reject the case before it takes effect (CASE_ALREADY_EFFECTIVE after the appointment notice or secondment start).";
        this.AddCaseIdField();
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("否决日期.");
        this.AddExpectedVersionField();
        this.AddRecordingFields("否决理由: why the case is rejected (required, up to 500 characters); it is also kept with the event.");
    }
}

internal static class RejectCaseField
{
    public static RecordCaseStep Command(RejectCaseInput input) =>
        RecordCaseStep.Change(input, c => c.Reject(input.Reason, input.EffectiveOn));

    public static void AddRejectCase(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<RejectCaseInputType, RejectCaseInput>("rejectCase", "否决 / reject a case; it becomes REJECTED and takes no more steps.", Command);
}
