using CaseLedger.Api.Cases;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using CaseLedger.Domain.Audits;
using GraphQL;
using GraphQL.Types;
using Marten;

namespace CaseLedger.Api.Audits;

/// <summary>
/// 试评估 (dry run) for inspectors: one case's file judged by every rule as of a given day, returning what would be
/// found and recording nothing — also how a deadline rule is checked for a past or future day.
/// </summary>
internal static class AuditCaseQuery
{
    public static void AddAuditCaseQuery(this ObjectGraphType query) =>
        query.Field<ListGraphType<NonNullGraphType<AuditDryRunFindingType>>>("auditCase")
            .Description("试评估: judges one case's file (its events, cadre, career and units as the ledger holds them now) by every rule as of `asOf` " +
                "(default today in Beijing; deadline rules turn on it) and returns the findings it would raise. Records nothing; null when the case " +
                "does not exist or is outside your remit.")
            .Argument<NonNullGraphType<IdGraphType>>("caseId", "Global id (or UUID) of the case.")
            .Argument<DateOnlyGraphType>("asOf", "The day judged, e.g. 2029-10-01 to see a deadline that falls due then.")
            .RequirePermission(Permission.ReadHistory)
            .ResolveAsync(async c =>
            {
                if (GlobalId.Parse(c.GetArgument<string?>("caseId"), CaseType.TypeName) is not { } id)
                    return null;
                var services = c.RequestServices!;
                var summary = await services.GetRequiredService<IQuerySession>().LoadAsync<CaseSummary>(id, c.CancellationToken);
                if (summary is null || !await services.GetRequiredService<Jurisdiction>().CoversCaseAsync(id, c.CancellationToken))
                    return null;
                var asOf = c.GetArgument<DateOnly?>("asOf");
                var files = await services.GetRequiredService<CaseFileLoader>().LoadManyAsync([id], c.CancellationToken, asOf);
                return files.TryGetValue(id, out var file) ? services.GetRequiredService<AuditRuleSet>().Evaluate(file) : [];
            });
}

internal sealed class AuditDryRunFindingType : ObjectGraphType<AuditFinding>
{
    public AuditDryRunFindingType()
    {
        Name = "AuditDryRunFinding";
        Description = "A finding a dry run (auditCase) would raise: nothing is recorded, so it has no id, status or history.";
        Field(x => x.RuleId).Description("The rule's catalogue id.");
        Field<NonNullGraphType<AuditRuleType>>("rule").Description("The rule.").Resolve(c => c.RequestServices!.GetRequiredService<AuditRuleSet>().Find(c.Source.RuleId));
        Field(x => x.RuleVersion).Description("The rule version in force on the effective date judged.");
        Field<NonNullGraphType<CitationType>>("citation").Description("The text this version cites.")
            .Resolve(c => c.RequestServices!.GetRequiredService<AuditRuleSet>().Find(c.Source.RuleId) is { } rule
                && rule.Versions.FirstOrDefault(v => v.Number == c.Source.RuleVersion) is { } version ? rule.CitationOf(version) : null);
        Field(x => x.Severity, type: typeof(NonNullGraphType<EnumerationGraphType<AuditSeverity>>)).Description("Violation or needs review.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("The effective date judged.");
        Field(x => x.EvidenceVersions, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<LongGraphType>>>)).Description("Stream versions of the evidence events.");
        Field(x => x.Explanation).Description("Plain explanation, Chinese then English.");
    }
}
