using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cases;

/// <summary>The structural checks every step shares, with bilingual messages that name the step.</summary>
public sealed partial record Case
{
    /// <summary>Marks <paramref name="step"/> as recorded by the event being applied (Evolve has already counted it).</summary>
    private Case Recorded(ProcedureStep step, DateOnly effectiveOn) =>
        this with { Steps = Steps.SetItem(step, new StepRecord(Version, effectiveOn)) };

    private void EnsureNotClosed()
    {
        if (Status is CaseStatus.Closed or CaseStatus.Withdrawn or CaseStatus.Rejected)
            throw new DomainException(ErrorCodes.CaseClosed, $"案件已结束（{Status}） / The case is {Status}.");
    }

    private void EnsureNotEffective()
    {
        EnsureNotClosed();
        if (Status == CaseStatus.Effective)
            throw new DomainException(ErrorCodes.CaseAlreadyEffective, "案件已生效 / The case has already taken effect.");
    }

    private void EnsureKind(CaseKind kind, ProcedureStep step)
    {
        if (Kind != kind)
            throw new DomainException(ErrorCodes.WrongCaseKind,
                $"{Kind} 案件没有“{ProcedureSteps.Name(step).Chinese}” / A {Kind} case has no {ProcedureSteps.Name(step).English}.");
    }

    private void EnsureNotKind(CaseKind kind, ProcedureStep step)
    {
        if (Kind == kind)
            throw new DomainException(ErrorCodes.WrongCaseKind,
                $"{Kind} 案件没有“{ProcedureSteps.Name(step).Chinese}” / A {Kind} case has no {ProcedureSteps.Name(step).English}.");
    }

    /// <summary>Open or effective, and the step not yet recorded: a second record must come as a correction.</summary>
    private void EnsureNew(ProcedureStep step)
    {
        EnsureNotClosed();
        if (Steps.TryGetValue(step, out var done))
        {
            var (zh, en) = ProcedureSteps.Name(step);
            throw new DomainException(ErrorCodes.StepAlreadyRecorded,
                $"“{zh}”已记录（第 {done.Version} 版），如需修改请更正该版本 / {en} is already recorded (version {done.Version}); correct that version instead.");
        }
    }

    /// <summary>The record of a step this one depends on; STEP_MISSING names it.</summary>
    private StepRecord Needs(ProcedureStep prerequisite, ProcedureStep step)
    {
        if (Steps.TryGetValue(prerequisite, out var record))
            return record;
        var (zh, en) = ProcedureSteps.Name(prerequisite);
        var (stepZh, stepEn) = ProcedureSteps.Name(step);
        throw new DomainException(ErrorCodes.StepMissing,
            $"缺少“{zh}”，不能记录“{stepZh}” / {en} is missing, so {stepEn} cannot be recorded.");
    }

    /// <summary>For steps that answer or follow from another (a grant answers a request), the date cannot precede it.</summary>
    private static DateOnly NotBefore(DateOnly effectiveOn, StepRecord prerequisite, ProcedureStep prerequisiteStep, ProcedureStep step, string field)
    {
        if (effectiveOn >= prerequisite.EffectiveOn)
            return effectiveOn;
        var (zh, en) = ProcedureSteps.Name(prerequisiteStep);
        var (stepZh, stepEn) = ProcedureSteps.Name(step);
        throw new DomainException(ErrorCodes.StepOutOfOrder,
            $"“{stepZh}”的日期早于“{zh}”（{prerequisite.EffectiveOn:yyyy-MM-dd}） / {stepEn} is dated before {en} ({prerequisite.EffectiveOn:yyyy-MM-dd}).",
            field);
    }
}
