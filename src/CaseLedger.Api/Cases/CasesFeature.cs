using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cadres.Career;
using CaseLedger.Api.Cases.AcceptingFiling;
using CaseLedger.Api.Cases.AppointingFormally;
using CaseLedger.Api.Cases.AssessingProbation;
using CaseLedger.Api.Cases.CompletingInspection;
using CaseLedger.Api.Cases.DeterminingInspectionTargets;
using CaseLedger.Api.Cases.EndingSecondment;
using CaseLedger.Api.Cases.ExtendingSecondment;
using CaseLedger.Api.Cases.GivingPublicNotice;
using CaseLedger.Api.Cases.GrantingApproval;
using CaseLedger.Api.Cases.HoldingAppointmentTalk;
using CaseLedger.Api.Cases.HoldingConsultation;
using CaseLedger.Api.Cases.HoldingDemocraticRecommendation;
using CaseLedger.Api.Cases.HoldingExamination;
using CaseLedger.Api.Cases.IssuingAppointmentNotice;
using CaseLedger.Api.Cases.Opening;
using CaseLedger.Api.Cases.RaisingMotion;
using CaseLedger.Api.Cases.RecordingSendingUnitConsent;
using CaseLedger.Api.Cases.RecordingSendingUnitOpinion;
using CaseLedger.Api.Cases.RecordingTransferQualification;
using CaseLedger.Api.Cases.RefusingApproval;
using CaseLedger.Api.Cases.Rejecting;
using CaseLedger.Api.Cases.RequestingApproval;
using CaseLedger.Api.Cases.RetainingAtHost;
using CaseLedger.Api.Cases.ReviewingEligibility;
using CaseLedger.Api.Cases.StartingProbation;
using CaseLedger.Api.Cases.StartingSecondment;
using CaseLedger.Api.Cases.SubmittingFiling;
using CaseLedger.Api.Cases.TakingCollectiveDecision;
using CaseLedger.Api.Cases.Withdrawing;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Cases.StepDetails;
using CaseLedger.Api.Remit;
using CaseLedger.Api.Security;
using CaseLedger.Domain.Cases;
using GraphQL;
using GraphQL.Types;
using JasperFx.Events.Projections;
using Marten;

namespace CaseLedger.Api.Cases;

/// <summary>
/// Cases: their streams, reads and step commands; the remit definition (a case is where its posts
/// are, a cadre where their posts and cases are); the case fields of cadres and careers.
/// </summary>
internal sealed class CasesFeature : IFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CaseLoaders>();
        services.AddSingleton<Ledger.ISharedReadModelLock, CadreCareerLock>();
        // Case steps are saved in groups (group commit): one writer per process.
        services.AddSingleton<CaseStepWriter>();
        services.AddScoped<StepDetails.StepDetailsLoader>();
        services.AddSingleton<IRemitKind>(new IndexedRemitKind(CaseType.TypeName, RemitKind.Case));
        services.AddSingleton(new NodeSource(CaseType.TypeName, (c, id) => c.LoadCase(id).Then(x => (object?)x)));
        services.AddGraphTypeExtension<CadreType>(cadre =>
            cadre.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseType>>>>("cases")
                .Description("The cadre's cases, newest first; with openOnly, only those not yet closed, withdrawn or rejected.")
                .Argument<BooleanGraphType>("openOnly", "Only cases still in progress (status OPEN or EFFECTIVE).")
                .Resolve(c => c.LoadCasesOfCadre(c.Source.Id).Then(cases => (cases ?? []).Where(x =>
                    c.GetArgument<bool?>("openOnly") != true || x.Status is CaseStatus.Open or CaseStatus.Effective).ToList())));
        services.AddGraphTypeExtension<PostSpellType>(spell =>
            spell.Field<CaseType>("case").Description("The case that put the cadre in the post; null for baseline (pre-ledger) data.")
                .Resolve(c => c.Source.CaseId is { } id ? c.LoadCase(id) : null));
        services.AddGraphTypeExtension<SecondmentSpellType>(spell =>
            spell.Field<CaseType>("case").Description("The secondment case; null when it is outside your jurisdiction.")
                .Resolve(c => c.LoadCase(c.Source.CaseId)));
        services.AddGraphTypeExtension<PromotionType>(promotion =>
            promotion.Field<CaseType>("case").Description("The case behind it; null for baseline data.")
                .Resolve(c => c.Source.CaseId is { } id ? c.LoadCase(id) : null));
    }

    public void ConfigureStore(StoreOptions options) => options.AddCases();

    public void ConfigureSchema(ISchema schema) => schema.RegisterStepDetailTypes();

    public IEnumerable<Type> Projections => [typeof(CaseSummaryProjection), typeof(CaseHeadProjection), typeof(CadreCareerProjection), typeof(CaseCheckpointProjection)];

    /// <summary>Time-travel checkpoints every N events of a case (CaseLedger:TimeTravel:CheckpointEvery, default 100), built by the daemon.</summary>
    public void AddToStore(MartenServiceCollectionExtensions.MartenConfigurationExpression marten, IConfiguration configuration)
    {
        var every = configuration.GetValue("CaseLedger:TimeTravel:CheckpointEvery", CaseCheckpointProjection.DefaultEvery);
        marten.Services.ConfigureMarten(options => options.Projections.Add(new CaseCheckpointProjection(every), ProjectionLifecycle.Async));
    }

    public void AddQueries(ObjectGraphType query) => query.AddCaseQueries();

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.AddOpenCase();
        mutation.AddRaiseMotion();
        mutation.AddHoldDemocraticRecommendation();
        mutation.AddDetermineInspectionTargets();
        mutation.AddCompleteInspection();
        mutation.AddHoldConsultation();
        mutation.AddTakeCollectiveDecision();
        mutation.AddGivePublicNotice();
        mutation.AddHoldAppointmentTalk();
        mutation.AddRequestApproval();
        mutation.AddGrantApproval();
        mutation.AddRefuseApproval();
        mutation.AddSubmitFiling();
        mutation.AddAcceptFiling();
        mutation.AddRecordSendingUnitConsent();
        mutation.AddRecordTransferQualification();
        mutation.AddRecordSendingUnitOpinion();
        mutation.AddHoldExamination();
        mutation.AddReviewEligibility();
        mutation.AddIssueAppointmentNotice();
        mutation.AddStartProbation();
        mutation.AddAssessProbation();
        mutation.AddAppointFormally();
        mutation.AddStartSecondment();
        mutation.AddExtendSecondment();
        mutation.AddEndSecondment();
        mutation.AddRetainAtHost();
        mutation.AddWithdrawCase();
        mutation.AddRejectCase();
    }
}
