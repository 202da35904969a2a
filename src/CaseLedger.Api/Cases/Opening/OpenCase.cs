using CaseLedger.Api.Ledger;
using CaseLedger.Api.Units;
using CaseLedger.Api.Cadres;
using CaseLedger.Api.GraphQL;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using CaseLedger.Api.Security;
using GraphQL.Types;
using Mediator;

namespace CaseLedger.Api.Cases.Opening;

public sealed record OpenCaseInput(
    CaseChannel Channel,
    string CadreId,
    PostInput? FromPost,
    PostInput? ToPost,
    ExchangeReason? ExchangeReason,
    DateOnly EffectiveOn,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : IRecordingInput, IHasRemitRule
{
    /// <summary>
    /// The case must land in remit (its toPost's unit, or else its fromPost's); its cadre must be in remit
    /// unless the case moves them into it. The post it leaves may be elsewhere: that is what an exchange is.
    /// </summary>
    async Task<DomainException?> IHasRemitRule.RemitRefusalAsync(RemitGuard guard, CancellationToken ct)
    {
        var to = await InRemitAsync(guard, ToPost, ct);
        if (!to && !await InRemitAsync(guard, FromPost, ct))
            return RemitGuard.NotFound(ToPost is null ? "fromPost.unitId" : "toPost.unitId");
        if (!to && GlobalId.Parse(CadreId, CadreType.TypeName) is { } cadreId && !await guard.CoversAsync(CadreType.TypeName, cadreId, ct))
            return RemitGuard.NotFound("cadreId");
        return null;
    }

    private static async Task<bool> InRemitAsync(RemitGuard guard, PostInput? post, CancellationToken ct) =>
        post is not null && GlobalId.Parse(post.UnitId, UnitType.TypeName) is { } unitId && await guard.CoversAsync(UnitType.TypeName, unitId, ct);
}

public sealed record OpenCase(Guid CaseId, OpenCaseInput Input) : LedgerCommand<CaseSummary>;

internal sealed class OpenCaseHandler(LedgerAppender ledger) : ICommandHandler<OpenCase, CaseSummary>
{
    public async ValueTask<CaseSummary> Handle(OpenCase command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        var session = ledger.Session;
        var cadreId = GlobalId.ParseInput(input.CadreId, CadreType.TypeName, "cadreId");
        if (await session.LoadAsync<CadreProfile>(cadreId, cancellationToken) is null)
            throw new DomainException(ErrorCodes.NotFound, "干部不存在 / The cadre does not exist.", "cadreId");
        var fromPost = input.FromPost is null ? null : await input.FromPost.ToPostAsync(session, "fromPost", cancellationToken);
        var toPost = input.ToPost is null ? null : await input.ToPost.ToPostAsync(session, "toPost", cancellationToken);

        var opened = Case.Open(command.CaseId, await NextCaseNumberAsync(cancellationToken), input.Channel, cadreId,
            fromPost, toPost, input.EffectiveOn, input.ExchangeReason);
        ledger.Start(command.Recording, command.CaseId, opened);
        await ledger.SaveAsync(cancellationToken);
        return await session.LoadAsync<CaseSummary>(command.CaseId, cancellationToken)
            ?? throw new InvalidOperationException("The inline CaseSummary projection did not run.");
    }

    // A PostgreSQL sequence: unique under concurrency; a refused command may leave a gap, never a duplicate.
    private async Task<long> NextCaseNumberAsync(CancellationToken ct) =>
        (await ledger.Session.QueryAsync<long>($"select nextval('{ledger.Session.DocumentStore.Options.DatabaseSchemaName}.{CasesModule.CaseNumberSequence}')", ct))[0];
}

internal sealed class OpenCaseInputType : InputObjectGraphType<OpenCaseInput>
{
    public OpenCaseInputType()
    {
        Name = "OpenCaseInput";
        Description = "立案: open an exchange, secondment or appointment case for a cadre.";
        Field(x => x.Channel, type: typeof(NonNullGraphType<EnumerationGraphType<CaseChannel>>)).Description("渠道; it decides the case kind.");
        Field(x => x.CadreId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cadre the case concerns.");
        Field(x => x.FromPost, type: typeof(PostInputType)).Description("原职位, if the cadre leaves one.");
        Field(x => x.ToPost, type: typeof(PostInputType)).Description("拟任职位; required except for secondments and 辞职创业 (RESIGNATION_TO_START_BUSINESS).");
        Field(x => x.ExchangeReason, type: typeof(EnumerationGraphType<ExchangeReason>)).Description("交流原因: required for exchanges (kind EXCHANGE), refused for other kinds.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Date the case opened.");
        this.AddRecordingFields();
    }
}

internal static class OpenCaseField
{
    public static void AddOpenCase(this ObjectGraphType mutation) =>
        mutation.AddMutation<OpenCaseInputType, OpenCaseInput, CaseType, CaseSummary>(
            "openCase", "case", "立案: open a case; it gets a case number such as JL-2026-000123.",
            input => new OpenCase(Guid.CreateVersion7(), input))
            .RequirePermission(Permission.RecordCases);
}
