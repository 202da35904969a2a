using CaseLedger.Api.Ledger;
using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Units;
using JasperFx.Events;

namespace CaseLedger.Api.Audits;

/// <summary>
/// What the evaluation has read, kept from one page of the log to the next on the node that evaluates: the units (each with
/// the units above it and its timeline), which a catch-up read again for every page (measured at large: a seventh of its
/// loading), and the case and cadre streams the last page read (<see cref="StreamPrefixes"/>), which pages judged while
/// writes flow read whole again for every step. A page that changes a unit starts with no units (a unit's facts reach every
/// unit below it; a unit just registered is in no one's memory yet); streams only grow, so they stay. A page that does not
/// follow the last one judged here (another node evaluated meanwhile, a rewind, a page that failed or is retried) starts
/// afresh.
/// </summary>
internal sealed class AuditMemory
{
    private readonly Lock gate = new();
    private Dictionary<Guid, UnitFacts> units = [];
    private StreamPrefixes streams = new();
    private long judgedThrough = -1;
    private bool lent;

    /// <summary>What this page may start from, held until the returned lease is disposed; nothing when another page holds it.</summary>
    public Lease Follow(long floor, long ceiling, IEnumerable<IEvent> events)
    {
        lock (gate)
        {
            if (lent)
                return new Lease(this, [], new StreamPrefixes(), ceiling, owns: false);
            if (floor != judgedThrough)
                (units, streams) = ([], new StreamPrefixes());
            else if (events.Any(e => e.Data is IUnitEvent and not UnitRegistered))
                units = [];
            judgedThrough = -1; // until this page is judged, the next one cannot follow it
            lent = true;
            return new Lease(this, units, streams, ceiling, owns: true);
        }
    }

    private void Return(long ceiling, bool judged)
    {
        lock (gate)
        {
            lent = false;
            judgedThrough = judged ? ceiling : -1;
            if (judged)
                streams.Trim();
        }
    }

    /// <summary>One page's use of the memory: <see cref="Judged"/> once its findings are written; disposing returns it.</summary>
    internal sealed class Lease(AuditMemory memory, Dictionary<Guid, UnitFacts> units, StreamPrefixes streams, long ceiling, bool owns) : IDisposable
    {
        private bool judged;

        public Dictionary<Guid, UnitFacts> Units { get; } = units;

        /// <summary>The case and cadre streams read before, and what this page reads of them.</summary>
        public StreamPrefixes Streams { get; } = streams;

        public void Judged() => judged = true;

        public void Dispose()
        {
            if (owns)
                memory.Return(ceiling, judged);
        }
    }
}
