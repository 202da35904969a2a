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

/// <summary>Where a case stands.</summary>
public enum CaseStatus
{
    Open,
    Effective,
    Closed,
    Withdrawn,
    Rejected,
}

/// <summary>Procedure steps in canonical order (catalogue §2.7).</summary>
public enum ProcedureStep
{
    /// <summary>动议</summary>
    Motion,

    /// <summary>民主推荐</summary>
    DemocraticRecommendation,

    /// <summary>确定考察对象</summary>
    InspectionTargets,

    /// <summary>考察</summary>
    Inspection,

    /// <summary>酝酿</summary>
    Consultation,

    /// <summary>讨论决定</summary>
    CollectiveDecision,

    /// <summary>公示</summary>
    PublicNotice,

    /// <summary>审批 / 备案</summary>
    ApprovalOrFiling,

    /// <summary>派出单位同意</summary>
    SendingUnitConsent,

    /// <summary>任职通知</summary>
    AppointmentNotice,

    /// <summary>试用期</summary>
    Probation,

    /// <summary>正式任职</summary>
    FormalAppointment,
}
