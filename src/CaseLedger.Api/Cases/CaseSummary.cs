using System.Collections.Immutable;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace CaseLedger.Api.Cases;

/// <summary>
/// A case at a glance (inline projection: read-your-writes): where it stands, the current record of
/// each step with the version a correction names, the details a case screen shows, and its corrections.
/// </summary>
public sealed record CaseSummary(
    Guid Id,
    string Number,
    CaseKind Kind,
    CaseChannel Channel,
    Guid CadreId,
    Post? FromPost,
    Post? ToPost,
    CaseStatus Status,
    ImmutableList<ProcedureStep> StepsDone,
    DateOnly OpenedOn,
    long Version)
{
    public ExchangeReason? ExchangeReason { get; init; }

    /// <summary>The current record of each step, in the order recorded; a corrected step counts from its replacement.</summary>
    public ImmutableList<CaseStepRecord> Steps { get; init; } = [];

    public CaseMotion? Motion { get; init; }

    public CaseDecision? Decision { get; init; }

    public CasePublicNotice? PublicNotice { get; init; }

    public CaseApproval? Approval { get; init; }

    public CaseFiling? Filing { get; init; }

    public CaseSendingUnitConsent? SendingUnitConsent { get; init; }

    public CaseTransferQualification? TransferQualification { get; init; }

    public CaseAppointmentNotice? AppointmentNotice { get; init; }

    public CaseProbation? Probation { get; init; }

    public CaseSecondment? Secondment { get; init; }

    /// <summary>Why the case was withdrawn or rejected (for a refused approval, the authority's reason).</summary>
    public string? ClosingReason { get; init; }

    /// <summary>讨论决定 date.</summary>
    public DateOnly? DecidedOn { get; init; }

    /// <summary>When the move took effect: the appointment notice's takesEffectOn, or the secondment's start.</summary>
    public DateOnly? EffectiveOn { get; init; }

    /// <summary>When the case ended: closed, withdrawn or rejected.</summary>
    public DateOnly? ClosedOn { get; init; }

    public ImmutableList<CaseCorrection> Corrections { get; init; } = [];
}

/// <summary>A step as currently recorded: the stream version of its event (what a correction names) and its date.</summary>
public sealed record CaseStepRecord(ProcedureStep Step, long Version, DateOnly EffectiveOn)
{
    /// <summary>The case the step belongs to, set when it is read (steps[].details loads its event); never stored.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid CaseId { get; init; }
}

/// <summary>更正: the version corrected, its step, why, the day it was corrected and the version of the correction itself.</summary>
public sealed record CaseCorrection(long CorrectedVersion, ProcedureStep Step, string Reason, DateOnly CorrectedOn, long Version);

public sealed record CaseMotion(string ProposedBy, string Summary, DateOnly RaisedOn, string? OrganisingAuthority = null, string? DelegationReference = null);

public sealed record CaseDecision(
    DecisionBody Body, int MembersEntitled, int Attendees, int VotesFor, int VotesAgainst, int Abstentions, bool PrincipalSpokeLast, DateOnly DecidedOn);

public sealed record CasePublicNotice(string Scope, DateOnly StartOn, DateOnly EndOn, int ObjectionsReceived, int ObjectionsResolved);

/// <summary>报请审批 and its answer: <c>Granted</c> is null until answered.</summary>
public sealed record CaseApproval(
    string Authority, IReadOnlyList<string> Attachments, DateOnly RequestedOn,
    bool? Granted = null, string? AnsweredBy = null, string? Reference = null, string? RefusalReason = null, DateOnly? AnsweredOn = null);

/// <summary>报送备案 and its acceptance: <c>AcceptedOn</c> is null until accepted.</summary>
public sealed record CaseFiling(string Authority, IReadOnlyList<string> Attachments, DateOnly SubmittedOn, string? AcceptedBy = null, DateOnly? AcceptedOn = null);

public sealed record CaseSendingUnitConsent(Guid SendingUnitId, string ConsentReference, DateOnly ConsentedOn);

public sealed record CaseTransferQualification(QualificationRoute Route, string Reference, DateOnly ObtainedOn);

public sealed record CaseAppointmentNotice(DateOnly TakesEffectOn, bool OnProbation, int? ProbationMonths, DateOnly IssuedOn);

public sealed record CaseProbation(
    DateOnly StartOn, DateOnly PlannedEndOn, bool? Passed = null, string? Assessment = null, DateOnly? AssessedOn = null, DateOnly? FormallyAppointedOn = null);

/// <summary>挂职: <c>PlannedEnds</c> holds the planned end set at the start, then one per extension; the last counts.</summary>
public sealed record CaseSecondment(
    Guid SendingUnitId, Guid HostUnitId, Post? HostPost, DateOnly StartOn, ImmutableList<DateOnly> PlannedEnds,
    DateOnly? EndedOn = null, Post? RetainedInPost = null, string? RetentionReference = null)
{
    public DateOnly PlannedEndOn => PlannedEnds[^1];
}

/// <summary>Mirrors the Case decider's step bookkeeping (Case.Guards, Case.Corrections) and keeps what a case screen shows.</summary>
public sealed partial class CaseSummaryProjection : SingleStreamProjection<CaseSummary, Guid>
{
    /// <summary>
    /// One fold for every case event: the steps with something of their own to show are listed; any other step
    /// (<see cref="ICaseStep"/>) is kept as a step record, its details read from its event (StepDetails).
    /// </summary>
    public override CaseSummary? Evolve(CaseSummary? snapshot, Guid id, IEvent e) => (snapshot, e) switch
    {
        (null, IEvent<CaseOpened> opened) => Opened(opened.Data),
        ({ } current, IEvent<MotionRaised> recorded) => On(recorded, current),
        ({ } current, IEvent<CollectiveDecisionTaken> recorded) => On(recorded, current),
        ({ } current, IEvent<PublicNoticeGiven> recorded) => On(recorded, current),
        ({ } current, IEvent<ApprovalRequested> recorded) => On(recorded, current),
        ({ } current, IEvent<ApprovalGranted> recorded) => On(recorded, current),
        ({ } current, IEvent<ApprovalRefused> recorded) => On(recorded, current),
        ({ } current, IEvent<FilingSubmitted> recorded) => On(recorded, current),
        ({ } current, IEvent<FilingAccepted> recorded) => On(recorded, current),
        ({ } current, IEvent<SendingUnitConsentRecorded> recorded) => On(recorded, current),
        ({ } current, IEvent<TransferQualificationRecorded> recorded) => On(recorded, current),
        ({ } current, IEvent<AppointmentNoticeIssued> recorded) => On(recorded, current),
        ({ } current, IEvent<ProbationStarted> recorded) => On(recorded, current),
        ({ } current, IEvent<ProbationAssessed> recorded) => On(recorded, current),
        ({ } current, IEvent<FormallyAppointed> recorded) => On(recorded, current),
        ({ } current, IEvent<SecondmentStarted> recorded) => On(recorded, current),
        ({ } current, IEvent<SecondmentExtended> recorded) => On(recorded, current),
        ({ } current, IEvent<SecondmentEnded> recorded) => On(recorded, current),
        ({ } current, IEvent<SecondmentRetainedAtHost> recorded) => On(recorded, current),
        ({ } current, IEvent<CaseStepCorrected> recorded) => On(recorded, current),
        ({ } current, { Data: CaseWithdrawn recorded }) => On(recorded, current),
        ({ } current, { Data: CaseRejected recorded }) => On(recorded, current),
        ({ } current, { Data: ICaseStep step }) => Recorded(current, e.Version, step),
        (var current, _) => current,
    };

    private static CaseSummary Opened(CaseOpened e) =>
        new(e.CaseId, e.CaseNumber, e.Kind, e.Channel, e.CadreId, e.FromPost, e.ToPost, CaseStatus.Open, [], e.EffectiveOn, 1)
        {
            ExchangeReason = e.ExchangeReason,
        };

    private static CaseSummary On(IEvent<MotionRaised> e, CaseSummary current) =>
        Recorded(current, e.Version, e.Data) with
        {
            Motion = new(e.Data.ProposedBy, e.Data.Summary, e.Data.EffectiveOn, e.Data.OrganisingAuthority, e.Data.DelegationReference),
        };

    private static CaseSummary On(IEvent<CollectiveDecisionTaken> e, CaseSummary current)
    {
        var d = e.Data;
        return Recorded(current, e.Version, e.Data) with
        {
            Decision = new(d.Body, d.MembersEntitled, d.Attendees, d.VotesFor, d.VotesAgainst, d.Abstentions, d.PrincipalSpokeLast, d.EffectiveOn),
            DecidedOn = d.EffectiveOn,
        };
    }

    private static CaseSummary On(IEvent<PublicNoticeGiven> e, CaseSummary current) =>
        Recorded(current, e.Version, e.Data) with
        {
            PublicNotice = new(e.Data.Scope, e.Data.StartOn, e.Data.EndOn, e.Data.ObjectionsReceived, e.Data.ObjectionsResolved),
        };

    private static CaseSummary On(IEvent<ApprovalRequested> e, CaseSummary current) =>
        Recorded(current, e.Version, e.Data) with
        {
            Approval = current.Approval is { } answered
                ? answered with { Authority = e.Data.Authority, Attachments = e.Data.Attachments, RequestedOn = e.Data.EffectiveOn }
                : new(e.Data.Authority, e.Data.Attachments, e.Data.EffectiveOn),
        };

    private static CaseSummary On(IEvent<ApprovalGranted> e, CaseSummary current) =>
        Recorded(current, e.Version, e.Data) with
        {
            Approval = current.Approval! with
            {
                Granted = true,
                AnsweredBy = e.Data.Authority,
                Reference = e.Data.Reference,
                RefusalReason = null,
                AnsweredOn = e.Data.EffectiveOn,
            },
        };

    private static CaseSummary On(IEvent<ApprovalRefused> e, CaseSummary current) =>
        Recorded(current, e.Version, e.Data) with
        {
            Status = CaseStatus.Rejected,
            Approval = current.Approval! with
            {
                Granted = false,
                AnsweredBy = e.Data.Authority,
                Reference = null,
                RefusalReason = e.Data.Reason,
                AnsweredOn = e.Data.EffectiveOn,
            },
            ClosingReason = e.Data.Reason,
            ClosedOn = e.Data.EffectiveOn,
        };

    private static CaseSummary On(IEvent<FilingSubmitted> e, CaseSummary current) =>
        Recorded(current, e.Version, e.Data) with
        {
            Filing = current.Filing is { } accepted
                ? accepted with { Authority = e.Data.Authority, Attachments = e.Data.Attachments, SubmittedOn = e.Data.EffectiveOn }
                : new(e.Data.Authority, e.Data.Attachments, e.Data.EffectiveOn),
        };

    private static CaseSummary On(IEvent<FilingAccepted> e, CaseSummary current) =>
        Recorded(current, e.Version, e.Data) with
        {
            Filing = current.Filing! with { AcceptedBy = e.Data.Authority, AcceptedOn = e.Data.EffectiveOn },
        };

    private static CaseSummary On(IEvent<SendingUnitConsentRecorded> e, CaseSummary current) =>
        Recorded(current, e.Version, e.Data) with
        {
            SendingUnitConsent = new(e.Data.SendingUnitId, e.Data.ConsentReference, e.Data.EffectiveOn),
        };

    private static CaseSummary On(IEvent<TransferQualificationRecorded> e, CaseSummary current) =>
        Recorded(current, e.Version, e.Data) with
        {
            TransferQualification = new(e.Data.Route, e.Data.Reference, e.Data.EffectiveOn),
        };

    private static CaseSummary On(IEvent<AppointmentNoticeIssued> e, CaseSummary current) =>
        Recorded(current, e.Version, e.Data) with
        {
            Status = CaseStatus.Effective,
            AppointmentNotice = new(e.Data.TakesEffectOn, e.Data.OnProbation, e.Data.ProbationMonths, e.Data.EffectiveOn),
            EffectiveOn = e.Data.TakesEffectOn,
        };

    private static CaseSummary On(IEvent<ProbationStarted> e, CaseSummary current) =>
        Recorded(current, e.Version, e.Data) with
        {
            Probation = current.Probation is { } assessed
                ? assessed with { StartOn = e.Data.EffectiveOn, PlannedEndOn = e.Data.PlannedEndOn }
                : new(e.Data.EffectiveOn, e.Data.PlannedEndOn),
        };

    private static CaseSummary On(IEvent<ProbationAssessed> e, CaseSummary current) =>
        Recorded(current, e.Version, e.Data) with
        {
            Probation = current.Probation! with { Passed = e.Data.Passed, Assessment = e.Data.Assessment, AssessedOn = e.Data.EffectiveOn },
            Status = e.Data.Passed ? current.Status : CaseStatus.Closed,
            ClosedOn = e.Data.Passed ? current.ClosedOn : e.Data.EffectiveOn,
        };

    private static CaseSummary On(IEvent<FormallyAppointed> e, CaseSummary current) =>
        Recorded(current, e.Version, e.Data) with
        {
            Probation = current.Probation! with { FormallyAppointedOn = e.Data.EffectiveOn },
            Status = CaseStatus.Closed,
            ClosedOn = e.Data.EffectiveOn,
        };

    private static CaseSummary On(IEvent<SecondmentStarted> e, CaseSummary current)
    {
        var d = e.Data;
        var plannedEnds = current.Secondment is { } earlier ? earlier.PlannedEnds.SetItem(0, d.PlannedEndOn) : [d.PlannedEndOn];
        return Recorded(current, e.Version, e.Data) with
        {
            Status = CaseStatus.Effective,
            Secondment = current.Secondment is { } started
                ? started with { SendingUnitId = d.SendingUnitId, HostUnitId = d.HostUnitId, HostPost = d.HostPost, StartOn = d.EffectiveOn, PlannedEnds = plannedEnds }
                : new(d.SendingUnitId, d.HostUnitId, d.HostPost, d.EffectiveOn, plannedEnds),
            EffectiveOn = d.EffectiveOn,
        };
    }

    private static CaseSummary On(IEvent<SecondmentExtended> e, CaseSummary current) =>
        Recorded(current, e.Version, e.Data) with
        {
            Secondment = current.Secondment! with { PlannedEnds = current.Secondment.PlannedEnds.Add(e.Data.NewPlannedEndOn) },
        };

    private static CaseSummary On(IEvent<SecondmentEnded> e, CaseSummary current) =>
        Recorded(current, e.Version, e.Data) with
        {
            Secondment = current.Secondment! with { EndedOn = e.Data.EffectiveOn },
            Status = CaseStatus.Closed,
            ClosedOn = e.Data.EffectiveOn,
        };

    private static CaseSummary On(IEvent<SecondmentRetainedAtHost> e, CaseSummary current) =>
        Recorded(current, e.Version, e.Data) with
        {
            Secondment = current.Secondment! with
            {
                EndedOn = e.Data.EffectiveOn,
                RetainedInPost = e.Data.HostPost,
                RetentionReference = e.Data.DecisionReference,
            },
            Status = CaseStatus.Closed,
            ClosedOn = e.Data.EffectiveOn,
        };

    private static CaseSummary On(CaseWithdrawn e, CaseSummary current) =>
        current with { Status = CaseStatus.Withdrawn, ClosingReason = e.Reason, ClosedOn = e.EffectiveOn };

    private static CaseSummary On(CaseRejected e, CaseSummary current) =>
        current with { Status = CaseStatus.Rejected, ClosingReason = e.Reason, ClosedOn = e.EffectiveOn };

    /// <summary>The corrected step stops counting until its replacement (the next event) records it again.</summary>
    private static CaseSummary On(IEvent<CaseStepCorrected> e, CaseSummary current)
    {
        var d = e.Data;
        var withoutStep = WithSteps(current, current.Steps.RemoveAll(s => s.Step == d.Step));
        return withoutStep with
        {
            // As in the decider: correcting an extension drops the planned end it set.
            Secondment = d.Step == ProcedureStep.SecondmentExtension && current.Secondment is { } running
                ? running with { PlannedEnds = running.PlannedEnds.RemoveAt(running.PlannedEnds.Count - 1) }
                : current.Secondment,
            Corrections = current.Corrections.Add(new CaseCorrection(d.CorrectedVersion, d.Step, d.Reason, d.EffectiveOn, e.Version)),
        };
    }

    private static CaseSummary Recorded(CaseSummary current, long version, ICaseStep recorded) =>
        WithSteps(current, current.Steps.RemoveAll(s => s.Step == recorded.Step).Add(new CaseStepRecord(recorded.Step, version, recorded.EffectiveOn)));

    private static CaseSummary WithSteps(CaseSummary current, ImmutableList<CaseStepRecord> steps) =>
        current with { Steps = steps, StepsDone = [.. steps.Select(s => s.Step)] };
}
