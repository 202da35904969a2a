using CaseLedger.Api.Ledger;
using CaseLedger.Api.Units;
using CaseLedger.Api.GraphQL;
using CaseLedger.Domain.Cadres;
using CaseLedger.Api.Security;
using GraphQL.Types;
using Mediator;

namespace CaseLedger.Api.Cadres.RecordingBaselinePost;

public sealed record RecordBaselinePostInput(
    string CadreId,
    PostInput Post,
    DateOnly From,
    DateOnly? To,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : IRecordingInput, IReferencesRemit
{
    // The post's unit too: a registrar records posts only in units of their remit.
    public IEnumerable<RemitReference> RemitReferences() =>
        [GlobalId.Reference("cadreId", CadreType.TypeName, CadreId), Post.UnitReference("post")];
}

public sealed record RecordBaselinePost(RecordBaselinePostInput Input) : LedgerCommand<CadreProfile>;

internal sealed class RecordBaselinePostHandler(LedgerAppender ledger, TimeProvider clock)
    : ICommandHandler<RecordBaselinePost, CadreProfile>
{
    public async ValueTask<CadreProfile> Handle(RecordBaselinePost command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        var cadreId = GlobalId.ParseInput(input.CadreId, CadreType.TypeName, "cadreId");
        var post = await input.Post.ToPostAsync(ledger.Session, "post", cancellationToken);

        var stream = await ledger.ReadAsync<Cadre>(cadreId, input.ExpectedVersion, "cadreId", cancellationToken);

        ledger.Append(command.Recording, stream, stream.State.RecordBaselinePost(post, input.From, input.To, clock.Today()));
        await ledger.SaveAsync(cancellationToken);
        return await ledger.Session.LoadAsync<CadreProfile>(cadreId, cancellationToken)
            ?? throw new InvalidOperationException("The inline CadreProfile projection did not run.");
    }
}

internal sealed class RecordBaselinePostInputType : InputObjectGraphType<RecordBaselinePostInput>
{
    public RecordBaselinePostInputType()
    {
        Name = "RecordBaselinePostInput";
        Description = "基线任职: a post held before the ledger began (migrated data).";
        Field(x => x.CadreId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cadre.");
        Field(x => x.Post, type: typeof(NonNullGraphType<PostInputType>)).Description("The post held.");
        Field(x => x.From, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("任职起始日期.");
        Field(x => x.To, type: typeof(DateOnlyGraphType)).Description("任职结束日期; omit while still held (it becomes the current posting).");
        this.AddExpectedVersionField();
        this.AddRecordingFields();
    }
}

internal static class RecordBaselinePostField
{
    public static void AddRecordBaselinePost(this ObjectGraphType mutation) =>
        mutation.AddMutation<RecordBaselinePostInputType, RecordBaselinePostInput, CadreType, CadreProfile>(
            "recordBaselinePost", "cadre", "基线任职: record a post held before the ledger began.",
            input => new RecordBaselinePost(input))
            .RequirePermission(Permission.ChangeCadres);
}
