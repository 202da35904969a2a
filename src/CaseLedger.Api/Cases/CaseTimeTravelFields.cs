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
        var asOfVersion = type.Field<CaseType>("asOfVersion")
            .Description("The case as it stood after this many events (its own history included); null before it existed. Everything inside (cadre, units, posts, findings) is shown as recorded when that version was.")
            .Argument<NonNullGraphType<IntGraphType>>("version", "A stream version, from 1.")
            .RequirePermission(Permission.ReadHistory)
            .ResolveAsync(async c =>
            {
                var version = c.GetArgument<int>("version");
                if (version < 1)
                    throw new ExecutionError("version starts at 1.") { Code = ErrorCodes.InvalidVersion };
                if (version > c.Source.Version || await CaseAsRecorded.AtVersionAsync(Session(c), c.Source.Id, version, c.CancellationToken) is not { } then)
                    return null;
                // Whatever the view leads to (cadre, units, findings) is shown as recorded when this version was.
                return c.RecordTimeViews().Opened(then.Case, c.Source.Id, version, then.RecordedAt);
            });
        RecordTimeViews.Opens(asOfVersion, (c, views) => views.RecordedAtOfVersion(((CaseSummary)c.Source!).Id, c.GetArgument<int>("version")));
        type.Field<CaseType>("asRecordedAt")
            .Description("What the ledger said about the case at a moment of record time: everything recorded up to then, nothing after; null before it existed. Everything inside (cadre with profile and posting, units with name, kind and parent, posts, cases, findings) is shown as recorded at that same moment.")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("at",
                "The moment of record time, with its UTC offset: 2020-03-01T09:00:00+08:00 (Beijing) or 2020-03-01T01:00:00Z. Without an offset it is refused (OFFSET_REQUIRED), never guessed.")
            .RequirePermission(Permission.ReadHistory)
            .ResolveAsync(async c =>
            {
                var at = c.GetArgument<DateTimeOffset>("at");
                return c.RecordTimeViews().Opened(await CaseAsRecorded.AtAsync(Session(c), c.Source.Id, at, c.CancellationToken));
            })
            .OpensViewAtArgument();
    }

    private static IQuerySession Session(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<IQuerySession>();
}
