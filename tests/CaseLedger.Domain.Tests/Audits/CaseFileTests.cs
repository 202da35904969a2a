using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Cases;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

/// <summary>
/// A case file computes its standing events, opening, move and promotion once; a copy made with <c>with</c> (other events,
/// other units or career) answers from its own data, never from what the original computed.
/// </summary>
public class CaseFileTests
{
    private static CaseFiles Promoted() =>
        Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefSection(County), new(2026, 3, 1)).Decided(new(2026, 4, 1));

    [Fact]
    public void Asked_twice_a_file_gives_the_same_standing_events_and_move()
    {
        var file = Promoted().File;

        Assert.Same(file.Current, file.Current);
        Assert.Same(file.Move, file.Move);
        Assert.Equal(2, file.Current.Count);
        Assert.Equal(new DateOnly(2026, 4, 1), file.Move!.DecidedOn);
    }

    [Fact]
    public void A_copy_with_a_correction_stands_on_its_own_events_not_the_originals()
    {
        var file = Promoted().File;
        _ = (file.Current, file.Move, file.Promotion);

        var corrected = file with
        {
            Events = [.. file.Events, new CaseFileEvent(3, new CaseStepCorrected(CaseId, 2, ProcedureStep.CollectiveDecision, "录入错误", new(2026, 4, 2)), new(2026, 4, 2))],
        };

        Assert.Single(corrected.Current);
        Assert.Null(corrected.Move!.DecidedOn);
        Assert.Equal(2, file.Current.Count);
        Assert.Equal(new DateOnly(2026, 4, 1), file.Move!.DecidedOn);
    }

    [Fact]
    public void A_copy_with_another_career_judges_its_move_from_that_career()
    {
        var file = Opened(CaseChannel.InternalPromotion, null, ChiefSection(County), new(2026, 3, 1)).Decided(new(2026, 4, 1)).File;
        Assert.Null(file.Move!.From);

        var withCareer = file with { Career = [new CareerSpell(DeputySection(County), Domain.Units.UnitKind.PartyGovOrgan, new(2020, 1, 1), null)] };

        Assert.Equal(DeputySection(County), withCareer.Move!.From);
        Assert.NotNull(withCareer.Promotion);
        Assert.Null(file.Move!.From);
    }

    [Fact]
    public void Files_with_the_same_data_stay_equal_whatever_either_has_computed()
    {
        var file = Promoted().File;
        var copy = file with { };
        _ = file.Promotion;

        Assert.Equal(file, copy);
        Assert.Equal(file.GetHashCode(), copy.GetHashCode());
    }
}
