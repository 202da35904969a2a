using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cases;

public partial class CaseTests
{
    [Fact]
    public void GivenNothing_WhenOpenAppointment_ThenOpenedWithNumber() =>
        Given().When(_ => Case.Open(CaseId, 1, CaseChannel.InternalPromotion, CadreId, FromPost, ToPost, Day0)).Then(Opened());

    [Fact]
    public void GivenNothing_WhenOpenExchangeWithReason_ThenOpened() =>
        Given().When(_ => Case.Open(CaseId, 1, CaseChannel.LateralTransfer, CadreId, FromPost, ToPost, Day0, ExchangeReason.WorkNeeds))
            .Then(Opened(CaseChannel.LateralTransfer));

    [Fact]
    public void GivenNothing_WhenOpenSecondmentWithoutPost_ThenOpened() =>
        Given().When(_ => Case.Open(CaseId, 1, CaseChannel.OutboundSecondment, CadreId, FromPost, null, Day0)).Then(SecondmentOpened());

    [Fact]
    public void GivenNothing_WhenOpenResignationToStartBusinessWithoutPost_ThenOpened() =>
        Given().When(_ => Case.Open(CaseId, 1, CaseChannel.ResignationToStartBusiness, CadreId, FromPost, null, Day0, ExchangeReason.PersonalRequest))
            .Then(Opened(CaseChannel.ResignationToStartBusiness) with { ToPost = null, ExchangeReason = ExchangeReason.PersonalRequest });

    [Fact]
    public void GivenNothing_WhenOpenAppointmentWithoutPost_ThenFails() =>
        Given().When(_ => Case.Open(CaseId, 1, CaseChannel.DirectIntroduction, CadreId, null, null, Day0))
            .ThenFails(ErrorCodes.ToPostRequired, "toPost");

    [Fact]
    public void GivenNothing_WhenOpenExchangeWithoutReason_ThenFails() =>
        Given().When(_ => Case.Open(CaseId, 1, CaseChannel.Rotation, CadreId, FromPost, ToPost, Day0))
            .ThenFails(ErrorCodes.Required, "exchangeReason");

    [Fact]
    public void GivenNothing_WhenOpenAppointmentWithExchangeReason_ThenFails() =>
        Given().When(_ => Case.Open(CaseId, 1, CaseChannel.Election, CadreId, FromPost, ToPost, Day0, ExchangeReason.WorkNeeds))
            .ThenFails(ErrorCodes.InconsistentInput, "exchangeReason");

    [Fact]
    public void GivenOpened_WhenFolded_ThenOpenAtVersionOne()
    {
        var state = Fold(Opened(CaseChannel.VillageFirstSecretary));
        Assert.Equal((CaseStatus.Open, CaseKind.Secondment, 1L), (state.Status, state.Kind, state.Version));
        Assert.Empty(state.Steps);
    }
}
