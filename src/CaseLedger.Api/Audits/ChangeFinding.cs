using CaseLedger.Api.Ledger;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using CaseLedger.Domain.Audits;
using GraphQL.Types;
using Mediator;

namespace CaseLedger.Api.Audits;

/// <summary>An input on an existing finding: which finding, at which version.</summary>
public interface IFindingInput : IRecordingInput, IReferencesRemit
{
    string FindingId { get; }

    int? ExpectedVersion { get; }

    IEnumerable<RemitReference> IReferencesRemit.RemitReferences() => [GlobalId.Reference("findingId", FindingType.TypeName, FindingId)];
}

/// <summary>The one command for a supervisor's decision on a finding (the decision travels as a delegate).</summary>
public sealed record ChangeFinding(Guid FindingId, int? ExpectedVersion, Func<Finding, DateOnly, object> Decide) : LedgerCommand<FindingDetails>
{
    /// <summary>The input's finding id parsed here, at the field.</summary>
    public ChangeFinding(IFindingInput input, Func<Finding, DateOnly, object> decide)
        : this(GlobalId.ParseInput(input.FindingId, FindingType.TypeName, "findingId"), input.ExpectedVersion, decide)
    {
    }
}

internal sealed class ChangeFindingHandler(LedgerAppender ledger, TimeProvider clock) : ICommandHandler<ChangeFinding, FindingDetails>
{
    public async ValueTask<FindingDetails> Handle(ChangeFinding command, CancellationToken cancellationToken)
    {
        var id = command.FindingId;
        var stream = await ledger.ReadAsync<Finding>(id, command.ExpectedVersion, "findingId", cancellationToken);
        ledger.Append(command.Recording, stream, command.Decide(stream.State, clock.Today()));
        await ledger.SaveAsync(cancellationToken);
        return await ledger.Session.LoadAsync<FindingDetails>(id, cancellationToken)
            ?? throw new InvalidOperationException("The inline FindingDetails projection did not run.");
    }
}

internal static class FindingChangeFields
{
    public static void AddFindingFields<T>(this InputObjectGraphType<T> type)
        where T : IFindingInput
    {
        type.Field<NonNullGraphType<IdGraphType>>("findingId").Description("The finding (global id from Finding.id, or its UUID).");
        type.AddExpectedVersionField();
    }

    public static void AddFindingChange<TInputGraph, TInput>(
        this ObjectGraphType mutation, string name, string description, Func<TInput, ChangeFinding> toCommand)
        where TInputGraph : IInputObjectGraphType
        where TInput : IFindingInput =>
        mutation.AddMutation<TInputGraph, TInput, FindingType, FindingDetails>(name, "finding", description, toCommand)
            .RequirePermission(Permission.AuditFindings);
}
