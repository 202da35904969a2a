using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cases;

/// <summary>The steps before the decision: 动议 → 民主推荐 → 确定考察对象 → 考察 → 酝酿.</summary>
public sealed partial record Case
{
    public MotionRaised RaiseMotion(string proposedBy, string summary, DateOnly effectiveOn, string? organisingAuthority = null, string? delegationReference = null)
    {
        EnsureNew(ProcedureStep.Motion);
        return new MotionRaised(Id, Require.Text(proposedBy, "proposedBy"), Require.Text(summary, "summary", 2000), effectiveOn,
            Optional(organisingAuthority, "organisingAuthority"), Optional(delegationReference, "delegationReference"));
    }

    private static string? Optional(string? text, string field) => string.IsNullOrWhiteSpace(text) ? null : Require.Text(text, field);

    /// <summary>One record per mode: an interview survey and a meeting may both be held (TL-RECOMMENDATION).</summary>
    /// <summary>
    /// A directed recommendation names its post: by id (<paramref name="directedPostId"/>, a post's <see cref="Post.IdOf"/>), by title
    /// (<paramref name="directedPost"/>, the older way), or both. Whether that is the case's post is the audit's to judge (RECO-VALID-1Y).
    /// </summary>
    public DemocraticRecommendationHeld HoldDemocraticRecommendation(
        RecommendationMode mode, bool directed, string? directedPost, int participants, int candidateCount, DateOnly effectiveOn,
        Guid? directedPostId = null)
    {
        EnsureNew(mode == RecommendationMode.InterviewSurvey ? ProcedureStep.InterviewRecommendation : ProcedureStep.MeetingRecommendation);
        if (!directed && (directedPost is not null || directedPostId is not null))
            throw new DomainException(ErrorCodes.InconsistentInput,
                "非定向推荐没有定向职位 / An undirected recommendation has no directed post.", directedPostId is not null ? "directedPostId" : "directedPost");
        if (directedPostId == Guid.Empty)
            throw new DomainException(ErrorCodes.Required, "定向职位 id 不能为空 / directedPostId cannot be the empty id.", "directedPostId");
        var title = !directed ? null : directedPostId is null || directedPost is not null ? Require.Text(directedPost, "directedPost") : null;
        return new DemocraticRecommendationHeld(Id, mode, directed, title,
            Require.Positive(participants, "participants"), Require.Positive(candidateCount, "candidateCount"), effectiveOn, directed ? directedPostId : null);
    }

    public InspectionTargetsDetermined DetermineInspectionTargets(IReadOnlyList<string> candidates, DateOnly effectiveOn)
    {
        EnsureNew(ProcedureStep.InspectionTargets);
        return new InspectionTargetsDetermined(Id, Require.Texts(candidates, "candidates", 50), effectiveOn);
    }

    /// <summary>A one-person team is recorded: TL-INSPECTION (team ≥ 2) is the audit's to flag.</summary>
    public InspectionCompleted CompleteInspection(IReadOnlyList<string> teamMembers, string reportReference, DateOnly effectiveOn)
    {
        EnsureNew(ProcedureStep.Inspection);
        return new InspectionCompleted(Id, Require.Texts(teamMembers, "teamMembers", 50), Require.Text(reportReference, "reportReference"),
            effectiveOn);
    }

    public ConsultationHeld HoldConsultation(IReadOnlyList<string> consultedParties, DateOnly effectiveOn)
    {
        EnsureNew(ProcedureStep.Consultation);
        return new ConsultationHeld(Id, Require.Texts(consultedParties, "consultedParties"), effectiveOn);
    }
}
