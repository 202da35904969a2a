using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Units;

namespace CaseLedger.Domain.Tests.Units;

public partial class UnitTests
{
    [Fact]
    public void GivenRegistered_WhenRename_ThenRenamed() =>
        Given(Registered()).When(u => u.Rename(" 新名称 ", Today)).Then(new UnitRenamed(UnitId, "新名称", Today));

    [Fact]
    public void GivenRegistered_WhenRenameToSameName_ThenFails() =>
        Given(Registered()).When(u => u.Rename("银川市某县委组织部", Today)).ThenFails(ErrorCodes.NoChange, "name");

    [Fact]
    public void GivenRegistered_WhenRenameToEmpty_ThenFails() =>
        Given(Registered()).When(u => u.Rename("", Today)).ThenFails(ErrorCodes.Required, "name");

    [Fact]
    public void GivenDissolved_WhenRename_ThenFails() =>
        Given(Registered(), new UnitDissolved(UnitId, Today)).When(u => u.Rename("新名称", Today)).ThenFails(ErrorCodes.UnitDissolved);

    [Fact]
    public void GivenRenamed_WhenRenameToTheNewName_ThenFails() =>
        Given(Registered(), new UnitRenamed(UnitId, "新名称", Today)).When(u => u.Rename("新名称", Today)).ThenFails(ErrorCodes.NoChange);
}
