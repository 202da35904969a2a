using CaseLedger.Domain.Cadres;
using JasperFx.Events.Projections;
using Marten;

namespace CaseLedger.Api.Cadres;

/// <summary>The Cadre stream in Marten: pinned event names and projections with their lifecycles.</summary>
internal static class CadresModule
{
    public static StoreOptions AddCadres(this StoreOptions options)
    {
        options.Events.MapEventType<CadreRegistered>("cadre_registered.v1");
        options.Events.MapEventType<BaselinePostRecorded>("baseline_post_recorded.v1");
        options.Events.MapEventType<KinRelationDeclared>("kin_relation_declared.v1");
        options.Events.MapEventType<SanctionRecorded>("sanction_recorded.v1");
        options.Events.MapEventType<AnnualAssessmentRecorded>("annual_assessment_recorded.v1");
        options.Events.MapEventType<AnnualAssessmentCorrected>("annual_assessment_corrected.v1");
        options.Events.MapEventType<ReservePoolEntered>("reserve_pool_entered.v1");
        options.Events.MapEventType<ReservePoolLeft>("reserve_pool_left.v1");
        options.Events.MapEventType<PersonalDetailsCorrected>("personal_details_corrected.v1");
        options.Events.MapEventType<CadreLeftService>("cadre_left_service.v1");
        options.Events.MapEventType<ReferenceManagedRegistrationRecorded>("reference_managed_registration_recorded.v1");

        options.Projections.Add<CadreProfileProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<CadreCustodyProjection>(ProjectionLifecycle.Inline);
        return options;
    }
}
