using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cases;

/// <summary>更正: which recorded step is wrong (its stream version) and why.</summary>
public sealed record Correction(long CorrectedVersion, string Reason);

/// <summary>
/// A step recorded wrongly is recorded again: <see cref="CaseStepCorrected"/> followed by the
/// replacement step event, appended together. The wrong record stays in the history, superseded.
/// </summary>
public sealed partial record Case
{
    /// <summary>
    /// Runs <paramref name="redo"/> — the step's own decision — on this case as if the corrected step had
    /// never been recorded, and returns [CaseStepCorrected, replacement].
    /// </summary>
    public IReadOnlyList<object> Correct(Correction correction, DateOnly today, Func<Case, object> redo)
    {
        EnsureNotClosed();
        var version = correction.CorrectedVersion;
        var reason = Require.Text(correction.Reason, "correction.reason", 500);
        if (CorrectedVersions.Contains(version))
            throw new DomainException(ErrorCodes.StepAlreadyCorrected,
                $"第 {version} 版已被更正，请更正最新记录 / Version {version} is already corrected; correct the newest record.",
                "correction.correctedVersion");
        var step = Steps.Where(s => s.Value.Version == version).Select(s => (ProcedureStep?)s.Key).FirstOrDefault()
            ?? throw new DomainException(ErrorCodes.CorrectionTargetInvalid,
                $"第 {version} 版不是本案某一步骤的当前记录 / Version {version} is not the current record of a step of this case.",
                "correction.correctedVersion");
        var replacement = redo(Without(step));
        if (ProcedureSteps.Of(replacement) is not { } redone || !ProcedureSteps.SameStep(step, redone))
            throw new DomainException(ErrorCodes.CorrectionStepMismatch,
                $"更正须重新记录“{ProcedureSteps.Name(step).Chinese}” / A correction of version {version} must re-record {ProcedureSteps.Name(step).English}.");
        return [new CaseStepCorrected(Id, version, step, reason, today), replacement];
    }

    /// <summary>The one entry point a step mutation needs: record the step, or correct it when a correction is given.</summary>
    public IReadOnlyList<object> Record(Correction? correction, DateOnly today, Func<Case, object> step) =>
        correction is null ? [step(this)] : Correct(correction, today, step);

    /// <summary>The state as if <paramref name="step"/> had not been recorded (an extension restores the previous planned end).</summary>
    private Case Without(ProcedureStep step) => step == ProcedureStep.SecondmentExtension && Steps.ContainsKey(step)
        ? this with { Steps = Steps.Remove(step), PlannedEnds = PlannedEnds.RemoveAt(PlannedEnds.Count - 1) }
        : this with { Steps = Steps.Remove(step) };

    public Case Apply(CaseStepCorrected e) => Without(e.Step) with { CorrectedVersions = CorrectedVersions.Add(e.CorrectedVersion) };
}
