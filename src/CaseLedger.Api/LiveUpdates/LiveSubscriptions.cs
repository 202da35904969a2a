using CaseLedger.Api.Audits;
using CaseLedger.Api.Cases;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Ledger;
using CaseLedger.Api.Remit;
using CaseLedger.Api.Security;
using CaseLedger.Api.Units;
using CaseLedger.Domain.Shared;
using GraphQL;
using GraphQL.Types;
using Marten;

namespace CaseLedger.Api.LiveUpdates;

/// <summary>A case as it stands after a change, and the type of the event that changed it.</summary>
internal sealed record CaseEvent(string EventType, CaseSummary Case);

internal sealed class CaseEventType : ObjectGraphType<CaseEvent>
{
    public CaseEventType()
    {
        Name = "CaseEvent";
        Description = "A case was changed: the stored type of the last event recorded (e.g. collective_decision_taken.v1) and the case as it stands now.";
        Field(x => x.EventType).Description("The stored event type name of the last event of the change.");
        Field<NonNullGraphType<CaseType>>("case").Description("The case after the change.").Resolve(c => c.Source.Case);
    }
}

/// <summary>
/// Live updates over graphql-transport-ws on /graphql. Each subscription sees only what the same query would show the
/// subscriber (the remit of the token sent in connection_init): a change outside it is never sent.
/// </summary>
internal static class LiveSubscriptions
{
    public static void AddLiveSubscriptions(this ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<CaseEventType>>("caseChanged")
            .Description("Every change to one case (a step, a correction, a withdrawal), as it commits on any node. Nothing is sent for a case outside your jurisdiction.")
            .Argument<NonNullGraphType<IdGraphType>>("caseId", "The case to follow.")
            .ResolveStream(c =>
            {
                var caseId = GlobalId.ParseInput(c.GetArgument<string>("caseId"), CaseType.TypeName, "caseId");
                return Live.Stream(c, Permission.Read, LedgerChange.Case, change => change.StreamId == caseId ? CaseInRemitAsync(c, change) : Task.FromResult<CaseEvent?>(null));
            });

        subscription.Field<NonNullGraphType<CaseEventType>>("caseEvents")
            .Description("Every change to any case moving a cadre into or out of a post in this unit or any unit below it (or hosting a secondment there), as it commits on any node; only cases within your jurisdiction.")
            .Argument<NonNullGraphType<IdGraphType>>("unitId", "The unit whose subtree to follow.")
            .ResolveStream(c =>
            {
                var unitId = GlobalId.ParseInput(c.GetArgument<string>("unitId"), UnitType.TypeName, "unitId");
                IReadOnlySet<Guid>? subtree = null;
                return Live.Stream(c, Permission.Read, LedgerChange.Case, async change =>
                {
                    subtree ??= (await UnitSubtree.IdsAsync(Session(c), unitId, c.CancellationToken)).ToHashSet();
                    return await CaseInRemitAsync(c, change) is { } e && Names(subtree, e.Case) ? e : null;
                });
            });

        subscription.Field<NonNullGraphType<FindingType>>("findingChanged")
            .Description("Every finding raised, restated, cleared or moved through its workflow that the same filters of auditFindings select (in your remit), as it commits on any node.")
            .FindingFilters()
            .ResolveStream(c =>
            {
                var filter = AuditQueries.FindingFilter.From(c); // read now, once: see FilterAsync
                return Live.Stream(c, Permission.ReadHistory, LedgerChange.Finding, async change =>
                    await (await AuditQueries.FilterAsync(c, filter)).FirstOrDefaultAsync(f => f.Id == change.StreamId, c.CancellationToken));
            });
    }

    private static IQuerySession Session(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<IQuerySession>();

    private static async Task<CaseEvent?> CaseInRemitAsync(IResolveFieldContext c, LedgerChange change)
    {
        if (!await c.RequestServices!.GetRequiredService<Jurisdiction>().CoversAsync(RemitKind.Case, change.StreamId, c.CancellationToken))
            return null;
        return await Session(c).LoadAsync<CaseSummary>(change.StreamId, c.CancellationToken) is { } summary ? new CaseEvent(change.EventType, summary) : null;
    }

    /// <summary>The case moves a cadre into or out of a post in these units, or hosts a secondment there.</summary>
    private static bool Names(IReadOnlySet<Guid> units, CaseSummary summary) =>
        (summary.ToPost is { } to && units.Contains(to.UnitId))
        || (summary.FromPost is { } from && units.Contains(from.UnitId))
        || (summary.Secondment is { } secondment && units.Contains(secondment.HostUnitId));
}

/// <summary>Turns the node's ledger feed into one subscription's stream: permission checked once, each change filtered through the remit.</summary>
internal static class Live
{
    public static IObservable<T> Stream<T>(IResolveFieldContext c, Permission permission, string kind, Func<LedgerChange, Task<T?>> select)
        where T : class
    {
        var user = CaseLedgerUser.From(c.User) ?? throw new ExecutionError("需要登录 / Authentication required.") { Code = ErrorCodes.AuthRequired };
        if (!user.Has(permission))
            throw new ExecutionError($"无权操作 / Your role ({user.Role}) may not use {c.FieldDefinition.Name}: it needs the {permission} permission.") { Code = ErrorCodes.Forbidden };
        // Every id argument is an id of its entity, or the subscription is refused now (INVALID_ID), as a query's would be.
        IdArgumentMiddleware.CheckIds(c);
        var feed = c.RequestServices!.GetRequiredService<LedgerFeed>();
        var connection = c.RequestServices!.GetRequiredService<LiveConnection>();
        return new FeedObservable<T>(feed, connection, kind, select, c.CancellationToken);
    }

    private sealed class FeedObservable<T>(LedgerFeed feed, LiveConnection connection, string kind, Func<LedgerChange, Task<T?>> select, CancellationToken ct) : IObservable<T>
        where T : class
    {
        public IDisposable Subscribe(IObserver<T> observer)
        {
            var subscriber = feed.Subscribe(connection.Drop);
            // Started here, not on the thread pool: the loop keeps the connection's context (its user) for every resolution.
            _ = PumpAsync(subscriber, observer);
            return subscriber;
        }

        private async Task PumpAsync(LedgerFeed.Subscriber subscriber, IObserver<T> observer)
        {
            try
            {
                await foreach (var change in subscriber.Changes.Reader.ReadAllAsync(ct))
                {
                    if (change.Kind == kind && await select(change) is { } item)
                        observer.OnNext(item);
                }
                observer.OnCompleted();
            }
            catch (OperationCanceledException)
            {
                observer.OnCompleted();
            }
#pragma warning disable CA1031 // A failed lookup ends this subscription with an error, not the node.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                observer.OnError(ex);
            }
        }
    }
}
