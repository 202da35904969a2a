using CaseLedger.Api.GraphQL;
using GraphQL.Types;

namespace CaseLedger.Api.Cases.Withdrawing;

public sealed record WithdrawCaseInput(
    string CaseId,
    DateOnly EffectiveOn,
    int? ExpectedVersion,
    string Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseInput;

internal sealed class WithdrawCaseInputType : InputObjectGraphType<WithdrawCaseInput>
{
    public WithdrawCaseInputType()
    {
        Name = "WithdrawCaseInput";
        Description = "撤销 / withdraw the case before it takes effect (CASE_ALREADY_EFFECTIVE after the appointment notice or secondment start).";
        this.AddCaseIdField();
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("撤销日期.");
        this.AddExpectedVersionField();
        this.AddRecordingFields("撤销理由: why the case is withdrawn (required, up to 500 characters); it is also kept with the event.");
    }
}

internal static class WithdrawCaseField
{
    public static RecordCaseStep Command(WithdrawCaseInput input) =>
        RecordCaseStep.Change(input, c => c.Withdraw(input.Reason, input.EffectiveOn));

    public static void AddWithdrawCase(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<WithdrawCaseInputType, WithdrawCaseInput>("withdrawCase", "撤销 / withdraw a case; it becomes WITHDRAWN and takes no more steps.", Command);
}
