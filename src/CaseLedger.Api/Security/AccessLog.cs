using CaseLedger.Api.GraphQL;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Marten;

namespace CaseLedger.Api.Security;

/// <summary>One inspector's read of a cadre's full record: who, whom, when, in which request. Inserted, never updated or deleted.</summary>
public sealed record AccessLogEntry(Guid Id, string Actor, Role Role, Guid CadreId, DateTimeOffset ReadAt, string CorrelationId);

/// <summary>
/// The access trail of personal data (查阅记录): every cadre whose unmasked birth date, growth places or
/// history an inspector read in this request, written once per cadre when the request ends. Admins
/// read it with the <c>accessLog</c> query.
/// </summary>
internal sealed class AccessLog(Jurisdiction jurisdiction, RequestActor actor, IDocumentStore store, TimeProvider clock)
{
    private readonly HashSet<Guid> read = [];

    /// <summary>Notes that the request user read this cadre's full record (kept only for inspectors).</summary>
    public void Read(Guid cadreId)
    {
        if (jurisdiction.User is { Role: Role.Inspector })
            read.Add(cadreId);
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (read.Count == 0 || jurisdiction.User is not { } user)
            return;
        await using var session = store.LightweightSession();
        var now = clock.GetUtcNow();
        foreach (var cadreId in read)
            session.Insert(new AccessLogEntry(Guid.CreateVersion7(), user.Name, user.Role, cadreId, now, actor.CorrelationId));
        read.Clear();
        await session.SaveChangesAsync(ct);
    }
}

internal sealed class AccessLogEntryType : ObjectGraphType<AccessLogEntry>
{
    public AccessLogEntryType()
    {
        Name = "AccessLogEntry";
        Description = "查阅记录: an inspector read a cadre's full record (unmasked personal data or history).";
        Field<NonNullGraphType<IdGraphType>>("cadreId").Description("Global id of the cadre read.")
            .Resolve(c => GlobalId.Encode("Cadre", c.Source.CadreId));
        Field(x => x.Actor).Description("Who read it (the token's user name).");
        Field(x => x.Role, type: typeof(NonNullGraphType<EnumerationGraphType<Role>>)).Description("Their role.");
        Field(x => x.ReadAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("When (UTC).");
        Field(x => x.CorrelationId).Description("The request it was read in.");
    }
}

internal static class AccessLogQueries
{
    public static void AddAccessLogQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<AccessLogEntryType>>>("accessLog")
            .Description("查阅记录: who read which cadre's full record, newest first (admins only).")
            .Argument<IdGraphType>("cadreId", "Only reads of this cadre.")
            .Argument<StringGraphType>("actor", "Only reads by this user.")
            .PagingArguments()
            .RequirePermission(Permission.ReadAccessLog)
            .ResolveAsync(async c =>
            {
                IQueryable<AccessLogEntry> entries = c.RequestServices!.GetRequiredService<IQuerySession>().Query<AccessLogEntry>();
                if (GlobalId.Parse(c.GetArgument<string?>("cadreId"), "Cadre") is { } cadreId)
                    entries = entries.Where(e => e.CadreId == cadreId);
                if (c.GetArgument<string?>("actor") is { Length: > 0 } who)
                    entries = entries.Where(e => e.Actor == who);
                return await c.PageAsync(entries.OrderByDescending(e => e.ReadAt).ThenByDescending(e => e.Id));
            });
}
