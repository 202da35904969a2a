using CaseLedger.Api.GraphQL;
using CaseLedger.Domain.Shared;
using CaseLedger.Api.Security;
using GraphQL;
using GraphQL.Types;
using Marten;

namespace CaseLedger.Api.Cases;

/// <summary>
/// The record-time axis for inspectors: a case exactly as the ledger stood at a version or a
/// moment, rebuilt from the events recorded by then (later corrections excluded).
/// </summary>
internal static class CaseTimeTravelFields
{
    public static void AddTimeTravelFields(this ObjectGraphType<CaseSummary> type)
    {
        type.AddHistoryField(c => c.Id, c => c.Version).RequirePermission(Permission.ReadHistory);
        type.Field<CaseType>("asOfVersion")
            .Description("The case as it stood after this many events (its own history included); null before it existed.")
            .Argument<NonNullGraphType<IntGraphType>>("version", "A stream version, from 1.")
            .RequirePermission(Permission.ReadHistory)
            .ResolveAsync(async c =>
            {
                var version = c.GetArgument<int>("version");
                if (version < 1)
                    throw new ExecutionError("version starts at 1.") { Code = ErrorCodes.InvalidVersion };
                return version > c.Source.Version ? null : await Session(c).Events.AggregateStreamAsync<CaseSummary>(
                    c.Source.Id, version, token: c.CancellationToken);
            });
        type.Field<CaseType>("asRecordedAt")
            .Description("What the ledger said about the case at a moment of record time: everything recorded up to then, nothing after; null before it existed.")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("at",
                "The moment of record time, with its UTC offset: 2020-03-01T09:00:00+08:00 (Beijing) or 2020-03-01T01:00:00Z. Without an offset it is refused (OFFSET_REQUIRED), never guessed.")
            .RequirePermission(Permission.ReadHistory)
            .ResolveAsync(async c => await Session(c).Events.AggregateStreamAsync<CaseSummary>(
                c.Source.Id, timestamp: c.GetArgument<DateTimeOffset>("at").ToUniversalTime(), token: c.CancellationToken));
    }

    private static IQuerySession Session(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<IQuerySession>();
}
