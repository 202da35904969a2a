using CaseLedger.Api.Ledger;
using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cadres.RecordingBaselinePost;
using CaseLedger.Api.Cadres.Registering;
using CaseLedger.Api.Cases;
using CaseLedger.Api.Cases.Opening;
using CaseLedger.Api.GraphQL;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Cli.Performance;

/// <summary>
/// Many commands in one session and one transaction, for the seeder: each is decided exactly as its handler decides it
/// (the same domain decisions, the command's own Decide for cadre changes and case steps), stamped with its own recording
/// context and chained onto its stream by <see cref="LedgerAppender"/>; one save for the batch. One command per transaction
/// (the handlers, with their read-back of the read model) made a large ledger take hours. A refused command records nothing.
/// The streams a batch touches must be its own (new, or not written by anyone else meanwhile).
/// </summary>
internal sealed class SeedBatch(IServiceProvider services, string actor) : IAsyncDisposable
{
    private readonly AsyncServiceScope scope = services.CreateAsyncScope();
    private readonly string correlationId = $"{actor}-{Guid.NewGuid():N}";
    private readonly Dictionary<Guid, LoadedStream<Cadre>> cadres = [];
    private readonly Dictionary<Guid, LoadedStream<Case>> cases = [];

    // The recording of the command being decided: each event of the batch is stamped with its own command's.
    private Recording recording = Recording.Unstated;

    private LedgerAppender Ledger => scope.ServiceProvider.GetRequiredService<LedgerAppender>();

    private DateOnly Today => scope.ServiceProvider.GetRequiredService<TimeProvider>().Today();

    /// <summary>Events recorded in this batch so far.</summary>
    public int Events { get; private set; }

    public Task<Guid?> RegisterCadreAsync(RegisterCadre command) => Decide(command.Input, command, () =>
    {
        var input = command.Input;
        Record(cadres, command.CadreId, null, Cadre.Register(command.CadreId, input.Name, input.Gender, input.BirthDate, input.Ethnicity,
            input.PartyJoinDate, input.Education, input.WorkStartDate, input.Category, input.GrowthPlaces ?? [], Today));
        return Task.FromResult<Guid?>(command.CadreId);
    });

    public Task<bool> RecordBaselinePostAsync(RecordBaselinePost command, CancellationToken ct) => Decide(command.Input, command, async () =>
    {
        var input = command.Input;
        var post = await input.Post.ToPostAsync(Ledger.Session, "post", ct);
        var stream = Stream(cadres, input.CadreId, CadreType.TypeName, "cadreId", input.ExpectedVersion);
        Record(cadres, stream.Id, stream, stream.State.RecordBaselinePost(post, input.From, input.To, Today));
        return true;
    });

    public Task<bool> ChangeCadreAsync(IRecordingInput input, ChangeCadre command, CancellationToken ct) => Decide(input, command, async () =>
    {
        var stream = Stream(cadres, command.CadreId, command.ExpectedVersion);
        Record(cadres, stream.Id, stream, await command.Decide(stream.State, new DecisionContext(Ledger.Session, Today, ct)));
        return true;
    });

    public Task<Guid?> OpenCaseAsync(OpenCase command, CancellationToken ct) => Decide(command.Input, command, async () =>
    {
        var input = command.Input;
        var session = Ledger.Session;
        var cadreId = GlobalId.ParseInput(input.CadreId, CadreType.TypeName, "cadreId");
        if (!cadres.ContainsKey(cadreId) && await session.LoadAsync<CadreProfile>(cadreId, ct) is null)
            throw new DomainException(ErrorCodes.NotFound, "干部不存在 / The cadre does not exist.", "cadreId");
        var fromPost = input.FromPost is null ? null : await input.FromPost.ToPostAsync(session, "fromPost", ct);
        var toPost = input.ToPost is null ? null : await input.ToPost.ToPostAsync(session, "toPost", ct);
        var number = (await session.QueryAsync<long>($"select nextval('{session.DocumentStore.Options.DatabaseSchemaName}.{CasesModule.CaseNumberSequence}')", ct))[0];
        Record(cases, command.CaseId, null, Case.Open(command.CaseId, number, input.Channel, cadreId, fromPost, toPost, input.EffectiveOn, input.ExchangeReason));
        return (Guid?)command.CaseId;
    });

    public Task<bool> RecordCaseStepAsync(IRecordingInput input, RecordCaseStep command, CancellationToken ct) => Decide(input, command, async () =>
    {
        var stream = Stream(cases, command.CaseId, command.ExpectedVersion);
        Record(cases, stream.Id, stream, [.. await command.Decide(stream.State, new DecisionContext(Ledger.Session, Today, ct))]);
        return true;
    });

    public Task SaveAsync(CancellationToken ct) => Ledger.SaveAsync(ct);

    public ValueTask DisposeAsync() => scope.DisposeAsync();

    /// <summary>Runs one command's decision under its recording; a refusal (DomainException) records nothing and gives default.</summary>
    private async Task<T?> Decide<T>(IRecordingInput input, object command, Func<Task<T>> decide)
    {
        recording = new Recording(actor, correlationId, command.GetType().Name, input.Reason, input.DocumentReference, input.IdempotencyKey);
        try
        {
            return await decide();
        }
        catch (DomainException)
        {
            return default;
        }
    }

    private void Record<T>(Dictionary<Guid, LoadedStream<T>> streams, Guid id, LoadedStream<T>? stream, params object[] events)
        where T : class, IAggregate<T>
    {
        streams[id] = Ledger.Record(recording, id, stream, events);
        Events += events.Length;
    }

    private static LoadedStream<T> Stream<T>(Dictionary<Guid, LoadedStream<T>> streams, string globalId, string typeName, string field, int? expectedVersion)
        where T : class, IAggregate<T> =>
        Stream(streams, GlobalId.ParseInput(globalId, typeName, field), expectedVersion);

    private static LoadedStream<T> Stream<T>(Dictionary<Guid, LoadedStream<T>> streams, Guid id, int? expectedVersion)
        where T : class, IAggregate<T>
    {
        var stream = streams.GetValueOrDefault(id)
            ?? throw new InvalidOperationException($"A seed batch decides only on its own streams; {id} is not one.");
        if (expectedVersion is { } expected && expected != stream.Version)
            throw LedgerAppender.Conflict($"{T.StreamName} 已更新至第 {stream.Version} 版 / The {T.StreamName} is at version {stream.Version}, not {expected}.");
        return stream;
    }
}
