using CaseLedger.Api.Audits;
using CaseLedger.Api.Ledger;
using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Units;
using JasperFx.Events;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>
/// The units the evaluation keeps from page to page: a page that follows the one judged before starts from its units; a page
/// that changes a unit, does not follow (a gap, a rewind, another node), or follows a page that failed starts afresh.
/// </summary>
public class AuditMemoryTests
{
    private static readonly Guid County = Guid.Parse("33333333-3333-3333-3333-333333333333");

    private static readonly UnitFacts CountyFacts = new(County, "原州区", AdministrativeLevel.County, UnitKind.PartyGovOrgan, NingxiaArea.Mountain);

    private static IEvent[] Page(params object[] data) => [.. data.Select(d => (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(d.GetType()), d)!)];

    /// <summary>A page of events that change no unit (what they are does not matter to the memory).</summary>
    private static readonly IEvent[] CadreEvents = Page("a cadre's event");

    private static AuditMemory AfterAJudgedPage(long ceiling)
    {
        var memory = new AuditMemory();
        using var page = memory.Follow(0, ceiling, CadreEvents);
        page.Units[County] = CountyFacts;
        page.Judged();
        return memory;
    }

    [Fact]
    public void The_next_page_starts_from_the_units_the_page_before_read()
    {
        using var next = AfterAJudgedPage(2500).Follow(2500, 5000, CadreEvents);

        Assert.Equal(CountyFacts, next.Units[County]);
    }

    [Fact]
    public void A_page_that_changes_a_unit_reads_every_unit_afresh()
    {
        using var next = AfterAJudgedPage(2500).Follow(2500, 5000, Page(new UnitRenamed(County, "原州区（新）", new DateOnly(2020, 1, 1))));

        Assert.Empty(next.Units);
    }

    [Fact]
    public void A_unit_just_registered_changes_no_unit_already_read()
    {
        var registered = new UnitRegistered(Guid.NewGuid(), "640402001", "新镇", UnitKind.PartyGovOrgan, AdministrativeLevel.Township, County, NingxiaArea.Mountain, false, new DateOnly(2020, 1, 1));

        using var next = AfterAJudgedPage(2500).Follow(2500, 5000, Page(registered));

        Assert.Equal(CountyFacts, next.Units[County]);
    }

    [Fact]
    public void A_page_that_does_not_follow_the_last_one_judged_here_reads_every_unit_afresh()
    {
        using var rewound = AfterAJudgedPage(2500).Follow(0, 2500, CadreEvents);

        Assert.Empty(rewound.Units);
    }

    [Fact]
    public void The_page_after_one_that_failed_reads_every_unit_afresh()
    {
        var memory = new AuditMemory();
        using (var failed = memory.Follow(0, 2500, CadreEvents))
            failed.Units[County] = CountyFacts;

        using var retried = memory.Follow(2500, 5000, CadreEvents);

        Assert.Empty(retried.Units);
    }

    [Fact]
    public void A_page_judged_while_another_holds_the_memory_reads_its_own_units_and_leaves_the_memory_alone()
    {
        var memory = AfterAJudgedPage(2500);
        using var holder = memory.Follow(2500, 5000, CadreEvents);
        using (var other = memory.Follow(2500, 5000, CadreEvents))
        {
            Assert.Empty(other.Units);
            other.Units[Guid.NewGuid()] = CountyFacts;
            other.Judged();
        }

        Assert.Equal([County], holder.Units.Keys);
    }

    /// <summary>The streams the page after the judged one was given, once it ended judged or failed.</summary>
    private static StreamPrefixes StreamsOfTheNextPage(AuditMemory memory, bool judged)
    {
        using var page = memory.Follow(2500, 5000, CadreEvents);
        if (judged)
            page.Judged();
        return page.Streams;
    }

    [Fact]
    public void The_next_page_starts_from_the_streams_the_page_before_read_even_when_it_changes_a_unit()
    {
        var memory = AfterAJudgedPage(2500);
        var streams = StreamsOfTheNextPage(memory, judged: true);

        using var next = memory.Follow(5000, 7500, Page(new UnitRenamed(County, "原州区（新）", new DateOnly(2020, 1, 1))));

        Assert.Same(streams, next.Streams);
    }

    [Fact]
    public void A_page_that_does_not_follow_or_follows_a_failed_one_starts_with_no_streams()
    {
        var memory = AfterAJudgedPage(2500);
        var failed = StreamsOfTheNextPage(memory, judged: false);

        var retried = StreamsOfTheNextPage(memory, judged: true);
        using var rewound = memory.Follow(0, 2500, CadreEvents);

        Assert.NotSame(failed, retried);
        Assert.NotSame(retried, rewound.Streams);
    }
}
