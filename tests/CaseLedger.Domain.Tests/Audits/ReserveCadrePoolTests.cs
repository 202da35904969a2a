using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Shared;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

public class ReserveCadrePoolTests
{
    private static readonly ReserveCadrePool Rule = new();
    private static readonly DateOnly Entry = new(2025, 6, 1);

    /// <summary>Given: the cadre's record, event by event (version 1 is the registration, not needed by the rule).</summary>
    private static CadreFile Record(params object[] events) =>
        new(CadreId, "李娟", new(1986, 9, 3), [.. events.Select((e, i) => new CaseFileEvent(i + 2, e, Entry))], Entry);

    private static ReservePoolEntered Entered(string? reference, DateOnly? inspectedOn, DateOnly? on = null) =>
        new(CadreId, PostLevel.County, reference, on ?? Entry, inspectedOn);

    [Fact]
    [RuleTest("NX-RESERVE-CADRE-POOL", RuleTestKind.Violating)]
    public void An_entry_with_no_inspection_is_a_violation_about_the_cadre_not_a_case()
    {
        var finding = Rule.Evaluate(Record(Entered(null, null)));

        Assert.NotNull(finding);
        Assert.Equal(("NX-RESERVE-CADRE-POOL", 1, AuditSeverity.Violation, (Guid?)null, CadreId), (finding.RuleId, finding.RuleVersion, finding.Severity, finding.CaseId, finding.CadreId));
        Assert.Equal([2L], finding.EvidenceVersions);
        Assert.Contains("李娟 entered the reserve pool (县处级 / county level) on 2025-06-01 with no organisational inspection recorded", finding.Explanation);
        Assert.Equal(Finding.IdFor("NX-RESERVE-CADRE-POOL", CadreId), Finding.Raise(finding, Entry).FindingId);
    }

    [Fact]
    [RuleTest("NX-RESERVE-CADRE-POOL", RuleTestKind.Compliant)]
    public void An_inspection_on_the_entry_day_complies_and_one_a_day_later_does_not()
    {
        Assert.Null(Rule.Evaluate(Record(Entered("宁组后备考〔2025〕3号", Entry))));
        var late = Rule.Evaluate(Record(Entered("宁组后备考〔2025〕3号", Entry.AddDays(1))));
        Assert.Contains("inspected only on 2025-06-02, after the entry", late!.Explanation);
    }

    [Fact]
    public void A_reference_without_a_date_is_taken_as_inspected()
    {
        Assert.Null(Rule.Evaluate(Record(Entered("宁组后备考〔2025〕3号", null))));
    }

    [Fact]
    public void Every_uninspected_entry_is_evidence_of_the_one_finding_and_entries_before_the_policy_are_not_judged()
    {
        var finding = Rule.Evaluate(Record(
            Entered(null, null, new(2016, 5, 1)),
            new ReservePoolLeft(CadreId, "调整", new(2017, 1, 1)),
            Entered(null, null),
            new ReservePoolLeft(CadreId, "已提拔", new(2025, 9, 1)),
            Entered(null, null, new(2026, 1, 5))));

        Assert.Equal([4L, 6L], finding!.EvidenceVersions);
        Assert.Equal(new DateOnly(2026, 1, 5), finding.EffectiveOn);
    }

    [Fact]
    public void The_rule_finds_nothing_in_a_case_file()
    {
        Assert.Null(Rule.Evaluate(Opened(Domain.Cases.CaseChannel.InternalPromotion, null, ChiefSection(County), Entry).File));
    }
}
