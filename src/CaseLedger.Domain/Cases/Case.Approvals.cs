using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cases;

/// <summary>审批 / 备案 by the upper authority, and the sending unit's consent. An answer needs its request.</summary>
public sealed partial record Case
{
    /// <summary>Attachments may be empty: a missing attachment is an audit finding (TL-APPROVAL-AND-FILING).</summary>
    public ApprovalRequested RequestApproval(string authority, IReadOnlyList<string> attachments, DateOnly effectiveOn)
    {
        EnsureNew(ProcedureStep.ApprovalRequest);
        return new ApprovalRequested(Id, Require.Text(authority, "authority"), Texts(attachments, "attachments"), effectiveOn);
    }

    public ApprovalGranted GrantApproval(string authority, string reference, DateOnly effectiveOn, ApprovalPurpose? purpose = null)
    {
        var requested = Answering(ProcedureStep.ApprovalRequest, ProcedureStep.Approval, effectiveOn);
        return new ApprovalGranted(Id, Require.Text(authority, "authority"), Require.Text(reference, "reference"), requested, purpose ?? ApprovalPurpose.Routine);
    }

    /// <summary>The case becomes Rejected.</summary>
    public ApprovalRefused RefuseApproval(string authority, string reason, DateOnly effectiveOn)
    {
        var requested = Answering(ProcedureStep.ApprovalRequest, ProcedureStep.Approval, effectiveOn);
        return new ApprovalRefused(Id, Require.Text(authority, "authority"), Require.Text(reason, "reason", 500), requested);
    }

    public FilingSubmitted SubmitFiling(string authority, IReadOnlyList<string> attachments, DateOnly effectiveOn)
    {
        EnsureNew(ProcedureStep.FilingSubmission);
        return new FilingSubmitted(Id, Require.Text(authority, "authority"), Texts(attachments, "attachments"), effectiveOn);
    }

    public FilingAccepted AcceptFiling(string authority, DateOnly effectiveOn)
    {
        var submitted = Answering(ProcedureStep.FilingSubmission, ProcedureStep.Filing, effectiveOn);
        return new FilingAccepted(Id, Require.Text(authority, "authority"), submitted);
    }

    public SendingUnitConsentRecorded RecordSendingUnitConsent(Guid sendingUnitId, string consentReference, DateOnly effectiveOn)
    {
        EnsureNew(ProcedureStep.SendingUnitConsent);
        return new SendingUnitConsentRecorded(Id, Require.Id(sendingUnitId, "sendingUnitId"), Require.Text(consentReference, "consentReference"),
            effectiveOn);
    }

    private DateOnly Answering(ProcedureStep request, ProcedureStep answer, DateOnly effectiveOn)
    {
        EnsureNew(answer);
        return NotBefore(effectiveOn, Needs(request, answer), request, answer, "effectiveOn");
    }

    private static IReadOnlyList<string> Texts(IReadOnlyList<string> values, string field) => [.. values.Select(v => Require.Text(v, field))];

    public Case Apply(ApprovalRefused e) => Recorded(e.Step, e.EffectiveOn) with { Status = CaseStatus.Rejected };
}
