using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Tests.Testing;

namespace CaseLedger.Domain.Tests.Cadres;

public partial class CadreTests
{
    private static readonly DateOnly Today = new(2024, 3, 1);
    private static readonly DateOnly BirthDate = new(1985, 6, 15);
    private static readonly Guid CadreId = Guid.Parse("00000000-0000-0000-0000-0000000000c1");
    private static readonly Guid UnitId = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Post Post = new(UnitId, "副县长", PostLevel.County, PostGrade.Deputy, true);

    private static CadreRegistered Registered() =>
        new(CadreId, "马兰", Gender.Female, BirthDate, "回族", new DateOnly(2008, 7, 1), "大学", new DateOnly(2007, 8, 1),
            CadreCategory.CivilServant, ["固原", "银川"], Today);

    private static CadreLeftService LeftService() => new(CadreId, "退休", Today);

    private static Spec<Cadre> Given(params object[] events) => Spec<Cadre>.Given(events);

    [Fact]
    public void GivenLeftService_WhenAnyDecision_ThenFails()
    {
        Func<Cadre, object>[] decisions =
        [
            c => c.RecordBaselinePost(Post, new DateOnly(2010, 1, 1), null, Today),
            c => c.DeclareKinRelation("马强", null, KinRelation.Spouse, Today, Today),
            c => c.RecordSanction(SanctionKind.PartyDiscipline, "警告", Today, 6, Today),
            c => c.RecordAnnualAssessment(2023, AssessmentGrade.Competent, Today, Today),
            c => c.CorrectAnnualAssessment(2023, AssessmentGrade.Excellent, "r", Today),
            c => c.EnterReservePool(PostLevel.Departmental, "考察-1", null, Today, Today),
            c => c.LeaveReservePool("r", Today, Today),
            c => c.CorrectPersonalDetails("name", "马蓝", "r", Today),
            c => c.LeaveService("r", Today, Today),
            c => c.RecordReferenceManagedRegistration(UnitId, new DateOnly(2010, 1, 1), HireChannel.TransferIn, "登记", Today, Today),
        ];
        foreach (var decision in decisions)
            Given(Registered(), LeftService()).When(decision).ThenFails(ErrorCodes.CadreLeftService);
    }
}
