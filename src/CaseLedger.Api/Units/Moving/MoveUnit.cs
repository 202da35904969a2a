using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Ledger;
using CaseLedger.Api.Security;
using GraphQL.Types;
using Mediator;
using DomainUnit = CaseLedger.Domain.Units.Unit;

namespace CaseLedger.Api.Units.Moving;

public sealed record MoveUnitInput(
    string UnitId,
    string ParentId,
    DateOnly EffectiveOn,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : IUnitInput, IReferencesRemit
{
    /// <summary>Both ends of the move are in the caller's remit: the unit leaves one part of the tree and joins another.</summary>
    IEnumerable<RemitReference> IReferencesRemit.RemitReferences() =>
        [GlobalId.Reference("unitId", UnitType.TypeName, UnitId), GlobalId.Reference("parentId", UnitType.TypeName, ParentId)];
}

public sealed record MoveUnit(Guid UnitId, Guid ParentId, int? ExpectedVersion, DateOnly EffectiveOn) : LedgerCommand<UnitDetails>
{
    /// <summary>The input's ids parsed here, at the field: a malformed one is INVALID_ID before anything runs.</summary>
    public MoveUnit(MoveUnitInput input)
        : this(GlobalId.ParseInput(input.UnitId, UnitType.TypeName, "unitId"), GlobalId.ParseInput(input.ParentId, UnitType.TypeName, "parentId"),
            input.ExpectedVersion, input.EffectiveOn)
    {
    }
}

internal sealed class MoveUnitHandler(LedgerAppender ledger) : ICommandHandler<MoveUnit, UnitDetails>
{
    public async ValueTask<UnitDetails> Handle(MoveUnit command, CancellationToken cancellationToken)
    {
        var stream = await ledger.ReadAsync<DomainUnit>(command.UnitId, command.ExpectedVersion, "unitId", cancellationToken);
        var parent = (await ledger.ReadAsync<DomainUnit>(command.ParentId, null, "parentId", cancellationToken)).State;
        var parentIsBelow = (await UnitSubtree.IdsAsync(ledger.Session, command.UnitId, cancellationToken)).Contains(command.ParentId);

        ledger.Append(command.Recording, stream, stream.State.MoveUnder(parent, parentIsBelow, command.EffectiveOn));
        await ledger.SaveAsync(cancellationToken);
        return await ledger.Session.LoadAsync<UnitDetails>(command.UnitId, cancellationToken)
            ?? throw new InvalidOperationException("The inline UnitDetails projection did not run.");
    }
}

internal sealed class MoveUnitInputType : InputObjectGraphType<MoveUnitInput>
{
    public MoveUnitInputType()
    {
        Name = "MoveUnitInput";
        Description = "隶属关系调整 / move a unit, with everything below it, under another parent from a date (e.g. a bureau transferred to another county).";
        this.AddUnitIdField();
        Field<NonNullGraphType<IdGraphType>>("parentId").Description("新的上级单位 (global id from Unit.id, or its UUID); not the unit itself nor a unit below it (PARENT_IN_SUBTREE).");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("调整日期: audits judge a case by the tree as it stood on the case's own days.");
        this.AddExpectedVersionField();
        this.AddRecordingFields();
    }
}

internal static class MoveUnitField
{
    public static void AddMoveUnit(this ObjectGraphType mutation) =>
        mutation.AddMutation<MoveUnitInputType, MoveUnitInput, UnitType, UnitDetails>(
            "moveUnit", "unit", "隶属关系调整 / move a unit under another parent. Who may see its cadres and cases follows the tree from the commit; audits re-judge the cases below it.",
            input => new MoveUnit(input))
            .RequirePermission(Permission.ChangeUnits);
}
