using CaseLedger.Api.Ledger;
using CaseLedger.Api.GraphQL;
using CaseLedger.Domain.Cases;
using CaseLedger.Api.Security;
using GraphQL.Types;
using Mediator;

namespace CaseLedger.Api.Cases;

/// <summary>An input on an existing case: which case, at which version.</summary>
public interface ICaseInput : IRecordingInput, IReferencesRemit
{
    string CaseId { get; }

    int? ExpectedVersion { get; }

    /// <summary>The case; an input naming more (a unit, a post) lists those too.</summary>
    IEnumerable<RemitReference> IReferencesRemit.RemitReferences() => [GlobalId.Reference("caseId", CaseType.TypeName, CaseId)];
}

/// <summary>A procedure-step input: it records the step, or re-records it when <see cref="Correction"/> is given.</summary>
public interface ICaseStepInput : ICaseInput
{
    CorrectionInput? Correction { get; }
}

/// <summary>更正: the stream version of the wrong record of this step, and why it is wrong.</summary>
public sealed record CorrectionInput(int CorrectedVersion, string Reason)
{
    public Correction ToCorrection() => new(CorrectedVersion, Reason);
}

/// <summary>
/// The one command for a decision on an existing case. Mediator's source generator needs concrete
/// command types, so the decision travels as a delegate: it gets the case's state and a
/// <see cref="DecisionContext"/> (so steps that look up units or posts can await) and returns the
/// events to append — one, or two for a correction.
/// </summary>
public sealed record RecordCaseStep(Guid CaseId, int? ExpectedVersion, Func<Case, DecisionContext, Task<IReadOnlyList<object>>> Decide)
    : LedgerCommand<CaseSummary>
{
    /// <summary>The input's case id parsed here, at the field: a malformed one is INVALID_ID before anything runs.</summary>
    private RecordCaseStep(ICaseInput input, Func<Case, DecisionContext, Task<IReadOnlyList<object>>> decide)
        : this(GlobalId.ParseInput(input.CaseId, CaseType.TypeName, "caseId"), input.ExpectedVersion, decide)
    {
    }

    /// <summary>A procedure step, or its correction when the input carries one (<see cref="Case.Record"/>).</summary>
    public static RecordCaseStep Step(ICaseStepInput input, Func<Case, object> step) =>
        StepWithLookups(input, _ => Task.FromResult(step));

    /// <summary>A step whose inputs are looked up first (units, posts); the lookups run before the decision.</summary>
    public static RecordCaseStep StepWithLookups(ICaseStepInput input, Func<DecisionContext, Task<Func<Case, object>>> prepare) =>
        new(input,
            async (state, context) => state.Record(input.Correction?.ToCorrection(), context.Today, await prepare(context)));

    /// <summary>A decision that is not a procedure step (withdrawal, rejection), so never a correction.</summary>
    public static RecordCaseStep Change(ICaseInput input, Func<Case, object> decide) =>
        new(input, (state, _) => Task.FromResult<IReadOnlyList<object>>([decide(state)]));
}

/// <summary>
/// Hands the step to the <see cref="CaseStepWriter"/>, which saves it with the other steps waiting at that moment; a step with an
/// idempotency key, or one inside a <see cref="LedgerBatch"/> (a dry run, an import's transaction), is recorded here on its own.
/// </summary>
internal sealed class RecordCaseStepHandler(LedgerAppender ledger, TimeProvider clock, CaseStepWriter writer) : ICommandHandler<RecordCaseStep, CaseSummary>
{
    public async ValueTask<CaseSummary> Handle(RecordCaseStep command, CancellationToken cancellationToken) =>
        command.Recording is { Idempotency: null, IdempotencyKey: null or "" } && LedgerBatch.Current is null
            ? await writer.RecordAsync(command, cancellationToken)
            : await RecordAloneAsync(ledger, clock, command, cancellationToken);

    /// <summary>One step in its own transaction: one read batch (the head, the summary, the career locked), one write batch.</summary>
    public static async Task<CaseSummary> RecordAloneAsync(LedgerAppender ledger, TimeProvider clock, RecordCaseStep command, CancellationToken cancellationToken)
    {
        var caseId = command.CaseId;
        // One round trip: the case's head (state, version, hash) with the summary and career the inline projections update.
        var (stream, cadreId) = await CaseHeads.ReadForStepAsync(ledger, caseId, command.ExpectedVersion, cancellationToken);

        var events = await command.Decide(stream.State, new DecisionContext(ledger.Session, clock.Today(), cancellationToken));
        // Named on each event, so the career projection needs no lookup.
        ledger.AppendForCadre(command.Recording, stream, cadreId, events);
        await ledger.SaveAsync(cancellationToken);
        return await ledger.Session.LoadAsync<CaseSummary>(caseId, cancellationToken)
            ?? throw new InvalidOperationException("The inline CaseSummary projection did not run.");
    }
}

internal sealed class CorrectionInputType : InputObjectGraphType<CorrectionInput>
{
    public CorrectionInputType()
    {
        Name = "CaseStepCorrectionInput";
        Description = "更正 / correction: send the step again with this to replace a wrong record of it. The wrong record stays in the "
            + "case history, marked as corrected; the case's corrections list shows both.";
        Field(x => x.CorrectedVersion).Description(
            "Stream version of the record being corrected: the version of this step in the case's steps list (Case.steps[].version).");
        Field(x => x.Reason).Description("更正理由: why the earlier record is wrong (required, up to 500 characters).");
    }
}

/// <summary>The fields every case-step input shares, and the one way a step becomes a mutation.</summary>
internal static class CaseStepFields
{
    public static void AddCaseIdField<T>(this InputObjectGraphType<T> type)
        where T : ICaseInput =>
        type.Field<NonNullGraphType<IdGraphType>>("caseId").Description("The case (global id from Case.id, or its UUID).");

    /// <summary>correction, expectedVersion, reason, documentReference, idempotencyKey.</summary>
    public static void AddCaseStepFields<T>(this InputObjectGraphType<T> type)
        where T : ICaseStepInput
    {
        type.Field<CorrectionInputType>("correction").Description(
            "更正: omit to record the step; give it to replace the step's earlier record (a step is recorded once, else STEP_ALREADY_RECORDED).");
        type.AddExpectedVersionField();
        type.AddRecordingFields();
    }

    /// <summary>A mutation that returns the case: <c>name(input) { case errors }</c>.</summary>
    public static void AddCaseStep<TInputGraph, TInput>(
        this ObjectGraphType mutation, string name, string description, Func<TInput, RecordCaseStep> toCommand)
        where TInputGraph : IInputObjectGraphType
        where TInput : ICaseInput =>
        mutation.AddMutation<TInputGraph, TInput, CaseType, CaseSummary>(name, "case", description, toCommand)
            .RequirePermission(Permission.RecordCases);
}
