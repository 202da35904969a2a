using CaseLedger.Api.Ledger;
using CaseLedger.Domain.Shared;
using JasperFx.Events.Projections;
using Marten;
using Weasel.Postgresql;
using static Weasel.Postgresql.SchemaUtils;

namespace CaseLedger.Api.Cases;

/// <summary>The Case streams in Marten: pinned event names, projections with their lifecycles, the case-number sequence.</summary>
internal static class CasesModule
{
    public const string CaseNumberSequence = "case_number_seq";

    public static StoreOptions AddCases(this StoreOptions options)
    {
        options.MapStoredNames<ICaseEvent>();

        options.Projections.Add<CaseSummaryProjection>(ProjectionLifecycle.Inline);
        // What a step decides on: the decider's state, version and hash head, read in the step's one round trip (CaseHeads).
        options.Projections.Add<CaseHeadProjection>(ProjectionLifecycle.Inline);
        // A cadre's career is built from their own stream and their cases' streams (routed through the summaries).
        options.Projections.Add<CadreCareerProjection>(ProjectionLifecycle.Inline);
        // By cadre: a cadre's cases (batch loaders, the audit evaluator) were a full scan of every case.
        options.Schema.For<CaseSummary>().UniqueIndex(x => x.Number).Index(x => x.CadreId);
        CaseCheckpoint.MapColumns(options);
        options.Storage.ExtendedSchemaObjects.Add(new Sequence(new PostgresqlObjectName(options.DatabaseSchemaName, CaseNumberSequence, IdentifierUsage.General)));
        return options;
    }
}
