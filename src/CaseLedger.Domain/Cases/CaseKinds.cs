using System.ComponentModel;

namespace CaseLedger.Domain.Cases;

/// <summary>案件类别: exchange (交流), secondment (挂职) or appointment (任用).</summary>
[Description("案件类别 / kind of case: exchange (交流), secondment (挂职) or appointment (任用). The channel decides it.")]
public enum CaseKind
{
    [Description("交流 / exchange (case numbers JL-…)")]
    Exchange,
    [Description("挂职 / secondment (case numbers GZ-…)")]
    Secondment,
    [Description("任用 / appointment (case numbers RY-…)")]
    Appointment,
}

/// <summary>How the person moves (domain README, "Cases").</summary>
[Description("交流、挂职、任用渠道 / channel: how the cadre moves; each belongs to exactly one case kind.")]
public enum CaseChannel
{
    [Description("调任 / inbound transfer into the civil service (exchange)")]
    InboundTransfer,

    [Description("提拔调任 / inbound transfer that also promotes (exchange)")]
    PromotionalInboundTransfer,

    [Description("转任 / lateral transfer (exchange)")]
    LateralTransfer,

    [Description("轮岗 / rotation (exchange)")]
    Rotation,

    [Description("双向交流 / two-way exchange between regional organs and cities/counties (exchange)")]
    ReciprocalExchange,

    [Description("对口交流 / paired exchange (exchange)")]
    PairedExchange,

    [Description("遴选 / selection upward from lower levels (exchange)")]
    OpenSelectionUpward,

    [Description("交流到企事业单位 / exchange to enterprises or institutions (exchange)")]
    ExchangeToEnterprise,

    [Description("辞职创业 / resignation to start a business (exchange; no post to move to)")]
    ResignationToStartBusiness,

    [Description("外派挂职 / outbound secondment to lower levels, central ministries, enterprises or developed provinces (secondment)")]
    OutboundSecondment,

    [Description("接收挂职 / inbound secondment of experts from outside (secondment)")]
    InboundSecondment,

    [Description("第一书记 / first secretary in a registered poor village (secondment)")]
    VillageFirstSecretary,

    [Description("党建工作指导员 / party-building instructor to non-public or social organisations (secondment)")]
    PartyBuildingInstructor,

    [Description("竞争性选拔（公开选拔、公推比选、竞争上岗） / competitive selection (appointment)")]
    CompetitiveSelection,

    [Description("直接引进 / direct introduction (appointment)")]
    DirectIntroduction,

    [Description("聘任 / contract appointment (appointment)")]
    ContractAppointment,

    [Description("选举 / election (appointment)")]
    Election,

    [Description("考录（定向考录、公开招录） / exam recruitment (appointment)")]
    ExamRecruitment,

    [Description("体制内提拔 / promotion within the system (appointment)")]
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
[Description("交流原因 / why an exchange is made; the favour-exchange signal (NX-NO-FAVOUR-EXCHANGE) reads it. Exchanges only.")]
public enum ExchangeReason
{
    [Description("任期交流、任职回避 / tenure or avoidance rules require the move")]
    PostRotationRequired,

    [Description("培养锻炼 / training at the grassroots or in hard posts")]
    TrainingAtGrassroots,

    [Description("工作需要 / work needs")]
    WorkNeeds,

    [Description("回避 / kin or regional avoidance")]
    Avoidance,

    [Description("优化班子结构 / improving the leadership team's structure")]
    StructureImprovement,

    [Description("本人申请 / at the cadre's own request")]
    PersonalRequest,
}

/// <summary>Where a case stands.</summary>
[Description("案件状态 / where a case stands.")]
public enum CaseStatus
{
    [Description("办理中 / open: steps are being recorded")]
    Open,

    [Description("已生效 / effective: the appointment notice is issued or the secondment started; the end state of a case without probation. Steps can still be recorded late or corrected")]
    Effective,

    [Description("已办结 / closed: probation concluded (formal appointment or failed), or the secondment ended or was retained at the host")]
    Closed,

    [Description("已撤销 / withdrawn before taking effect")]
    Withdrawn,

    [Description("未获批准、否决 / rejected: the upper authority refused, or the case was rejected before taking effect")]
    Rejected,
}
