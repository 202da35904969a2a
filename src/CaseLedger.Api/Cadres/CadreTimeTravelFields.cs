using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using GraphQL;
using GraphQL.Types;
using Marten;

namespace CaseLedger.Api.Cadres;

/// <summary>The record-time axis of a cadre: the personal record, posting, cases and findings as the ledger stood at a moment.</summary>
internal static class CadreTimeTravelFields
{
    public static void AddTimeTravelField(this ObjectGraphType<CadreProfile> cadre) =>
        cadre.Field<CadreType>("asRecordedAt")
            .Description("What the ledger said about the cadre at a moment of record time: the personal record (a correction recorded later is not "
                + "applied), current posting on that day, career, cases, units and findings, each as recorded then; null before the cadre was registered.")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("at",
                "The moment of record time, with its UTC offset: 2020-03-01T09:00:00+08:00 (Beijing) or 2020-03-01T01:00:00Z. Without an offset it is refused (OFFSET_REQUIRED), never guessed.")
            .RequirePermission(Permission.ReadHistory)
            .ResolveAsync(async c =>
            {
                var at = c.GetArgument<DateTimeOffset>("at").ToUniversalTime();
                var then = await c.RequestServices!.GetRequiredService<IQuerySession>().Events.AggregateStreamAsync<CadreProfile>(
                    c.Source.Id, timestamp: at, token: c.CancellationToken);
                return c.RecordTimeViews().Opened(then);
            })
            .OpensViewAtArgument();
}
