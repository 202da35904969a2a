using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cases;

/// <summary>任职通知 → 试用期 → 正式任职 (TL-PROBATION-1Y), for exchanges and appointments, not secondments.</summary>
public sealed partial record Case
{
    /// <summary>Whether the appointment notice set a probation.</summary>
    public bool OnProbation { get; init; }

    /// <summary>The probation assessment's outcome, once assessed.</summary>
    public bool? ProbationPassed { get; init; }

    /// <summary>任职谈话 before the post is taken up; a secondment has no appointment. Its timing is the audit's to judge.</summary>
    public AppointmentTalkHeld HoldAppointmentTalk(string talkedBy, DateOnly effectiveOn)
    {
        EnsureNew(ProcedureStep.AppointmentTalk);
        EnsureNotKind(CaseKind.Secondment, ProcedureStep.AppointmentTalk);
        return new AppointmentTalkHeld(Id, Require.Text(talkedBy, "talkedBy"), effectiveOn);
    }

    /// <summary>Needs the collective decision it executes; the case becomes Effective.</summary>
    public AppointmentNoticeIssued IssueAppointmentNotice(DateOnly takesEffectOn, bool onProbation, int? probationMonths, DateOnly effectiveOn)
    {
        EnsureNew(ProcedureStep.AppointmentNotice);
        EnsureNotKind(CaseKind.Secondment, ProcedureStep.AppointmentNotice);
        Needs(ProcedureStep.CollectiveDecision, ProcedureStep.AppointmentNotice);
        if (onProbation && probationMonths is null)
            throw new DomainException(ErrorCodes.Required, "试用任职须填写试用期月数 / A probationary appointment needs its length.", "probationMonths");
        if (onProbation)
            Require.Positive(probationMonths!.Value, "probationMonths");
        else if (probationMonths is not null)
            throw new DomainException(ErrorCodes.InconsistentInput, "未设试用期却填写了月数 / Probation months without a probation.", "probationMonths");
        else if (Steps.ContainsKey(ProcedureStep.Probation))
            throw new DomainException(ErrorCodes.InconsistentInput, "试用期已开始 / A probation has already started.", "onProbation");
        return new AppointmentNoticeIssued(Id, takesEffectOn, onProbation, probationMonths, effectiveOn);
    }

    /// <summary>Counted from the notice (TY01 Art 3), so it cannot start before the notice was issued.</summary>
    public ProbationStarted StartProbation(DateOnly startOn, DateOnly plannedEndOn)
    {
        EnsureNew(ProcedureStep.Probation);
        EnsureNotKind(CaseKind.Secondment, ProcedureStep.Probation);
        var notice = Needs(ProcedureStep.AppointmentNotice, ProcedureStep.Probation);
        if (!OnProbation)
            throw new DomainException(ErrorCodes.NoProbation, "任职通知未设试用期 / The appointment notice set no probation.");
        NotBefore(startOn, notice, ProcedureStep.AppointmentNotice, ProcedureStep.Probation, "startOn");
        if (plannedEndOn <= startOn)
            throw new DomainException(ErrorCodes.EndBeforeStart, "试用期结束日须晚于开始日 / The probation must end after it starts.", "plannedEndOn");
        return new ProbationStarted(Id, plannedEndOn, startOn);
    }

    /// <summary>A failed assessment closes the case: the cadre leaves the trial post (免去试任职务).</summary>
    public ProbationAssessed AssessProbation(bool passed, string assessment, DateOnly effectiveOn)
    {
        EnsureNew(ProcedureStep.ProbationAssessment);
        var started = Needs(ProcedureStep.Probation, ProcedureStep.ProbationAssessment);
        NotBefore(effectiveOn, started, ProcedureStep.Probation, ProcedureStep.ProbationAssessment, "effectiveOn");
        return new ProbationAssessed(Id, passed, Require.Text(assessment, "assessment", 2000), effectiveOn);
    }

    /// <summary>Only after a passed assessment (a failed one has closed the case); the case closes.</summary>
    public FormallyAppointed AppointFormally(DateOnly effectiveOn)
    {
        EnsureNew(ProcedureStep.FormalAppointment);
        var assessed = Needs(ProcedureStep.ProbationAssessment, ProcedureStep.FormalAppointment);
        return new FormallyAppointed(Id, NotBefore(effectiveOn, assessed, ProcedureStep.ProbationAssessment, ProcedureStep.FormalAppointment,
            "effectiveOn"));
    }

    public Case Apply(AppointmentNoticeIssued e) =>
        Recorded(e.Step, e.EffectiveOn) with { Status = CaseStatus.Effective, OnProbation = e.OnProbation };

    public Case Apply(ProbationAssessed e) =>
        Recorded(e.Step, e.EffectiveOn) with
        {
            ProbationPassed = e.Passed,
            Status = e.Passed ? Status : CaseStatus.Closed,
        };

    public Case Apply(FormallyAppointed e) => Recorded(e.Step, e.EffectiveOn) with { Status = CaseStatus.Closed };
}
