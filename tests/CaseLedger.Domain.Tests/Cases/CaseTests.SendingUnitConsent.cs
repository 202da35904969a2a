using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cases;

public partial class CaseTests
{
    [Fact]
    public void GivenOpened_WhenRecordSendingUnitConsent_ThenRecorded() =>
        Given(Opened()).When(c => c.RecordSendingUnitConsent(SendingUnitId, "同意函〔2024〕2号", Day(28)))
            .Then(new SendingUnitConsentRecorded(CaseId, SendingUnitId, "同意函〔2024〕2号", Day(28)));

    [Fact]
    public void GivenOpened_WhenConsentWithoutUnit_ThenFails() =>
        Given(Opened()).When(c => c.RecordSendingUnitConsent(Guid.Empty, "函", Day(28))).ThenFails(ErrorCodes.Required, "sendingUnitId");

    [Fact]
    public void GivenOpened_WhenConsentWithoutReference_ThenFails() =>
        Given(Opened()).When(c => c.RecordSendingUnitConsent(SendingUnitId, "", Day(28))).ThenFails(ErrorCodes.Required, "consentReference");

    [Fact]
    public void GivenConsent_WhenRecordAgain_ThenFails() =>
        Given(Opened(), new SendingUnitConsentRecorded(CaseId, SendingUnitId, "函", Day(28)))
            .When(c => c.RecordSendingUnitConsent(SendingUnitId, "函", Day(29))).ThenFails(ErrorCodes.StepAlreadyRecorded);

    [Theory]
    [MemberData(nameof(EndedCases))]
    public void GivenEndedCase_WhenRecordConsent_ThenFails(string how) =>
        Given(Ended(how)).When(c => c.RecordSendingUnitConsent(SendingUnitId, "函", Day(28))).ThenFails(ErrorCodes.CaseClosed);
}
