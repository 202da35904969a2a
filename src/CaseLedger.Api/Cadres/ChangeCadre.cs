using CaseLedger.Api.Ledger;
using CaseLedger.Api.GraphQL;
using CaseLedger.Domain.Cadres;
using CaseLedger.Api.Security;
using GraphQL.Types;
using Mediator;

namespace CaseLedger.Api.Cadres;

/// <summary>An input on an existing cadre: which cadre, at which version.</summary>
public interface ICadreInput : IRecordingInput, IReferencesRemit
{
    string CadreId { get; }

    int? ExpectedVersion { get; }

    /// <summary>The cadre; an input naming more (a relative, a unit) lists those too.</summary>
    IEnumerable<RemitReference> IReferencesRemit.RemitReferences() => [GlobalId.Reference("cadreId", CadreType.TypeName, CadreId)];
}

/// <summary>
/// The one command for a decision on an existing cadre (Mediator needs a concrete command type, so the
/// decision travels as a delegate): it gets the cadre's state and a <see cref="DecisionContext"/>.
/// </summary>
public sealed record ChangeCadre(Guid CadreId, int? ExpectedVersion, Func<Cadre, DecisionContext, Task<object>> Decide) : LedgerCommand<CadreProfile>
{
    /// <summary>The input's cadre id parsed here, at the field: a malformed one is INVALID_ID before anything runs.</summary>
    public ChangeCadre(ICadreInput input, Func<Cadre, DecisionContext, Task<object>> decide)
        : this(GlobalId.ParseInput(input.CadreId, CadreType.TypeName, "cadreId"), input.ExpectedVersion, decide)
    {
    }

    /// <summary>A decision that needs only the state and today.</summary>
    public static ChangeCadre With(ICadreInput input, Func<Cadre, DateOnly, object> decide) =>
        new(input, (cadre, context) => Task.FromResult(decide(cadre, context.Today)));
}

internal sealed class ChangeCadreHandler(LedgerAppender ledger, TimeProvider clock) : ICommandHandler<ChangeCadre, CadreProfile>
{
    public async ValueTask<CadreProfile> Handle(ChangeCadre command, CancellationToken cancellationToken)
    {
        var cadreId = command.CadreId;
        var stream = await ledger.ReadAsync<Cadre>(cadreId, command.ExpectedVersion, "cadreId", cancellationToken);

        // One event, or several decided together (a typed correction of several fields).
        var decided = await command.Decide(stream.State, new DecisionContext(ledger.Session, clock.Today(), cancellationToken));
        ledger.Append(command.Recording, stream, decided as object[] ?? [decided]);
        await ledger.SaveAsync(cancellationToken);
        return await ledger.Session.LoadAsync<CadreProfile>(cadreId, cancellationToken)
            ?? throw new InvalidOperationException("The inline CadreProfile projection did not run.");
    }
}

internal static class CadreChangeFields
{
    public static void AddCadreIdField<T>(this InputObjectGraphType<T> type)
        where T : ICadreInput =>
        type.Field<NonNullGraphType<IdGraphType>>("cadreId").Description("The cadre (global id from Cadre.id, or its UUID).");

    /// <summary>A mutation that returns the cadre: <c>name(input) { cadre errors }</c>.</summary>
    public static void AddCadreChange<TInputGraph, TInput>(
        this ObjectGraphType mutation, string name, string description, Func<TInput, ChangeCadre> toCommand)
        where TInputGraph : IInputObjectGraphType
        where TInput : ICadreInput =>
        mutation.AddMutation<TInputGraph, TInput, CadreType, CadreProfile>(name, "cadre", description, toCommand)
            .RequirePermission(Permission.ChangeCadres);
}
