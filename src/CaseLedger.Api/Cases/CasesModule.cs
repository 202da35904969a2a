using CaseLedger.Domain.Cases;
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
        options.Events.MapEventType<CaseOpened>("case_opened.v1");
        options.Events.MapEventType<MotionRaised>("motion_raised.v1");

        options.Projections.Add<CaseSummaryProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<CaseSummary>().UniqueIndex(x => x.Number);
        options.Storage.ExtendedSchemaObjects.Add(new Sequence(new PostgresqlObjectName(options.DatabaseSchemaName, CaseNumberSequence, IdentifierUsage.General)));
        return options;
    }
}
