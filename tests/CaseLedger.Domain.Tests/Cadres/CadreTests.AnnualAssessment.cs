using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cadres;

public partial class CadreTests
{
    private static AnnualAssessmentRecorded Assessed2023() => new(CadreId, 2023, AssessmentGrade.Competent, Today);

    [Fact]
    public void GivenRegistered_WhenRecordAnnualAssessment_ThenRecorded() =>
        Given(Registered()).When(c => c.RecordAnnualAssessment(2023, AssessmentGrade.Competent, Today, Today)).Then(Assessed2023());

    [Fact]
    public void GivenAssessed_WhenRecordSameYear_ThenFailsAskingForCorrection() =>
        Assert.Contains("correct", Given(Registered(), Assessed2023())
            .When(c => c.RecordAnnualAssessment(2023, AssessmentGrade.Excellent, Today, Today))
            .ThenFails(ErrorCodes.AssessmentAlreadyRecorded, "year").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(2006)]
    [InlineData(2025)]
    public void GivenRegistered_WhenRecordYearOutsideWorkingLife_ThenFails(int year) =>
        Given(Registered()).When(c => c.RecordAnnualAssessment(year, AssessmentGrade.Competent, Today, Today))
            .ThenFails(ErrorCodes.AssessmentYearInvalid, "year");

    [Fact]
    public void GivenAssessed_WhenCorrectAssessment_ThenCorrected() =>
        Given(Registered(), Assessed2023()).When(c => c.CorrectAnnualAssessment(2023, AssessmentGrade.Excellent, "录入错误", Today))
            .Then(new AnnualAssessmentCorrected(CadreId, 2023, AssessmentGrade.Competent, AssessmentGrade.Excellent, "录入错误", Today));

    [Fact]
    public void GivenCorrected_WhenCorrectToTheCorrectedGrade_ThenFails() =>
        Given(Registered(), Assessed2023(),
                new AnnualAssessmentCorrected(CadreId, 2023, AssessmentGrade.Competent, AssessmentGrade.Excellent, "r", Today))
            .When(c => c.CorrectAnnualAssessment(2023, AssessmentGrade.Excellent, "r", Today)).ThenFails(ErrorCodes.NoChange, "grade");

    [Fact]
    public void GivenRegistered_WhenCorrectUnrecordedYear_ThenFails() =>
        Given(Registered()).When(c => c.CorrectAnnualAssessment(2023, AssessmentGrade.Excellent, "r", Today))
            .ThenFails(ErrorCodes.AssessmentNotRecorded, "year");

    [Fact]
    public void GivenAssessed_WhenCorrectWithoutReason_ThenFails() =>
        Given(Registered(), Assessed2023()).When(c => c.CorrectAnnualAssessment(2023, AssessmentGrade.Excellent, "", Today))
            .ThenFails(ErrorCodes.Required, "reason");
}
