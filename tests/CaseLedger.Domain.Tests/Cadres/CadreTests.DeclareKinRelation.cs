using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cadres;

public partial class CadreTests
{
    private static readonly Guid RelativeId = Guid.Parse("00000000-0000-0000-0000-0000000000c2");

    [Fact]
    public void GivenRegistered_WhenDeclareKinRelation_ThenDeclared() =>
        Given(Registered()).When(c => c.DeclareKinRelation(" 马强 ", RelativeId, KinRelation.Spouse, Today, Today))
            .Then(new KinRelationDeclared(CadreId, "马强", RelativeId, KinRelation.Spouse, Today));

    [Fact]
    public void GivenRegistered_WhenDeclareRelativeOutsideTheLedger_ThenDeclared() =>
        Given(Registered()).When(c => c.DeclareKinRelation("马强", null, KinRelation.CloseInLaw, Today, Today))
            .Then(new KinRelationDeclared(CadreId, "马强", null, KinRelation.CloseInLaw, Today));

    [Fact]
    public void GivenRegistered_WhenDeclareSelfAsRelative_ThenFails() =>
        Given(Registered()).When(c => c.DeclareKinRelation("马兰", CadreId, KinRelation.LinealKin, Today, Today))
            .ThenFails(ErrorCodes.InconsistentInput, "relativeCadreId");

    [Fact]
    public void GivenRegistered_WhenDeclareWithoutName_ThenFails() =>
        Given(Registered()).When(c => c.DeclareKinRelation("", null, KinRelation.Spouse, Today, Today)).ThenFails(ErrorCodes.Required, "relativeName");

    [Fact]
    public void GivenRegistered_WhenDeclareTomorrow_ThenFails() =>
        Given(Registered()).When(c => c.DeclareKinRelation("马强", null, KinRelation.Spouse, Today.AddDays(1), Today))
            .ThenFails(ErrorCodes.DateInFuture, "effectiveOn");
}
