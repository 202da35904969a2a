using System.Text.RegularExpressions;
using Marten;

namespace CaseLedger.Api.Ledger;

/// <summary>
/// The name each event is stored under: its record's name in snake_case with the version of its shape,
/// <c>ConsultationHeld</c> → <c>consultation_held.v1</c>. A stream's events are found by their marker
/// interface, so a new event needs no line here; the approved samples (tests/…/Contracts) pin every name,
/// so renaming a record fails a test instead of orphaning stored events.
/// </summary>
public static partial class StoredEventNames
{
    public static StoreOptions MapStoredNames<TStreamMarker>(this StoreOptions options)
    {
        var events = typeof(TStreamMarker).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(TStreamMarker).IsAssignableFrom(t));
        foreach (var type in events)
            options.Events.MapEventType(type, Of(type));
        return options;
    }

    public static string Of(Type eventType) => WordStart().Replace(eventType.Name, "_$1").ToLowerInvariant() + ".v1";

    [GeneratedRegex("(?<=.)([A-Z])")]
    private static partial Regex WordStart();
}
