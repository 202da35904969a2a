namespace CaseLedger.Domain.Cases;

/// <summary>民主推荐方式 (TL-RECOMMENDATION).</summary>
public enum RecommendationMode
{
    /// <summary>谈话调研推荐</summary>
    InterviewSurvey,

    /// <summary>会议推荐</summary>
    Meeting,
}

/// <summary>
/// Who took the decision (TL-DECISION-COLLECTIVE). A 书记办公会 or 圈阅 is not a valid body, but it is
/// recorded as it happened so the audit can flag it.
/// </summary>
public enum DecisionBody
{
    /// <summary>常委会</summary>
    StandingCommittee,

    /// <summary>党组（党委）会</summary>
    PartyLeadershipGroup,

    /// <summary>全委会</summary>
    PlenarySession,

    /// <summary>书记办公会 (not a valid decision body)</summary>
    SecretariesMeeting,

    /// <summary>圈阅 (not a valid decision body)</summary>
    CirculationApproval,

    /// <summary>选举: 人大、党代会、职代会</summary>
    ElectionCongress,
}
