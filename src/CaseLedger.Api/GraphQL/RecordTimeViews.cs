using CaseLedger.Api.Ledger;
using GraphQL;
using GraphQL.Builders;

namespace CaseLedger.Api.GraphQL;

/// <summary>
/// The request's views on the record-time axis (<c>asRecordedAt</c>, <c>asOfVersion</c>): a field that opens one says
/// so in its metadata, and every field below it — the cadre, units, posts, cases and findings it leads to, in lists
/// too — loads what the ledger said at that same instant, not what it says now. The nearest view wins.
/// </summary>
internal sealed class RecordTimeViews
{
    private const string MetadataKey = "CaseLedger.RecordTimeView";
    private readonly Dictionary<(Guid Stream, long Version), DateTimeOffset> versions = [];
    private bool any;

    /// <summary>Marks <paramref name="field"/> as opening a view at the instant <paramref name="instant"/> gives for its context.</summary>
    public static FieldBuilder<TSource, TReturn> Opens<TSource, TReturn>(FieldBuilder<TSource, TReturn> field, Func<IResolveFieldContext, RecordTimeViews, DateTimeOffset?> instant) =>
        field.WithMetadata(MetadataKey, instant);

    /// <summary>A view is open in this request (its field resolved): from now on fields look for it.</summary>
    public T? Opened<T>(T? view) where T : class
    {
        any |= view is not null;
        return view;
    }

    /// <summary>A view as of a stream version is shown at the moment that version was recorded.</summary>
    public T? Opened<T>(T? view, Guid stream, long version, DateTimeOffset recordedAt) where T : class
    {
        versions[(stream, version)] = recordedAt.ToUniversalTime();
        return Opened(view);
    }

    public DateTimeOffset? RecordedAtOfVersion(Guid stream, long version) => versions.TryGetValue((stream, version), out var at) ? at : null;

    /// <summary>The instant of the nearest view above this field; null outside any view (the ledger as it stands).</summary>
    public DateTimeOffset? Of(IResolveFieldContext context)
    {
        // Most requests open no view: nothing to walk.
        if (!any)
            return null;
        for (var c = context.Parent; c is not null; c = c.Parent)
        {
            if (c.FieldDefinition.GetMetadata<Func<IResolveFieldContext, RecordTimeViews, DateTimeOffset?>>(MetadataKey) is { } instant)
                return instant(c, this);
        }
        return null;
    }
}

internal static class RecordTimeViewAccess
{
    public static RecordTimeViews RecordTimeViews(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RecordTimeViews>();

    /// <summary>This field opens a record-time view at the moment its <c>at</c> argument names.</summary>
    public static FieldBuilder<TSource, TReturn> OpensViewAtArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        CaseLedger.Api.GraphQL.RecordTimeViews.Opens(field, (c, _) => c.GetArgument<DateTimeOffset>("at").ToUniversalTime());

    /// <summary>The record-time instant this field is shown at: a view's, or null for now.</summary>
    public static DateTimeOffset? RecordedAt(this IResolveFieldContext context) => context.RecordTimeViews().Of(context);

    /// <summary>"Today" for this field: the Beijing date of the view's instant inside a view, else today.</summary>
    public static DateOnly Today(this IResolveFieldContext context) =>
        context.RecordedAt() is { } at
            ? DateOnly.FromDateTime(at.ToOffset(LedgerTime.BeijingOffset).DateTime)
            : context.RequestServices!.GetRequiredService<TimeProvider>().Today();
}
