using CaseLedger.Domain.Shared;
using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using Marten;
using Marten.Linq;

namespace CaseLedger.Api.GraphQL;

/// <summary>
/// Relay cursor connections over Marten queries: the page and its total count come back in one
/// SQL round trip. Cursors are opaque offsets into the query's stable order.
/// </summary>
internal static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static FieldBuilder<TSource, TReturn> PagingArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<IntGraphType>("first", $"Page forward: at most this many items (default {DefaultPageSize}, at most {MaxPageSize}).")
        .Argument<StringGraphType>("after", "Page forward: start after this cursor (an edge's cursor or pageInfo.endCursor).")
        .Argument<IntGraphType>("last", $"Page backward: at most this many items before `before` (at most {MaxPageSize}).")
        .Argument<StringGraphType>("before", "Page backward: end before this cursor (pageInfo.startCursor).");

    /// <summary>One page of an ordered query, with edges, page info and the total count.</summary>
    public static async Task<Connection<T>> PageAsync<T>(this IResolveFieldContext context, IQueryable<T> ordered)
        where T : notnull
    {
        var first = PageSize(context, "first");
        var last = PageSize(context, "last");
        var after = Offset(context, "after");
        var before = Offset(context, "before");
        var ct = context.CancellationToken;

        int start, take;
        if (last is { } fromEnd && first is null)
        {
            var end = before ?? await ordered.CountAsync(ct);
            start = Math.Max(0, end - fromEnd);
            take = end - start;
        }
        else
        {
            start = after is { } a ? a + 1 : 0;
            take = first ?? DefaultPageSize;
            if (before is { } b)
                take = Math.Max(0, Math.Min(take, b - start));
        }

        var items = await ordered.Stats(out QueryStatistics stats).Skip(start).Take(take).ToListAsync(ct);
        var total = (int)stats.TotalResults;
        var edges = items.Select((item, i) => new Edge<T> { Node = item, Cursor = Cursor(start + i) }).ToList();
        return new Connection<T>
        {
            Edges = edges,
            TotalCount = total,
            PageInfo = new PageInfo
            {
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
                HasPreviousPage = start > 0,
                HasNextPage = start + items.Count < total,
            },
        };
    }

    private static string Cursor(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"offset:{offset}"));

    private static int? Offset(IResolveFieldContext context, string argument)
    {
        var cursor = context.GetArgument<string?>(argument);
        if (cursor is null)
            return null;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("offset:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
                return offset;
        }
        catch (FormatException)
        {
        }
        throw new ExecutionError($"\"{argument}\" is not a cursor from this connection.") { Code = ErrorCodes.InvalidCursor };
    }

    private static int? PageSize(IResolveFieldContext context, string argument) => context.GetArgument<int?>(argument) switch
    {
        null => null,
        < 0 => throw new ExecutionError($"\"{argument}\" cannot be negative.") { Code = ErrorCodes.InvalidPageSize },
        > MaxPageSize and var n => throw new ExecutionError($"\"{argument}\" is {n}; pages hold at most {MaxPageSize} items.") { Code = ErrorCodes.PageSizeLimit },
        var n => n,
    };
}
