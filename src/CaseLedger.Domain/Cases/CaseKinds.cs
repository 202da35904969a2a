namespace CaseLedger.Domain.Cases;

/// <summary>案件类别: exchange (交流), secondment (挂职) or appointment (任用).</summary>
public enum CaseKind
{
    Exchange,
    Secondment,
    Appointment,
}

/// <summary>How the person moves (domain README, "Cases").</summary>
public enum CaseChannel
{
    /// <summary>调任</summary>
    InboundTransfer,

    /// <summary>提拔调任</summary>
    PromotionalInboundTransfer,

    /// <summary>转任</summary>
    LateralTransfer,

    /// <summary>轮岗</summary>
    Rotation,

    /// <summary>双向交流</summary>
    ReciprocalExchange,

    /// <summary>对口交流</summary>
    PairedExchange,

    /// <summary>遴选</summary>
    OpenSelectionUpward,

    /// <summary>交流到企事业单位</summary>
    ExchangeToEnterprise,

    /// <summary>辞职创业</summary>
    ResignationToStartBusiness,

    /// <summary>外派挂职 (to lower levels, central ministries, enterprises, developed provinces)</summary>
    OutboundSecondment,

    /// <summary>接收挂职 (experts received from outside)</summary>
    InboundSecondment,

    /// <summary>第一书记</summary>
    VillageFirstSecretary,

    /// <summary>党建工作指导员</summary>
    PartyBuildingInstructor,

    /// <summary>竞争性选拔 (公开选拔, 公推比选, 竞争上岗)</summary>
    CompetitiveSelection,

    /// <summary>直接引进</summary>
    DirectIntroduction,

    /// <summary>聘任</summary>
    ContractAppointment,

    /// <summary>选举</summary>
    Election,

    /// <summary>考录</summary>
    ExamRecruitment,

    /// <summary>体制内提拔</summary>
    InternalPromotion,
}

public static class CaseChannels
{
    /// <summary>Every channel belongs to exactly one kind of case.</summary>
    public static CaseKind KindOf(CaseChannel channel) => channel switch
    {
        CaseChannel.InboundTransfer or CaseChannel.PromotionalInboundTransfer or CaseChannel.LateralTransfer
            or CaseChannel.Rotation or CaseChannel.ReciprocalExchange or CaseChannel.PairedExchange
            or CaseChannel.OpenSelectionUpward or CaseChannel.ExchangeToEnterprise
            or CaseChannel.ResignationToStartBusiness => CaseKind.Exchange,
        CaseChannel.OutboundSecondment or CaseChannel.InboundSecondment or CaseChannel.VillageFirstSecretary
            or CaseChannel.PartyBuildingInstructor => CaseKind.Secondment,
        _ => CaseKind.Appointment,
    };

    /// <summary>Case-number prefix: JL 交流, GZ 挂职, RY 任用.</summary>
    public static string NumberPrefix(CaseKind kind) => kind switch
    {
        CaseKind.Exchange => "JL",
        CaseKind.Secondment => "GZ",
        _ => "RY",
    };
}

/// <summary>交流原因: why an exchange is made; the favour-exchange signal (NX-NO-FAVOUR-EXCHANGE) reads it.</summary>
public enum ExchangeReason
{
    /// <summary>任职回避 / 任期交流: tenure or avoidance rules require the move</summary>
    PostRotationRequired,

    /// <summary>培养锻炼: training at the grassroots or in hard posts</summary>
    TrainingAtGrassroots,

    /// <summary>工作需要</summary>
    WorkNeeds,

    /// <summary>回避: kin or regional avoidance</summary>
    Avoidance,

    /// <summary>优化班子结构</summary>
    StructureImprovement,

    /// <summary>本人申请</summary>
    PersonalRequest,
}

/// <summary>Where a case stands.</summary>
public enum CaseStatus
{
    /// <summary>办理中: steps are being recorded.</summary>
    Open,

    /// <summary>
    /// 已生效: the appointment notice is issued or the secondment started. The end state of a case
    /// without probation; steps can still be recorded late or corrected.
    /// </summary>
    Effective,

    /// <summary>已办结: probation concluded (formal appointment or failed), or the secondment ended or was retained.</summary>
    Closed,

    /// <summary>已撤销: withdrawn before taking effect.</summary>
    Withdrawn,

    /// <summary>未获批准 / 否决: the upper authority refused, or the case was rejected before taking effect.</summary>
    Rejected,
}
