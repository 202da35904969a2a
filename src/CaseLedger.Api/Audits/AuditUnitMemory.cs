using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Units;
using JasperFx.Events;

namespace CaseLedger.Api.Audits;

/// <summary>
/// The units (each with the units above it and its timeline) the evaluation has read, kept from one page of the log to the
/// next on the node that evaluates: a catch-up read the same units again for every page (measured at large: a seventh of its
/// loading). A page that changes a unit starts afresh (a unit's facts reach every unit below it; a unit just registered is in
/// no one's memory yet), and so does a page that does not follow the last one judged here (another node evaluated meanwhile,
/// a rewind, a page that failed or is retried).
/// </summary>
internal sealed class AuditUnitMemory
{
    private readonly Lock gate = new();
    private Dictionary<Guid, UnitFacts> units = [];
    private long judgedThrough = -1;
    private bool lent;

    /// <summary>The units this page may start from, held until the returned lease is disposed; an empty set when another page holds them.</summary>
    public Lease Follow(long floor, long ceiling, IEnumerable<IEvent> events)
    {
        lock (gate)
        {
            if (lent)
                return new Lease(this, [], ceiling, owns: false);
            if (floor != judgedThrough || events.Any(e => e.Data is IUnitEvent and not UnitRegistered))
                units = [];
            judgedThrough = -1; // until this page is judged, the next one cannot follow it
            lent = true;
            return new Lease(this, units, ceiling, owns: true);
        }
    }

    private void Return(long ceiling, bool judged)
    {
        lock (gate)
        {
            lent = false;
            judgedThrough = judged ? ceiling : -1;
        }
    }

    /// <summary>One page's use of the memory: <see cref="Judged"/> once its findings are written; disposing returns it.</summary>
    internal sealed class Lease(AuditUnitMemory memory, Dictionary<Guid, UnitFacts> units, long ceiling, bool owns) : IDisposable
    {
        private bool judged;

        public Dictionary<Guid, UnitFacts> Units { get; } = units;

        public void Judged() => judged = true;

        public void Dispose()
        {
            if (owns)
                memory.Return(ceiling, judged);
        }
    }
}
