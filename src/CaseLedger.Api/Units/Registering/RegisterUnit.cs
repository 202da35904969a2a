using CaseLedger.Api.Ledger;
using CaseLedger.Api.GraphQL;
using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Units;
using CaseLedger.Api.Security;
using GraphQL.Types;
using Marten;
using Mediator;
using DomainUnit = CaseLedger.Domain.Units.Unit;

namespace CaseLedger.Api.Units.Registering;

public sealed record RegisterUnitInput(
    string Code,
    string Name,
    UnitKind Kind,
    AdministrativeLevel Level,
    string? ParentId,
    NingxiaArea? Area,
    bool IsRegisteredPoorVillage,
    DateOnly EffectiveOn,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : IRecordingInput, IReferencesRemit, IHasRemitRule
{
    public IEnumerable<RemitReference> RemitReferences() => [GlobalId.Reference("parentId", UnitType.TypeName, ParentId)];

    /// <summary>A unit without a parent is a new root: only a whole-ledger admin may register one.</summary>
    Task<DomainException?> IHasRemitRule.RemitRefusalAsync(RemitGuard guard, CancellationToken ct) =>
        Task.FromResult(ParentId is null
            ? new DomainException(ErrorCodes.Forbidden, "只有全域管理员可登记顶级单位 / Only a whole-ledger admin may register a unit without a parent.", "parentId")
            : null);
}

public sealed record RegisterUnit(Guid UnitId, RegisterUnitInput Input) : LedgerCommand<UnitDetails>;

internal sealed class RegisterUnitHandler(LedgerAppender ledger) : ICommandHandler<RegisterUnit, UnitDetails>
{
    public async ValueTask<UnitDetails> Handle(RegisterUnit command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        var parent = await LoadParentAsync(input.ParentId, cancellationToken);
        var session = ledger.Session;
        if (await session.Query<UnitDetails>().AnyAsync(u => u.Code == input.Code, cancellationToken))
            throw new DomainException(ErrorCodes.DuplicateCode, $"单位代码 {input.Code} 已存在 / Unit code {input.Code} is taken.", "code");

        var registered = DomainUnit.Register(command.UnitId, input.Code, input.Name, input.Kind, input.Level, parent,
            input.Area, input.IsRegisteredPoorVillage, input.EffectiveOn);
        ledger.Start(command.Recording, command.UnitId, registered);
        await ledger.SaveAsync(cancellationToken);
        return await session.LoadAsync<UnitDetails>(command.UnitId, cancellationToken)
            ?? throw new InvalidOperationException("The inline UnitDetails projection did not run.");
    }

    private async Task<DomainUnit?> LoadParentAsync(string? parentId, CancellationToken ct)
    {
        if (parentId is null)
            return null;
        var id = GlobalId.ParseInput(parentId, UnitType.TypeName, "parentId");
        return (await ledger.ReadAsync<DomainUnit>(id, null, "parentId", ct)).State;
    }
}

internal sealed class RegisterUnitInputType : InputObjectGraphType<RegisterUnitInput>
{
    public RegisterUnitInputType()
    {
        Name = "RegisterUnitInput";
        Description = "单位登记: a new unit in the tree.";
        Field(x => x.Code).Description("Unique unit code.");
        Field(x => x.Name).Description("单位名称.");
        Field(x => x.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<UnitKind>>)).Description("单位性质.");
        Field(x => x.Level, type: typeof(NonNullGraphType<EnumerationGraphType<AdministrativeLevel>>)).Description("行政层级.");
        Field(x => x.ParentId, type: typeof(IdGraphType)).Description("上级单位 id; omit for the root (自治区).");
        Field(x => x.Area, type: typeof(EnumerationGraphType<NingxiaArea>)).Description("川区 or 山区.");
        Field(x => x.IsRegisteredPoorVillage, nullable: true).Description("建档立卡贫困村 (villages only). Default false.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Date the unit exists from.");
        this.AddRecordingFields();
    }
}

internal static class RegisterUnitField
{
    public static void AddRegisterUnit(this ObjectGraphType mutation) =>
        mutation.AddMutation<RegisterUnitInputType, RegisterUnitInput, UnitType, UnitDetails>(
            "registerUnit", "unit", "单位登记: register a unit under its parent. Codes are unique (DUPLICATE_CODE).",
            input => new RegisterUnit(Guid.CreateVersion7(), input))
            .RequirePermission(Permission.ChangeUnits);
}
