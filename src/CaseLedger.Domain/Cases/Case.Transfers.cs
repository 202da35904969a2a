using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cases;

/// <summary>
/// Steps of particular channels: the qualification for a promotion transfer and the sending unit's opinion (调任), the
/// examination of a competitive selection (公开选拔、竞争上岗), and the eligibility review both channels hold.
/// </summary>
public sealed partial record Case
{
    /// <summary>Exchanges only (调任 is an exchange channel); whether the case needs it is for the audit to judge.</summary>
    public TransferQualificationRecorded RecordTransferQualification(QualificationRoute route, string reference, DateOnly effectiveOn)
    {
        EnsureKind(CaseKind.Exchange, ProcedureStep.TransferQualification);
        EnsureNew(ProcedureStep.TransferQualification);
        return new TransferQualificationRecorded(Id, route, Require.Text(reference, "reference"), effectiveOn);
    }

    /// <summary>Any exchange (调任 needs it, TR08-PROCEDURE-ORDER; a 转任 may seek it too); a disagreeing opinion is recorded as given.</summary>
    public SendingUnitOpinionRecorded RecordSendingUnitOpinion(Guid sendingUnitId, bool agrees, string opinionReference, DateOnly effectiveOn)
    {
        EnsureKind(CaseKind.Exchange, ProcedureStep.SendingUnitOpinion);
        EnsureNew(ProcedureStep.SendingUnitOpinion);
        return new SendingUnitOpinionRecorded(Id, Require.Id(sendingUnitId, "sendingUnitId"), agrees, Require.Text(opinionReference, "opinionReference"), effectiveOn);
    }

    /// <summary>Appointment cases (公开选拔、竞争上岗 are appointment channels); which channel needs it is for the audit to judge.</summary>
    public ExaminationHeld HoldExamination(int candidates, string resultsReference, DateOnly effectiveOn)
    {
        EnsureKind(CaseKind.Appointment, ProcedureStep.Examination);
        EnsureNew(ProcedureStep.Examination);
        return new ExaminationHeld(Id, Require.Positive(candidates, "candidates"), Require.Text(resultsReference, "resultsReference"), effectiveOn);
    }

    /// <summary>
    /// Exchange and appointment cases (调任, 公开选拔、竞争上岗 hold one; any other channel may record one); a review that did not
    /// pass is recorded as found, and whether the case needed one, and what followed it, is for the audit to judge.
    /// </summary>
    public EligibilityReviewed ReviewEligibility(bool passed, string reviewedBy, IReadOnlyList<string> @checked, DateOnly effectiveOn)
    {
        EnsureNotKind(CaseKind.Secondment, ProcedureStep.EligibilityReview);
        EnsureNew(ProcedureStep.EligibilityReview);
        return new EligibilityReviewed(Id, passed, Require.Text(reviewedBy, "reviewedBy"), Require.Texts(@checked, "checked", 50), effectiveOn);
    }
}
