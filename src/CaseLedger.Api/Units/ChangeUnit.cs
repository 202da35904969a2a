using CaseLedger.Api.Ledger;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using GraphQL.Types;
using Mediator;
using DomainUnit = CaseLedger.Domain.Units.Unit;

namespace CaseLedger.Api.Units;

/// <summary>An input on an existing unit: which unit, at which version.</summary>
public interface IUnitInput : IRecordingInput, IReferencesRemit
{
    string UnitId { get; }

    int? ExpectedVersion { get; }

    IEnumerable<RemitReference> IReferencesRemit.RemitReferences() => [GlobalId.Reference("unitId", UnitType.TypeName, UnitId)];
}

/// <summary>The one command for a decision on an existing unit; the decision travels as a delegate (see ChangeCadre).</summary>
public sealed record ChangeUnit(Guid UnitId, int? ExpectedVersion, Func<DomainUnit, object> Decide) : LedgerCommand<UnitDetails>
{
    /// <summary>The input's unit id parsed here, at the field: a malformed one is INVALID_ID before anything runs.</summary>
    public ChangeUnit(IUnitInput input, Func<DomainUnit, object> decide)
        : this(GlobalId.ParseInput(input.UnitId, UnitType.TypeName, "unitId"), input.ExpectedVersion, decide)
    {
    }
}

internal sealed class ChangeUnitHandler(LedgerAppender ledger) : ICommandHandler<ChangeUnit, UnitDetails>
{
    public async ValueTask<UnitDetails> Handle(ChangeUnit command, CancellationToken cancellationToken)
    {
        var unitId = command.UnitId;
        var stream = await ledger.ReadAsync<DomainUnit>(unitId, command.ExpectedVersion, "unitId", cancellationToken);

        ledger.Append(command.Recording, stream, command.Decide(stream.State));
        await ledger.SaveAsync(cancellationToken);
        return await ledger.Session.LoadAsync<UnitDetails>(unitId, cancellationToken)
            ?? throw new InvalidOperationException("The inline UnitDetails projection did not run.");
    }
}

internal static class UnitChangeFields
{
    public static void AddUnitIdField<T>(this InputObjectGraphType<T> type)
        where T : IUnitInput =>
        type.Field<NonNullGraphType<IdGraphType>>("unitId").Description("The unit (global id from Unit.id, or its UUID).");

    /// <summary>A mutation that returns the unit: <c>name(input) { unit errors }</c>.</summary>
    public static void AddUnitChange<TInputGraph, TInput>(
        this ObjectGraphType mutation, string name, string description, Func<TInput, ChangeUnit> toCommand)
        where TInputGraph : IInputObjectGraphType
        where TInput : IUnitInput =>
        mutation.AddMutation<TInputGraph, TInput, UnitType, UnitDetails>(name, "unit", description, toCommand)
            .RequirePermission(Permission.ChangeUnits);
}
