using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Units;

namespace CaseLedger.Domain.Tests.Units;

public partial class UnitTests
{
    private static readonly Guid FormerParentId = Guid.Parse("00000000-0000-0000-0000-00000000009f");

    private static UnitRegistered RegisteredUnderFormerParent() => Registered() with { ParentId = FormerParentId };

    [Fact]
    public void GivenRegistered_WhenMoveUnderAnotherParent_ThenMoved() =>
        Given(RegisteredUnderFormerParent()).When(u => u.MoveUnder(Parent(), parentIsBelow: false, Today))
            .Then(new UnitMoved(UnitId, ParentId, Today));

    [Fact]
    public void GivenMoved_WhenMoveBack_ThenMovedBack() =>
        Given(Registered() with { ParentId = ParentId }, new UnitMoved(UnitId, FormerParentId, Today))
            .When(u => u.MoveUnder(Parent(), parentIsBelow: false, Today.AddDays(1)))
            .Then(new UnitMoved(UnitId, ParentId, Today.AddDays(1)));

    [Fact]
    public void GivenRegistered_WhenMoveUnderItself_ThenFails() =>
        Given(RegisteredUnderFormerParent()).When(u => u.MoveUnder(u, parentIsBelow: false, Today)).ThenFails(ErrorCodes.ParentInSubtree, "parentId");

    [Fact]
    public void GivenRegistered_WhenMoveUnderAUnitBelowIt_ThenFails() =>
        Given(RegisteredUnderFormerParent()).When(u => u.MoveUnder(Parent(), parentIsBelow: true, Today)).ThenFails(ErrorCodes.ParentInSubtree, "parentId");

    [Fact]
    public void GivenRegistered_WhenMoveUnderItsOwnParent_ThenFails() =>
        Given(Registered() with { ParentId = ParentId }).When(u => u.MoveUnder(Parent(), parentIsBelow: false, Today)).ThenFails(ErrorCodes.NoChange, "parentId");

    [Fact]
    public void GivenRegistered_WhenMoveUnderADissolvedParent_ThenFails() =>
        Given(RegisteredUnderFormerParent()).When(u => u.MoveUnder(Parent(dissolved: true), parentIsBelow: false, Today)).ThenFails(ErrorCodes.ParentDissolved, "parentId");

    [Fact]
    public void GivenACityUnit_WhenMoveUnderACounty_ThenFails() =>
        Given(Registered(AdministrativeLevel.City) with { ParentId = FormerParentId })
            .When(u => u.MoveUnder(Parent(AdministrativeLevel.County), parentIsBelow: false, Today)).ThenFails(ErrorCodes.LevelAboveParent, "parentId");

    [Fact]
    public void GivenDissolved_WhenMove_ThenFails() =>
        Given(RegisteredUnderFormerParent(), new UnitDissolved(UnitId, Today)).When(u => u.MoveUnder(Parent(), parentIsBelow: false, Today))
            .ThenFails(ErrorCodes.UnitDissolved);
}
