using CaseLedger.Api.Remit;
using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cases;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using CaseLedger.Api.Units;
using CaseLedger.Domain.Audits;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Marten;

namespace CaseLedger.Api.Audits;

internal static class AuditQueries
{
    public static void AddAuditQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditRuleType>>>>("auditRules")
            .Description("审计规则目录: every implemented rule with its citation, parameters and versions.")
            .Resolve(c => c.RequestServices!.GetRequiredService<AuditRuleSet>().All);

        query.Field<FindingType>("finding").Description("A finding by id; null when none has it (or it is outside your remit).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id (or UUID) of the finding.")
            .RequirePermission(Permission.ReadHistory)
            .ResolveAsync(async c => GlobalId.Parse(c.GetArgument<string?>("id"), FindingType.TypeName) is { } id
                ? await (await InRemitAsync(c, Session(c).Query<FindingDetails>())).FirstOrDefaultAsync(f => f.Id == id, c.CancellationToken)
                : null);

        query.Field<NonNullGraphType<ConnectionType<FindingType>>>("auditFindings")
            .Description("审计发现, filtered and paged; newest effective date first. Filters run in PostgreSQL.")
            .FindingFilters()
            .PagingArguments()
            .RequirePermission(Permission.ReadHistory)
            .ResolveAsync(async c => await c.PageAsync(await FilterAsync(c)));

        query.Field<NonNullGraphType<AuditSummaryType>>("auditSummary")
            .Description("审计汇总 for supervisors: the findings the filters select (in your remit), counted by rule × status, by rule × unit × status and by period; and whether the asynchronous evaluation has caught up with the ledger.")
            .FindingFilters()
            .RequirePermission(Permission.ReadHistory)
            .ResolveAsync(async c =>
            {
                // The filters are read now: GraphQL.NET reuses a field's context once its resolver returns, so the
                // counts, resolved later, would read their own (empty) arguments and count everything.
                var filtered = await FilterAsync(c);
                var ct = c.CancellationToken;
                // Read the findings only if a count is asked for: polling { caughtUp } must stay cheap on a large ledger.
                var findings = new Lazy<Task<IReadOnlyList<CountedFinding>>>(async () =>
                {
                    var rows = await filtered.Select(f => new { f.RuleId, f.Status, f.EffectiveOn, f.CaseId }).ToListAsync(ct);
                    return [.. rows.Select(f => new CountedFinding(f.RuleId, f.Status, f.EffectiveOn, f.CaseId))];
                });
                var (evaluated, latest, scheduledPassOn, today) = await c.RequestServices!.GetRequiredService<AuditPosition>().ReadAsync(c.CancellationToken);
                return new AuditSummary(findings, evaluated, latest, scheduledPassOn, today);
            });
    }

    /// <summary>The filters auditFindings and auditSummary share.</summary>
    internal static FieldBuilder<object?, TReturn> FindingFilters<TReturn>(this FieldBuilder<object?, TReturn> field) => field
        .Argument<StringGraphType>("ruleId", "Only findings of this rule.")
            .Argument<EnumerationGraphType<AuditSeverity>>("severity", "Only findings of this severity.")
            .Argument<EnumerationGraphType<FindingStatus>>("status", "Only findings in this status.")
            .Argument<IdGraphType>("cadreId", "Only findings about this cadre.")
            .Argument<IdGraphType>("caseId", "Only findings about this case.")
            .Argument<IdGraphType>("unitId", "Only findings about cases moving a cadre into or out of this unit or any unit below it (findings about a cadre's own record have no case and are left out).")
            .Argument<DateOnlyGraphType>("effectiveFrom", "Only findings judged on or after this effective date.")
            .Argument<DateOnlyGraphType>("effectiveTo", "Only findings judged on or before this effective date.");

    /// <summary>Case.findings and Cadre.findings: every finding, open or not, oldest judged first.</summary>
    public static void AddCaseFindings(this ObjectGraphType<CaseSummary> type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingType>>>>("findings")
            .Description("审计发现 about this case, in any status (cleared ones included), oldest effective date first; inside asRecordedAt, as they stood then.")
            .RequirePermission(Permission.ReadHistory)
            .ResolveAsync(async c => await AsShownAsync(c, await (await InRemitAsync(c, Session(c).Query<FindingDetails>())).Where(f => f.CaseId == c.Source.Id)
                .OrderBy(f => f.EffectiveOn).ThenBy(f => f.RuleId).ToListAsync(c.CancellationToken)));

    public static void AddCadreFindings(this ObjectGraphType<CadreProfile> type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingType>>>>("findings")
            .Description("审计发现 about this cadre's cases and own record (e.g. the reserve pool), in any status (cleared ones included), oldest effective date first; inside asRecordedAt, as they stood then.")
            .RequirePermission(Permission.ReadHistory)
            .ResolveAsync(async c => await AsShownAsync(c, await (await InRemitAsync(c, Session(c).Query<FindingDetails>())).Where(f => f.CadreId == c.Source.Id)
                .OrderBy(f => f.EffectiveOn).ThenBy(f => f.RuleId).ToListAsync(c.CancellationToken)));

    /// <summary>
    /// The findings as the ledger stands, or inside a record-time view as they stood then: each finding's own stream
    /// up to that moment (its status then), and none raised later.
    /// </summary>
    private static async Task<IReadOnlyList<FindingDetails>> AsShownAsync(IResolveFieldContext c, IReadOnlyList<FindingDetails> now)
    {
        if (c.RecordedAt() is not { } at)
            return now;
        var then = new List<FindingDetails>(now.Count);
        foreach (var finding in now)
        {
            if (await Session(c).Events.AggregateStreamAsync<FindingDetails>(finding.Id, timestamp: at, token: c.CancellationToken) is { } stood)
                then.Add(stood);
        }
        return [.. then.OrderBy(f => f.EffectiveOn).ThenBy(f => f.RuleId)];
    }

    /// <summary>The filters auditFindings, auditSummary and findingChanged share, read from the field's arguments.</summary>
    internal sealed record FindingFilter(string? RuleId, AuditSeverity? Severity, FindingStatus? Status, Guid? CadreId, Guid? CaseId,
        DateOnly? EffectiveFrom, DateOnly? EffectiveTo, Guid? UnitId)
    {
        public static FindingFilter From(IResolveFieldContext c) => new(
            c.GetArgument<string?>("ruleId"), c.GetArgument<AuditSeverity?>("severity"), c.GetArgument<FindingStatus?>("status"),
            GlobalId.Parse(c.GetArgument<string?>("cadreId"), CadreType.TypeName), GlobalId.Parse(c.GetArgument<string?>("caseId"), CaseType.TypeName),
            c.GetArgument<DateOnly?>("effectiveFrom"), c.GetArgument<DateOnly?>("effectiveTo"), GlobalId.Parse(c.GetArgument<string?>("unitId"), UnitType.TypeName));
    }

    internal static Task<IQueryable<FindingDetails>> FilterAsync(IResolveFieldContext c) => FilterAsync(c, FindingFilter.From(c));

    /// <summary>
    /// The findings in the user's remit that <paramref name="filter"/> selects. A subscription reads its filter once, when it
    /// subscribes, and passes it for every change: the context's arguments are not to be read after its resolver returned.
    /// </summary>
    internal static async Task<IQueryable<FindingDetails>> FilterAsync(IResolveFieldContext c, FindingFilter filter)
    {
        var session = Session(c);
        var findings = await InRemitAsync(c, session.Query<FindingDetails>());
        if (filter.RuleId is { } ruleId)
            findings = findings.Where(f => f.RuleId == ruleId);
        if (filter.Severity is { } severity)
            findings = findings.Where(f => f.Severity == severity);
        if (filter.Status is { } status)
            findings = findings.Where(f => f.Status == status);
        if (filter.CadreId is { } cadreId)
            findings = findings.Where(f => f.CadreId == cadreId);
        if (filter.CaseId is { } caseId)
            findings = findings.Where(f => f.CaseId == caseId);
        if (filter.EffectiveFrom is { } from)
            findings = findings.Where(f => f.EffectiveOn >= from);
        if (filter.EffectiveTo is { } to)
            findings = findings.Where(f => f.EffectiveOn <= to);
        if (filter.UnitId is { } unitId)
        {
            var subtree = await UnitSubtree.IdsAsync(session, unitId, c.CancellationToken);
            var caseIds = await session.Query<CaseSummary>()
                .Where(x => (x.ToPost != null && subtree.Contains(x.ToPost.UnitId)) || (x.FromPost != null && subtree.Contains(x.FromPost.UnitId)))
                .Select(x => x.Id).ToListAsync(c.CancellationToken);
            var ids = caseIds.Select(id => (Guid?)id).ToArray();
            findings = findings.Where(f => ids.Contains(f.CaseId));
        }
        return findings.OrderByDescending(f => f.EffectiveOn).ThenBy(f => f.RuleId).ThenBy(f => f.Id);
    }

    /// <summary>Only findings about cases in the user's remit, or about the record of a cadre in it (see Jurisdiction).</summary>
    internal static async Task<IQueryable<FindingDetails>> InRemitAsync(IResolveFieldContext c, IQueryable<FindingDetails> findings)
    {
        var jurisdiction = c.RequestServices!.GetRequiredService<Jurisdiction>();
        if (jurisdiction.Root is not { } root)
            return findings;
        var inRemit = RemitSql.Finding(Session(c).DocumentStore.Options.DatabaseSchemaName);
        return findings.Where(Jurisdiction.MatchesSql<FindingDetails>(inRemit, root, root));
    }

    private static IQuerySession Session(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<IQuerySession>();
}
