using CaseLedger.Api.Audits;
using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cadres.RecordingBaselinePost;
using CaseLedger.Api.Cadres.Registering;
using CaseLedger.Api.Cadres.DeclaringKinRelation;
using CaseLedger.Api.Cadres.RecordingSanction;
using CaseLedger.Api.Cadres.RecordingReferenceManagedRegistration;
using CaseLedger.Api.Cadres.RecordingAnnualAssessment;
using CaseLedger.Api.Cadres.CorrectingAnnualAssessment;
using CaseLedger.Api.Cadres.EnteringReservePool;
using CaseLedger.Api.Cadres.LeavingReservePool;
using CaseLedger.Api.Cadres.CorrectingPersonalDetails;
using CaseLedger.Api.Cadres.CorrectingCadreDetails;
using CaseLedger.Api.Cadres.RecordingLeavingService;
using CaseLedger.Api.Cases;
using CaseLedger.Api.Cases.Opening;
using CaseLedger.Api.Cases.RaisingMotion;
using CaseLedger.Api.Imports;
using CaseLedger.Api.Integrity;
using CaseLedger.Api.ReadSide;
using CaseLedger.Api.Security;
using CaseLedger.Api.Cases.HoldingDemocraticRecommendation;
using CaseLedger.Api.Cases.DeterminingInspectionTargets;
using CaseLedger.Api.Cases.CompletingInspection;
using CaseLedger.Api.Cases.HoldingConsultation;
using CaseLedger.Api.Cases.TakingCollectiveDecision;
using CaseLedger.Api.Cases.GivingPublicNotice;
using CaseLedger.Api.Cases.RequestingApproval;
using CaseLedger.Api.Cases.GrantingApproval;
using CaseLedger.Api.Cases.RefusingApproval;
using CaseLedger.Api.Cases.SubmittingFiling;
using CaseLedger.Api.Cases.AcceptingFiling;
using CaseLedger.Api.Cases.RecordingSendingUnitConsent;
using CaseLedger.Api.Cases.RecordingTransferQualification;
using CaseLedger.Api.Cases.IssuingAppointmentNotice;
using CaseLedger.Api.Cases.StartingProbation;
using CaseLedger.Api.Cases.AssessingProbation;
using CaseLedger.Api.Cases.AppointingFormally;
using CaseLedger.Api.Cases.StartingSecondment;
using CaseLedger.Api.Cases.ExtendingSecondment;
using CaseLedger.Api.Cases.EndingSecondment;
using CaseLedger.Api.Cases.RetainingAtHost;
using CaseLedger.Api.Cases.Withdrawing;
using CaseLedger.Api.Cases.Rejecting;
using CaseLedger.Api.Cases.StepDetails;
using CaseLedger.Api.Units;
using CaseLedger.Api.Units.Registering;
using CaseLedger.Api.Units.Renaming;
using CaseLedger.Api.Units.Reclassifying;
using CaseLedger.Api.Units.AnnouncingLeaderDeparture;
using CaseLedger.Api.Units.AnnouncingRestructuring;
using CaseLedger.Api.Units.Dissolving;
using GraphQL.Types;

namespace CaseLedger.Api.GraphQL;

/// <summary>The one schema: a singleton; resolvers reach scoped services through RequestServices.</summary>
internal sealed class CaseLedgerSchema : Schema
{
    public CaseLedgerSchema(IServiceProvider services, QueryType query, MutationType mutation, LiveUpdates.SubscriptionType subscription)
        : base(services)
    {
        Description = "CaseLedger: the event-sourced ledger of cadre exchanges (交流), secondments (挂职) and appointments (任用).";
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        this.RegisterStepDetailTypes();
        // Replaces the built-in DateTimeOffset scalar (same name): timestamps must carry their offset.
        RegisterType(new OffsetDateTimeGraphType());
    }
}

/// <summary>Every read, grouped by feature.</summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Reads: units, cadres and cases as the ledger stands now, and the ledger's integrity.";
        this.AddNodeQueries();
        this.AddUnitQueries();
        this.AddCadreQueries();
        this.AddCaseQueries();
        this.AddIntegrityQueries();
        this.AddErrorCodeQueries();
        this.AddAuditQueries();
        this.AddAuditCaseQuery();
        this.AddAccessLogQueries();
    }
}

/// <summary>Every command, grouped by feature; each takes one input and returns a payload with typed errors.</summary>
internal sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Commands. Each takes one input and returns the changed entity or typed errors; a refused command records nothing.";
        this.AddRegisterUnit();
        this.AddRenameUnit();
        this.AddReclassifyUnit();
        this.AddDissolveUnit();
        this.AddAnnounceLeaderDeparture();
        this.AddAnnounceRestructuring();
        this.AddRegisterCadre();
        this.AddRecordBaselinePost();
        this.AddDeclareKinRelation();
        this.AddRecordSanction();
        this.AddRecordReferenceManagedRegistration();
        this.AddRecordAnnualAssessment();
        this.AddCorrectAnnualAssessment();
        this.AddEnterReservePool();
        this.AddLeaveReservePool();
        this.AddCorrectPersonalDetails();
        this.AddCorrectCadreDetails();
        this.AddRecordCadreLeavingService();
        this.AddOpenCase();
        this.AddRaiseMotion();
        this.AddHoldDemocraticRecommendation();
        this.AddDetermineInspectionTargets();
        this.AddCompleteInspection();
        this.AddHoldConsultation();
        this.AddTakeCollectiveDecision();
        this.AddGivePublicNotice();
        this.AddRequestApproval();
        this.AddGrantApproval();
        this.AddRefuseApproval();
        this.AddSubmitFiling();
        this.AddAcceptFiling();
        this.AddRecordSendingUnitConsent();
        this.AddRecordTransferQualification();
        this.AddIssueAppointmentNotice();
        this.AddStartProbation();
        this.AddAssessProbation();
        this.AddAppointFormally();
        this.AddStartSecondment();
        this.AddExtendSecondment();
        this.AddEndSecondment();
        this.AddRetainAtHost();
        this.AddWithdrawCase();
        this.AddRejectCase();
        this.AddRebuildProjections();
        this.AddFindingWorkflow();
        this.AddImportRecords();
    }
}
