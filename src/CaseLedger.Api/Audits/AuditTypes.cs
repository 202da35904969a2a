using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cases;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Units;
using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Units;
using GraphQL;
using GraphQL.Types;
using Marten;

namespace CaseLedger.Api.Audits;

internal sealed class AuditRuleType : ObjectGraphType<AuditRule>
{
    public AuditRuleType()
    {
        Name = "AuditRule";
        Description = "审计规则: one rule of the catalogue as code, with where it comes from and its versions in force.";
        Field<NonNullGraphType<StringGraphType>>("id").Description("Stable rule id from the catalogue, e.g. NX-AGE-TRANSFER-GRASSROOTS-45.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("titleChinese").Description("规则名称（中文）.").Resolve(c => c.Source.TitleChinese);
        Field<NonNullGraphType<StringGraphType>>("titleEnglish").Description("Rule title in English.").Resolve(c => c.Source.TitleEnglish);
        Field<NonNullGraphType<EnumerationGraphType<AuditSeverity>>>("severity").Description("What a finding of this rule means by default.").Resolve(c => c.Source.Severity);
        Field<NonNullGraphType<CitationType>>("citation").Description("出处: document, clause and quoted words.").Resolve(c => c.Source.Citation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleVersionType>>>>("versions")
            .Description("Versions with their in-force periods, oldest first; a case is judged by the version in force on its effective date.")
            .Resolve(c => c.Source.Versions);
    }
}

internal sealed class CitationType : ObjectGraphType<Citation>
{
    public CitationType()
    {
        Name = "Citation";
        Description = "出处: where a rule comes from.";
        Field(x => x.Document).Description("文件, e.g. 宁组发〔2016〕31号.");
        Field(x => x.Clause).Description("条款: the clause or article.");
        Field(x => x.Quote).Description("原文: the words the rule rests on.");
    }
}

internal sealed class RuleVersionType : ObjectGraphType<RuleVersion>
{
    public RuleVersionType()
    {
        Name = "RuleVersion";
        Description = "One version of a rule and the period it is in force.";
        Field(x => x.Number).Description("Version number, recorded in every finding.");
        Field<DateOnlyGraphType>("inForceFrom").Description("First day in force; null when in force since before the ledger's rules begin.")
            .Resolve(c => c.Source.InForceFrom == DateOnly.MinValue ? null : c.Source.InForceFrom);
        Field(x => x.InForceUntil, type: typeof(DateOnlyGraphType)).Description("Last day in force; null while in force.");
        Field(x => x.Note).Description("Why this version (the document that set it).");
        Field(x => x.Parameters, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RuleParameterType>>>)).Description("Parameters and their values in this version.");
        Field<CitationType>("citation")
            .Description("出处 of this version when it cites another text than the rule's own (e.g. the 2014 条例 for decisions before the 2018 law); null: the rule's citation. A finding cites the version it was judged by.")
            .Resolve(c => c.Source.Citation);
        Field<NonNullGraphType<CitationType>>("citationInForce")
            .Description("出处 a case judged by this version cites: the version's own text, else the rule's (never null).")
            .Resolve(c => c.RequestServices!.GetRequiredService<AuditRuleSet>().All.FirstOrDefault(r => r.Versions.Contains(c.Source)) is { } rule
                ? rule.CitationOf(c.Source) : c.Source.Citation);
    }
}

internal sealed class RuleParameterType : ObjectGraphType<RuleParameter>
{
    public RuleParameterType()
    {
        Name = "RuleParameter";
        Description = "A rule parameter, e.g. maxAge = 45.";
        Field(x => x.Name).Description("Parameter name.");
        Field(x => x.Value).Description("Its value in this version.");
        Field(x => x.Description).Description("What it means, in Chinese and English.");
        Field(x => x.Configurable).Description("True when the value is configuration, not settled law (catalogue label [U]); the deployment may set it.");
        Field(x => x.ConfigurationNote, nullable: true).Description("Why the value is configuration (what the texts leave open); null for a value the cited text fixes.");
    }
}

internal sealed class FindingType : ObjectGraphType<FindingDetails>
{
    public const string TypeName = "Finding";

    public FindingType()
    {
        Name = TypeName;
        Interface<NodeInterface>();
        Description = "审计发现: a rule broken (or a signal) in one case or in a cadre's own record, as its own event stream with a supervisors' workflow. "
            + "A Node: node(id) finds it; history lists every change.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the finding (derived from rule id and case, or cadre for a record finding: the same finding keeps its id).")
            .Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field(x => x.RuleId).Description("The rule's catalogue id.");
        Field<NonNullGraphType<AuditRuleType>>("rule").Description("The rule.").Resolve(c => c.RequestServices!.GetRequiredService<AuditRuleSet>().Find(c.Source.RuleId));
        Field(x => x.RuleVersion).Description("The rule version in force on the effective date judged.");
        Field<NonNullGraphType<CitationType>>("citation")
            .Description("出处 this finding cites: the text of the rule version it was judged by (e.g. the 2014 条例 for an inspection before the 2019 one took effect).")
            .Resolve(c => c.RequestServices!.GetRequiredService<AuditRuleSet>().Find(c.Source.RuleId)!.CitationOf(c.Source.RuleVersion));
        Field(x => x.Severity, type: typeof(NonNullGraphType<EnumerationGraphType<AuditSeverity>>)).Description("Violation or needs review.");
        Field(x => x.Status, type: typeof(NonNullGraphType<EnumerationGraphType<FindingStatus>>)).Description("Where the finding stands.");
        Field<CaseType>("case").Description("The case the finding is about; null for a finding about the cadre's own record (e.g. the reserve pool).")
            .Resolve(c => c.Source.CaseId is { } id ? c.LoadCase(id) : DataLoaderResults.Done<CaseSummary?>(null));
        Field<NonNullGraphType<CadreType>>("cadre").Description("The cadre the case (or the record) concerns.").Resolve(c => c.LoadCadre(c.Source.CadreId));
        Field(x => x.EvidenceVersions, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<LongGraphType>>>))
            .Description("Stream versions of the events the finding rests on: the case's (see Case.events), or the cadre's when there is no case.");
        Field(x => x.Explanation).Description("Plain explanation, Chinese then English (\"…。 / …\"); explanationZh and explanationEn give the two parts.");
        Field<NonNullGraphType<StringGraphType>>("explanationZh").Description("The explanation in Chinese (中文说明).")
            .Resolve(c => BilingualExplanation.Split(c.Source.Explanation).Chinese);
        Field<NonNullGraphType<StringGraphType>>("explanationEn").Description("The explanation in English.")
            .Resolve(c => BilingualExplanation.Split(c.Source.Explanation).English);
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("The effective date judged (e.g. the decision date).");
        Field(x => x.RaisedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("When the audit first raised it (recorded time, UTC date).");
        Field(x => x.Actions, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<AccountabilityAction>>>>))
            .Description("问责措施 decided on confirmation; empty otherwise.");
        Field(x => x.StatusReason, nullable: true).Description("Why it was cleared, dismissed, resolved or reopened.");
        Field(x => x.StatusChangedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("When the status last changed (recorded time, UTC date).");
        Field(x => x.Version, type: typeof(NonNullGraphType<IntGraphType>)).Description("Stream version: pass it as expectedVersion to the workflow mutations.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingHistoryEntryType>>>>("history")
            .Description("Every change of the finding, oldest first (raised, restated, cleared, acknowledged, confirmed, dismissed, resolved, reopened), each with actor, reason and both times.")
            .ResolveAsync(async c => await FindingHistory.ReadAsync(c.RequestServices!.GetRequiredService<IQuerySession>(), c.Source.Id, c.Source.Version, c.CancellationToken));
    }
}

internal sealed record AuditCount(string RuleId, FindingStatus Status, int Count);

internal sealed class AuditCountType : ObjectGraphType<AuditCount>
{
    public AuditCountType()
    {
        Name = "AuditCount";
        Description = "How many findings of one rule are in one status.";
        Field(x => x.RuleId).Description("The rule's catalogue id.");
        Field(x => x.Status, type: typeof(NonNullGraphType<EnumerationGraphType<FindingStatus>>)).Description("The status counted.");
        Field(x => x.Count).Description("Number of findings.");
    }
}

/// <summary>The selected findings, read once and only when a count is asked for; and the evaluator's position.</summary>
internal sealed record AuditSummary(
    Lazy<Task<IReadOnlyList<CountedFinding>>> Findings, long EvaluatedThroughSequence, long LatestSequence, DateOnly? ScheduledPassOn, DateOnly Today)
{
    public async Task<IReadOnlyList<AuditCount>> CountsAsync() =>
        [.. (await Findings.Value).GroupBy(f => (f.RuleId, f.Status)).OrderBy(g => g.Key.RuleId, StringComparer.Ordinal).ThenBy(g => g.Key.Status)
            .Select(g => new AuditCount(g.Key.RuleId, g.Key.Status, g.Count()))];
}

internal sealed class AuditSummaryType : ObjectGraphType<AuditSummary>
{
    public AuditSummaryType()
    {
        Name = "AuditSummary";
        Description = "Counts of the findings selected (in your remit) by rule, status, unit and period, and how far the asynchronous evaluation has read the ledger.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditCountType>>>>("counts").Description("Counts by rule × status (non-zero only).")
            .ResolveAsync(async c => await c.Source.CountsAsync());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditUnitCountType>>>>("byUnit")
            .Description("Counts by rule × unit × status (non-zero only). A finding counts for the unit its case moves the cadre into (a secondment's host; the unit left when there is no new post), rolled up to that unit's ancestor at `level`.")
            .Argument<EnumerationGraphType<AdministrativeLevel>>("level", "The level units are rolled up to; a unit above it counts as itself. Default COUNTY.",
                a => a.DefaultValue = AdministrativeLevel.County)
            .ResolveAsync(async c => await AuditBreakdown.ByUnitAsync(c.RequestServices!.GetRequiredService<IQuerySession>(), await c.Source.Findings.Value,
                c.GetArgument("level", AdministrativeLevel.County), c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditPeriodCountType>>>>("byPeriod")
            .Description("Counts by period × rule × status (non-zero only), by the effective date judged, oldest period first.")
            .Argument<EnumerationGraphType<AuditPeriod>>("period", "Year, quarter or month. Default YEAR.", a => a.DefaultValue = AuditPeriod.Year)
            .ResolveAsync(async c => AuditBreakdown.ByPeriod(await c.Source.Findings.Value, c.GetArgument("period", AuditPeriod.Year)));
        Field(x => x.EvaluatedThroughSequence).Description("The evaluator has judged every event up to this global sequence (mt_events.seq_id).");
        Field(x => x.LatestSequence).Description("The latest event's global sequence; evaluation is caught up when equal.");
        Field(x => x.ScheduledPassOn, type: typeof(DateOnlyGraphType))
            .Description("The (Beijing) day of the last scheduled pass re-judging deadline rules; null before the first.");
        Field<NonNullGraphType<BooleanGraphType>>("caughtUp")
            .Description("True when every event recorded so far has been evaluated and deadline rules have been re-judged today.")
            .Resolve(c => c.Source.EvaluatedThroughSequence >= c.Source.LatestSequence && c.Source.ScheduledPassOn == c.Source.Today);
    }
}

internal sealed class AuditUnitCountType : ObjectGraphType<AuditUnitCount>
{
    public AuditUnitCountType()
    {
        Name = "AuditUnitCount";
        Description = "How many findings of one rule about one unit (rolled up) are in one status.";
        Field(x => x.RuleId).Description("The rule's catalogue id.");
        Field<UnitType>("unit").Description("The unit counted; null when the case names no unit, or the unit is outside your jurisdiction.")
            .Resolve(c => c.Source.UnitId is { } id ? c.LoadUnit(id) : null);
        Field(x => x.Status, type: typeof(NonNullGraphType<EnumerationGraphType<FindingStatus>>)).Description("The status counted.");
        Field(x => x.Count).Description("Number of findings.");
    }
}

internal sealed class AuditPeriodCountType : ObjectGraphType<AuditPeriodCount>
{
    public AuditPeriodCountType()
    {
        Name = "AuditPeriodCount";
        Description = "How many findings of one rule, judged on an effective date within one period, are in one status.";
        Field(x => x.Period).Description("The period: 2017, 2017-Q1 or 2017-03.");
        Field(x => x.From, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("First day of the period.");
        Field(x => x.To, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Last day of the period.");
        Field(x => x.RuleId).Description("The rule's catalogue id.");
        Field(x => x.Status, type: typeof(NonNullGraphType<EnumerationGraphType<FindingStatus>>)).Description("The status counted.");
        Field(x => x.Count).Description("Number of findings.");
    }
}
