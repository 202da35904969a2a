using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Hosting;
using CaseLedger.Domain.Cases;
using GraphQL.Types;
using Mediator;

namespace CaseLedger.Api.Cases.RaisingMotion;

public sealed record RaiseMotionInput(
    string CaseId,
    string ProposedBy,
    string Summary,
    DateOnly EffectiveOn,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : IRecordingInput;

public sealed record RaiseMotion(RaiseMotionInput Input) : ICommand<CaseSummary>;

internal sealed class RaiseMotionHandler(LedgerAppender ledger) : ICommandHandler<RaiseMotion, CaseSummary>
{
    public async ValueTask<CaseSummary> Handle(RaiseMotion command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        var caseId = GlobalId.ParseInput(input.CaseId, CaseType.TypeName, "caseId");

        var stream = await ledger.ReadAsync<Case>(caseId, input.ExpectedVersion, "caseId", cancellationToken);

        ledger.Append(stream, stream.State.RaiseMotion(input.ProposedBy, input.Summary, input.EffectiveOn));
        await ledger.SaveAsync(cancellationToken);
        return await ledger.Session.LoadAsync<CaseSummary>(caseId, cancellationToken)
            ?? throw new InvalidOperationException("The inline CaseSummary projection did not run.");
    }
}

internal sealed class RaiseMotionInputType : InputObjectGraphType<RaiseMotionInput>
{
    public RaiseMotionInputType()
    {
        Name = "RaiseMotionInput";
        Description = "动议: the proposal that starts the procedure.";
        Field(x => x.CaseId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The case.");
        Field(x => x.ProposedBy).Description("Who proposed it (body or person), e.g. 县委组织部.");
        Field(x => x.Summary).Description("What is proposed.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Date of the motion.");
        this.AddExpectedVersionField();
        this.AddRecordingFields();
    }
}

internal static class RaiseMotionField
{
    public static void AddRaiseMotion(this ObjectGraphType mutation) =>
        mutation.AddMutation<RaiseMotionInputType, RaiseMotionInput, CaseType, CaseSummary>(
            "raiseMotion", "case", "动议: record the motion on a case.",
            input => new RaiseMotion(input));
}
