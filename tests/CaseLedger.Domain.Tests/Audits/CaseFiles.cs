using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Units;

namespace CaseLedger.Domain.Tests.Audits;

/// <summary>Given: a case file built event by event, versions numbered as the stream would.</summary>
internal sealed class CaseFiles
{
    public static readonly Guid CaseId = Guid.Parse("11111111-1111-1111-1111-111111111111");
    public static readonly Guid CadreId = Guid.Parse("22222222-2222-2222-2222-222222222222");
    public static readonly Guid County = Guid.Parse("33333333-3333-3333-3333-333333333333");
    public static readonly Guid Soe = Guid.Parse("44444444-4444-4444-4444-444444444444");
    public static readonly Guid Township = Guid.Parse("55555555-5555-5555-5555-555555555555");
    public static readonly Guid RegionalOrgan = Guid.Parse("66666666-6666-6666-6666-666666666666");
    public static readonly Guid Institution = Guid.Parse("77777777-7777-7777-7777-777777777777");
    public static readonly Guid ReferenceManaged = Guid.Parse("88888888-8888-8888-8888-888888888888");
    public static readonly DateOnly ReferenceManagedApprovedOn = new(2010, 6, 1);
    public static readonly Guid Region = Guid.Parse("99999999-9999-9999-9999-999999999999");
    public static readonly Guid City = Guid.Parse("aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa");
    public static readonly Guid CityBureau = Guid.Parse("bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb");

    private readonly List<CaseFileEvent> events = [];
    private readonly List<SecondmentSpell> secondments = [];
    private readonly List<CareerSpell> career = [];
    private readonly List<ReferenceManagedRegistration> registrations = [];
    private readonly List<KinTie> kin = [];
    private readonly List<SanctionFact> sanctions = [];
    private readonly Dictionary<int, AssessmentGrade> assessments = [];
    private readonly List<string> growthPlaces = [];
    private DateOnly birth = new(1969, 11, 20);
    private DateOnly? asOf;

    public static Post DeputySection(Guid unit) => new(unit, "区财政局副局长", PostLevel.Township, PostGrade.Deputy, true);

    public static Post ChiefSection(Guid unit) => new(unit, "县委办公室主任", PostLevel.Township, PostGrade.Chief, true);

    public static CaseFiles Opened(CaseChannel channel, Post? from, Post? to, DateOnly on) =>
        new CaseFiles().Then(new CaseOpened(CaseId, "JL-2017-000001", CaseChannels.KindOf(channel), channel, CadreId, from, to, on));

    public CaseFiles BornOn(DateOnly day)
    {
        birth = day;
        return this;
    }

    /// <summary>成长地 the cadre recorded.</summary>
    public CaseFiles GrewUpIn(params string[] places)
    {
        growthPlaces.AddRange(places);
        return this;
    }

    public CaseFiles OnSecondment(DateOnly from, DateOnly? to)
    {
        secondments.Add(new(Guid.NewGuid(), Soe, from, to));
        return this;
    }

    /// <summary>A post in the cadre's career, with its unit's kind, held before this case.</summary>
    public CaseFiles Held(Post post, UnitKind kind, DateOnly from, DateOnly? to)
    {
        career.Add(new(post, kind, from, to));
        return this;
    }

    /// <summary>参公登记 in the 参公 unit <see cref="ReferenceManaged"/>.</summary>
    public CaseFiles RegisteredInReferenceManaged(DateOnly hiredOn, HireChannel channel, DateOnly registeredOn)
    {
        registrations.Add(new(ReferenceManaged, hiredOn, channel, registeredOn, "宁人社登〔2011〕5号"));
        return this;
    }

    /// <summary>A post held (by this case when <paramref name="byThisCase"/>), in date order.</summary>
    public CaseFiles Held(Post post, DateOnly from, bool byThisCase = false)
    {
        career.Add(new(post, UnitKind.PartyGovOrgan, from, null, byThisCase ? CaseId : null));
        return this;
    }

    /// <summary>A post taken up through another case <paramref name="caseId"/>.</summary>
    public CaseFiles HeldByCase(Post post, DateOnly from, Guid caseId)
    {
        career.Add(new(post, UnitKind.PartyGovOrgan, from, null, caseId));
        return this;
    }

    /// <summary>A relative the cadre declared, with the posts they held.</summary>
    public CaseFiles WithKin(string name, KinRelation relation, params RelativePost[] posts)
    {
        kin.Add(new(name, relation, posts));
        return this;
    }

    /// <summary>A sanction or handling recorded on the cadre, starting <paramref name="on"/>.</summary>
    public CaseFiles Sanctioned(SanctionKind kind, string sanction, DateOnly on, int recordedMonths = 0)
    {
        sanctions.Add(new(kind, sanction, on, recordedMonths));
        return this;
    }

    /// <summary>The cadre's annual assessment grade for <paramref name="year"/>.</summary>
    public CaseFiles Assessed(int year, AssessmentGrade grade)
    {
        assessments[year] = grade;
        return this;
    }

    public CaseFiles SecondedTo(Guid hostUnit, DateOnly from)
    {
        secondments.Add(new(Guid.NewGuid(), Region, from, null, hostUnit));
        return this;
    }

    /// <summary>The day the file is judged on.</summary>
    public CaseFiles JudgedOn(DateOnly day)
    {
        asOf = day;
        return this;
    }

    public CaseFiles Then(object e)
    {
        var on = (DateOnly)e.GetType().GetProperty("EffectiveOn")!.GetValue(e)!;
        events.Add(new(events.Count + 1, e, on));
        return this;
    }

    public CaseFiles Decided(DateOnly on, DecisionBody body = DecisionBody.StandingCommittee, int entitled = 11, int attendees = 9, int votesFor = 9) =>
        Then(new CollectiveDecisionTaken(CaseId, body, entitled, attendees, votesFor, attendees - votesFor, 0, true, on));

    public CaseFile File => new(CaseId, "JL-2017-000001", CadreId, "杨建国", birth, events,
        new Dictionary<Guid, UnitFacts>
        {
            [County] = new(County, "原州区", AdministrativeLevel.County, UnitKind.PartyGovOrgan, NingxiaArea.Mountain),
            [Township] = new(Township, "将台堡镇", AdministrativeLevel.Township, UnitKind.PartyGovOrgan, NingxiaArea.Mountain),
            [Soe] = new(Soe, "宁夏某国企", AdministrativeLevel.Region, UnitKind.StateOwnedEnterprise, null),
            [RegionalOrgan] = new(RegionalOrgan, "自治区农业农村厅", AdministrativeLevel.Region, UnitKind.PartyGovOrgan, null),
            [Institution] = new(Institution, "自治区农业技术推广总站", AdministrativeLevel.Region, UnitKind.PublicInstitution, null),
            [ReferenceManaged] = new(ReferenceManaged, "自治区社会保险事业管理局", AdministrativeLevel.Region, UnitKind.ReferenceManagedUnit, null,
                ReferenceManagedApprovedOn),
            [Region] = new(Region, "自治区发展改革委", AdministrativeLevel.Region, UnitKind.PartyGovOrgan, null),
            [City] = new(City, "固原市", AdministrativeLevel.City, UnitKind.PartyGovOrgan, NingxiaArea.Mountain),
            [CityBureau] = new(CityBureau, "固原市公安局", AdministrativeLevel.City, UnitKind.PartyGovOrgan, NingxiaArea.Mountain) { ParentId = City },
        }, [.. career.Select((s, i) => s.To is null && i + 1 < career.Count ? s with { To = career[i + 1].From.AddDays(-1) } : s)], secondments, registrations, asOf, GrowthPlaces: growthPlaces.Count == 0 ? null : growthPlaces, Kin: kin, Sanctions: sanctions, Assessments: assessments);
}
