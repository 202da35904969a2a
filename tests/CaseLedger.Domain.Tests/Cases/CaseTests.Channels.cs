using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Tests.Cases;

public partial class CaseTests
{
    private static readonly Dictionary<CaseChannel, CaseKind> ExpectedKinds = new()
    {
        [CaseChannel.InboundTransfer] = CaseKind.Exchange,
        [CaseChannel.PromotionalInboundTransfer] = CaseKind.Exchange,
        [CaseChannel.LateralTransfer] = CaseKind.Exchange,
        [CaseChannel.Rotation] = CaseKind.Exchange,
        [CaseChannel.ReciprocalExchange] = CaseKind.Exchange,
        [CaseChannel.PairedExchange] = CaseKind.Exchange,
        [CaseChannel.OpenSelectionUpward] = CaseKind.Exchange,
        [CaseChannel.ExchangeToEnterprise] = CaseKind.Exchange,
        [CaseChannel.ResignationToStartBusiness] = CaseKind.Exchange,
        [CaseChannel.OutboundSecondment] = CaseKind.Secondment,
        [CaseChannel.InboundSecondment] = CaseKind.Secondment,
        [CaseChannel.VillageFirstSecretary] = CaseKind.Secondment,
        [CaseChannel.PartyBuildingInstructor] = CaseKind.Secondment,
        [CaseChannel.CompetitiveSelection] = CaseKind.Appointment,
        [CaseChannel.DirectIntroduction] = CaseKind.Appointment,
        [CaseChannel.ContractAppointment] = CaseKind.Appointment,
        [CaseChannel.Election] = CaseKind.Appointment,
        [CaseChannel.ExamRecruitment] = CaseKind.Appointment,
        [CaseChannel.InternalPromotion] = CaseKind.Appointment,
    };

    public static TheoryData<CaseChannel> AllChannels() => [.. Enum.GetValues<CaseChannel>()];

    public static TheoryData<CaseChannel> NonSecondmentChannels() =>
        [.. Enum.GetValues<CaseChannel>().Where(c => CaseChannels.KindOf(c) != CaseKind.Secondment)];

    [Fact]
    public void GivenEveryChannel_WhenKindOf_ThenEachHasItsKnownKind()
    {
        Assert.Equal(Enum.GetValues<CaseChannel>().Order(), ExpectedKinds.Keys.Order());
        Assert.All(ExpectedKinds, pair => Assert.Equal(pair.Value, CaseChannels.KindOf(pair.Key)));
    }

    /// <summary>Each channel runs through the decisions its kind needs, from Open to its end state.</summary>
    [Theory]
    [MemberData(nameof(AllChannels))]
    public void GivenAChannel_WhenCarriedThrough_ThenItEnds(CaseChannel channel)
    {
        var kind = CaseChannels.KindOf(channel);
        var state = Case.Evolve(null, Case.Open(CaseId, 7, channel, CadreId, FromPost, kind == CaseKind.Secondment ? null : ToPost, Day0,
            kind == CaseKind.Exchange ? ExchangeReason.TrainingAtGrassroots : null))!;
        Func<Case, object>[] steps = kind == CaseKind.Secondment
            ?
            [
                c => c.RaiseMotion("派出单位党组", "选派挂职", Day(1)),
                c => c.TakeCollectiveDecision(DecisionBody.PartyLeadershipGroup, 7, 7, 7, 0, 0, true, Day(5)),
                c => c.StartSecondment(SendingUnitId, HostUnitId, null, Day(10), Day(10).AddYears(2)),
                c => c.ExtendSecondment(Day(10).AddYears(3), Day(10).AddYears(2).AddDays(-30)),
                c => c.EndSecondment(Day(10).AddYears(3)),
            ]
            :
            [
                c => c.RaiseMotion("组织部", "拟任用", Day(1)),
                c => c.TakeCollectiveDecision(channel == CaseChannel.Election ? DecisionBody.ElectionCongress : DecisionBody.StandingCommittee,
                    11, 10, 9, 1, 0, true, Day(30)),
                c => c.GivePublicNotice("全区", Day(31), Day(38), 0, 0),
                c => c.IssueAppointmentNotice(Day(45), true, 12, Day(44)),
                c => c.StartProbation(Day(45), Day(45).AddYears(1)),
                c => c.AssessProbation(true, "胜任", Day(45).AddYears(1)),
                c => c.AppointFormally(Day(46).AddYears(1)),
            ];
        foreach (var step in steps)
            state = Case.Evolve(state, step(state))!;
        Assert.Equal((CaseStatus.Closed, channel, steps.Length + 1L), (state.Status, state.Channel, state.Version));
    }

    [Theory]
    [MemberData(nameof(NonSecondmentChannels))]
    public void GivenANonSecondmentChannel_WhenNoticeWithoutProbation_ThenItEndsEffective(CaseChannel channel)
    {
        var state = Fold(Opened(channel), Decision());
        state = Case.Evolve(state, state.IssueAppointmentNotice(Day(45), false, null, Day(44)))!;
        Assert.Equal(CaseStatus.Effective, state.Status);
    }
}
