using CaseLedger.Api.Ledger;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using CaseLedger.Domain.Cadres;
using GraphQL.Types;
using Mediator;

namespace CaseLedger.Api.Cadres.Registering;

public sealed record RegisterCadreInput(
    string Name,
    Gender Gender,
    DateOnly BirthDate,
    string Ethnicity,
    DateOnly? PartyJoinDate,
    string Education,
    DateOnly WorkStartDate,
    CadreCategory Category,
    IReadOnlyList<string>? GrowthPlaces,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : IRecordingInput;

public sealed record RegisterCadre(Guid CadreId, RegisterCadreInput Input) : LedgerCommand<CadreProfile>;

internal sealed class RegisterCadreHandler(LedgerAppender ledger, TimeProvider clock, Jurisdiction jurisdiction) : ICommandHandler<RegisterCadre, CadreProfile>
{
    public async ValueTask<CadreProfile> Handle(RegisterCadre command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        var registered = Cadre.Register(command.CadreId, input.Name, input.Gender, input.BirthDate, input.Ethnicity,
            input.PartyJoinDate, input.Education, input.WorkStartDate, input.Category, input.GrowthPlaces ?? [],
            clock.Today());
        // Until a post places the cadre, they belong to the jurisdiction of the registrar who registered them.
        ledger.Start(command.Recording, command.CadreId, registered with { RegisteredInUnitId = jurisdiction.User?.UnitId });
        await ledger.SaveAsync(cancellationToken);
        return await ledger.Session.LoadAsync<CadreProfile>(command.CadreId, cancellationToken)
            ?? throw new InvalidOperationException("The inline CadreProfile projection did not run.");
    }
}

internal sealed class RegisterCadreInputType : InputObjectGraphType<RegisterCadreInput>
{
    public RegisterCadreInputType()
    {
        Name = "RegisterCadreInput";
        Description = "干部登记: a cadre's core credentials (三龄两历).";
        Field(x => x.Name).Description("姓名.");
        Field(x => x.Gender, type: typeof(NonNullGraphType<EnumerationGraphType<Gender>>)).Description("性别.");
        Field(x => x.BirthDate, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("出生日期 (not in the future).");
        Field(x => x.Ethnicity).Description("民族, e.g. 汉族, 回族.");
        Field(x => x.PartyJoinDate, type: typeof(DateOnlyGraphType)).Description("入党时间; omit for non-members.");
        Field(x => x.Education).Description("学历.");
        Field(x => x.WorkStartDate, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("参加工作时间 (after birth).");
        Field(x => x.Category, type: typeof(NonNullGraphType<EnumerationGraphType<CadreCategory>>)).Description("干部类别.");
        Field(x => x.GrowthPlaces, nullable: true).Description("成长地: places grown up in.");
        this.AddRecordingFields();
    }
}

internal static class RegisterCadreField
{
    public static void AddRegisterCadre(this ObjectGraphType mutation) =>
        mutation.AddMutation<RegisterCadreInputType, RegisterCadreInput, CadreType, CadreProfile>(
            "registerCadre", "cadre", "干部登记: register a cadre.",
            input => new RegisterCadre(Guid.CreateVersion7(), input))
            .RequirePermission(Permission.ChangeCadres);
}
