using System.ComponentModel;

namespace CaseLedger.Domain.Cases;

/// <summary>民主推荐方式 (TL-RECOMMENDATION).</summary>
[Description("民主推荐方式 / democratic recommendation mode (TL-RECOMMENDATION).")]
public enum RecommendationMode
{
    [Description("谈话调研推荐 / interview survey")]
    InterviewSurvey,

    [Description("会议推荐 / meeting")]
    Meeting,
}

/// <summary>
/// Who took the decision (TL-DECISION-COLLECTIVE). A 书记办公会 or 圈阅 is not a valid body, but it is
/// recorded as it happened so the audit can flag it.
/// </summary>
[Description("决策机构 / the body that took the decision (TL-DECISION-COLLECTIVE). A 书记办公会 or 圈阅 is not a valid body but is recorded as it happened so the audit can flag it.")]
public enum DecisionBody
{
    [Description("常委会 / standing committee")]
    StandingCommittee,

    [Description("党组（党委）会 / party leadership group (party committee) meeting")]
    PartyLeadershipGroup,

    [Description("全委会 / plenary session")]
    PlenarySession,

    [Description("书记办公会 / secretaries' meeting (not a valid decision body)")]
    SecretariesMeeting,

    [Description("圈阅 / approval by circulation (not a valid decision body)")]
    CirculationApproval,

    [Description("选举：人大、党代会、职代会 / electing congress")]
    ElectionCongress,
}

/// <summary>What an approval (批准) is for: a routine approval of the move does not approve an exception to a condition.</summary>
[Description("审批事项 / what an approval is for. Every local 调任 is approved routinely; breaking an age cap needs an approval recorded as an age exception, a 越级/破格 promotion its prior approval.")]
public enum ApprovalPurpose
{
    [Description("常规审批 / routine approval of the move (e.g. every 调任); approves no exception")]
    Routine,

    [Description("年龄破格 / exception to an age cap (原则上/一般不超过…周岁)")]
    AgeException,

    [Description("越级、破格提拔事先报批 / prior approval of a skip-level or exceptional promotion")]
    ExceptionalPromotion,

    [Description("提拔调任审批 / approval of a promotion transfer (NX-PROMO-TRANSFER-APPROVAL)")]
    PromotionTransfer,

    [Description("其他资格条件破格 / exception to another condition (education, seniority); the reference names it")]
    OtherConditionException,
}

/// <summary>
/// 取得拟调任职务任职资格的途径 (NX-PROMO-TRANSFER-ELIGIBILITY): the competitive selections the policy names
/// (公开选拔、公推比选、竞争上岗 and, for its "等", another competitive selection) or a leadership-team re-election.
/// </summary>
[Description("取得拟调任职务任职资格的途径 / how the qualification for a promotion transfer's post was obtained (NX-PROMO-TRANSFER-ELIGIBILITY).")]
public enum QualificationRoute
{
    [Description("公开选拔 / open selection")]
    OpenSelection,

    [Description("公推比选 / public recommendation and comparative selection")]
    PublicRecommendationComparison,

    [Description("竞争上岗 / competition for the post")]
    CompetitionForPost,

    [Description("其他竞争性选拔 / another competitive selection (the policy's 等); the reference names it")]
    OtherCompetitiveSelection,

    [Description("领导班子换届 / leadership-team re-election")]
    LeadershipTeamElection,
}
