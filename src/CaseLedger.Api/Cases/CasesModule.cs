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
        options.Events.MapEventType<DemocraticRecommendationHeld>("democratic_recommendation_held.v1");
        options.Events.MapEventType<InspectionTargetsDetermined>("inspection_targets_determined.v1");
        options.Events.MapEventType<InspectionCompleted>("inspection_completed.v1");
        options.Events.MapEventType<ConsultationHeld>("consultation_held.v1");
        options.Events.MapEventType<CollectiveDecisionTaken>("collective_decision_taken.v1");
        options.Events.MapEventType<PublicNoticeGiven>("public_notice_given.v1");
        options.Events.MapEventType<ApprovalRequested>("approval_requested.v1");
        options.Events.MapEventType<ApprovalGranted>("approval_granted.v1");
        options.Events.MapEventType<ApprovalRefused>("approval_refused.v1");
        options.Events.MapEventType<FilingSubmitted>("filing_submitted.v1");
        options.Events.MapEventType<FilingAccepted>("filing_accepted.v1");
        options.Events.MapEventType<SendingUnitConsentRecorded>("sending_unit_consent_recorded.v1");
        options.Events.MapEventType<TransferQualificationRecorded>("transfer_qualification_recorded.v1");
        options.Events.MapEventType<SendingUnitOpinionRecorded>("sending_unit_opinion_recorded.v1");
        options.Events.MapEventType<ExaminationHeld>("examination_held.v1");
        options.Events.MapEventType<AppointmentNoticeIssued>("appointment_notice_issued.v1");
        options.Events.MapEventType<ProbationStarted>("probation_started.v1");
        options.Events.MapEventType<ProbationAssessed>("probation_assessed.v1");
        options.Events.MapEventType<FormallyAppointed>("formally_appointed.v1");
        options.Events.MapEventType<SecondmentStarted>("secondment_started.v1");
        options.Events.MapEventType<SecondmentExtended>("secondment_extended.v1");
        options.Events.MapEventType<SecondmentEnded>("secondment_ended.v1");
        options.Events.MapEventType<SecondmentRetainedAtHost>("secondment_retained_at_host.v1");
        options.Events.MapEventType<CaseWithdrawn>("case_withdrawn.v1");
        options.Events.MapEventType<CaseRejected>("case_rejected.v1");
        options.Events.MapEventType<CaseStepCorrected>("case_step_corrected.v1");

        options.Projections.Add<CaseSummaryProjection>(ProjectionLifecycle.Inline);
        // A cadre's career is built from their own stream and their cases' streams (routed through the summaries).
        options.Projections.Add<CadreCareerProjection>(ProjectionLifecycle.Inline);
        // By cadre: a cadre's cases (batch loaders, the audit evaluator) were a full scan of every case.
        options.Schema.For<CaseSummary>().UniqueIndex(x => x.Number).Index(x => x.CadreId);
        options.Storage.ExtendedSchemaObjects.Add(new Sequence(new PostgresqlObjectName(options.DatabaseSchemaName, CaseNumberSequence, IdentifierUsage.General)));
        return options;
    }
}
