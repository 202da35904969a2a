using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cases;

/// <summary>What a 调任 needs from outside its own procedure: the qualification for a promotion transfer.</summary>
public sealed partial record Case
{
    /// <summary>Exchanges only (调任 is an exchange channel); whether the case needs it is for the audit to judge.</summary>
    public TransferQualificationRecorded RecordTransferQualification(QualificationRoute route, string reference, DateOnly effectiveOn)
    {
        EnsureKind(CaseKind.Exchange, ProcedureStep.TransferQualification);
        EnsureNew(ProcedureStep.TransferQualification);
        return new TransferQualificationRecorded(Id, route, Require.Text(reference, "reference"), effectiveOn);
    }
}
