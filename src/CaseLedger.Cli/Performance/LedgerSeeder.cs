using CaseLedger.Api.Ledger;
using System.Collections.Concurrent;
using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cadres.EnteringReservePool;
using CaseLedger.Api.Cadres.RecordingAnnualAssessment;
using CaseLedger.Api.Cadres.RecordingBaselinePost;
using CaseLedger.Api.Cadres.Registering;
using CaseLedger.Api.Cases;
using CaseLedger.Api.Cases.AppointingFormally;
using CaseLedger.Api.Cases.AssessingProbation;
using CaseLedger.Api.Cases.CompletingInspection;
using CaseLedger.Api.Cases.DeterminingInspectionTargets;
using CaseLedger.Api.Cases.EndingSecondment;
using CaseLedger.Api.Cases.ExtendingSecondment;
using CaseLedger.Api.Cases.GivingPublicNotice;
using CaseLedger.Api.Cases.GrantingApproval;
using CaseLedger.Api.Cases.HoldingConsultation;
using CaseLedger.Api.Cases.HoldingDemocraticRecommendation;
using CaseLedger.Api.Cases.IssuingAppointmentNotice;
using CaseLedger.Api.Cases.Opening;
using CaseLedger.Api.Cases.RaisingMotion;
using CaseLedger.Api.Cases.RefusingApproval;
using CaseLedger.Api.Cases.RequestingApproval;
using CaseLedger.Api.Cases.StartingProbation;
using CaseLedger.Api.Cases.StartingSecondment;
using CaseLedger.Api.Cases.TakingCollectiveDecision;
using CaseLedger.Api.Cases.Withdrawing;
using CaseLedger.Cli.DemoData;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Units;
using CaseLedger.Api.Units.Registering;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Units;

namespace CaseLedger.Cli.Performance;

/// <summary>What the benchmark needs to know about a generated ledger.</summary>
internal sealed record SeedManifest(
    string Size, int Seed, int Units, int Cadres, int Cases, long Events, int RefusedCommands, double Seconds, double EventsPerSecond,
    IReadOnlyList<string> CadreIds, IReadOnlyList<string> CaseIds, IReadOnlyList<string> WritePoolGraphQL, IReadOnlyList<string> WritePoolDirect,
    IReadOnlyDictionary<string, LongStream> LongStreams);

/// <summary>A case of a known length (its cadre's career is built from the same events).</summary>
internal sealed record LongStream(string CaseId, string CadreId, int Events);

/// <summary>
/// A deterministic ledger of Ningxia (System.Random with the seed): the real 5 cities and 22 counties,
/// townships, villages, organs, institutions and SOEs; cadres with baseline careers and annual
/// assessments; cases of every kind carried through their steps over ten years. Everything goes
/// through the real Mediator commands (the LedgerWriter pattern), with a few parallel writers;
/// each cadre's story is drawn from its own Random(seed, index), so the content does not depend
/// on the writers' interleaving (case numbers, ids from the PostgreSQL sequence, and record times do).
/// </summary>
internal sealed class LedgerSeeder(IServiceProvider services, SeedSize size, int seed, int writers, CliProgressBar? progress)
{
    private const string Seeded = "性能测试数据 / generated benchmark data";
    private const int CadresPerBatch = 25;
    private static readonly DateOnly Founded = new(2016, 1, 1);
    private readonly LedgerWriter writer = new(services, "seed");
    private readonly List<UnitDetails> workplaces = [];
    private readonly List<UnitDetails> villages = [];
    private UnitDetails region = null!, organisation = null!, fujian = null!;
    private long events;
    private int units, cadres, cases, refused;
    private readonly ConcurrentBag<string> cadreIds = [], caseIds = [];

    public async Task<SeedManifest> RunAsync(CancellationToken ct)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var timer = new Timer(_ => Report(clock, final: false), null, 1000, 1000);

        await UnitsAsync(new Random(seed), ct);

        // Cadres in batches of CadresPerBatch, one transaction each; a cadre's story draws only on its own Random.
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            for (var first = Interlocked.Increment(ref next) * CadresPerBatch; first < size.Cadres; first = Interlocked.Increment(ref next) * CadresPerBatch)
            {
                await using var batch = new SeedBatch(services, "seed");
                for (var i = first; i < Math.Min(first + CadresPerBatch, size.Cadres); i++)
                    await CadreStoryAsync(batch, i, new Random(unchecked((seed * 1_000_003) + i)), ct);
                await batch.SaveAsync(ct);
                Interlocked.Add(ref events, batch.Events);
            }
        }, ct)));

        // The benchmark's streams: two pools of 64 running secondments (writes) and cases of 10, 100 and 1,000 events (time travel).
        var benchStreams = size.BenchStreams ? Enumerable.Range(0, 128).Select(i => (i, length: 4)).Concat([(128, 10), (129, 100), (130, 1000)]) : [];
        var made = await Task.WhenAll(benchStreams
            .Chunk((131 + writers - 1) / writers)
            .Select(chunk => Task.Run(async () =>
            {
                var list = new List<CaseSummary>();
                foreach (var (i, length) in chunk)
                    list.Add(await RunningSecondmentAsync(new Random(unchecked((seed * 7919) + i)), length, ct));
                return list;
            }, ct)));
        var benchCases = made.SelectMany(x => x).ToList();
        var longStreams = benchCases.Skip(128).ToDictionary(c => c.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            c => new LongStream(Id(c), GlobalId.Encode(CadreType.TypeName, c.CadreId), (int)c.Version));
        List<string>[] pools = [[.. benchCases.Take(64).Select(Id)], [.. benchCases.Skip(64).Take(64).Select(Id)]];

        timer.Change(Timeout.Infinite, Timeout.Infinite);
        Report(clock, final: true);
        var seconds = clock.Elapsed.TotalSeconds;
        return new SeedManifest(size.Name, seed, units, cadres, cases, events, refused, Math.Round(seconds, 2), Math.Round(events / seconds, 1),
            [.. cadreIds.Order().Take(2000)], [.. caseIds.Order().Take(2000)], pools[0], pools[1], longStreams);
    }

    /// <summary>The bar counts cadres (the bulk of the work); its label carries the other counts and events/s.</summary>
    private void Report(System.Diagnostics.Stopwatch clock, bool final)
    {
        if (progress is null)
            return;
        var rate = Interlocked.Read(ref events) / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        progress.Total = size.Cadres;
        progress.Value = cadres;
        progress.Description = $"seed {size.Name}: {units} units, {cases} cases, {Interlocked.Read(ref events)} events ({rate:F0}/s), {refused} refused"
            + (final ? ", done" : "");
    }

    private async Task UnitsAsync(Random r, CancellationToken ct)
    {
        region = await UnitAsync(r, "640000", "宁夏回族自治区", UnitKind.PartyGovOrgan, AdministrativeLevel.Region, null, null, ct);
        foreach (var (organ, i) in NingxiaDivisions.Organs.Select((o, i) => (o, i)))
        {
            var unit = await UnitAsync(r, $"640000-{i + 1:D2}", "自治区党委" + organ, UnitKind.PartyGovOrgan, AdministrativeLevel.Region, region, null, ct);
            organisation = i == 1 ? unit : organisation;
            workplaces.Add(unit);
        }
        workplaces.Add(await UnitAsync(r, "640000-GZ1", "宁夏国有资本运营集团", UnitKind.StateOwnedEnterprise, AdministrativeLevel.Region, region, null, ct));
        workplaces.Add(await UnitAsync(r, "640000-GZ2", "宁夏交通投资集团", UnitKind.StateOwnedEnterprise, AdministrativeLevel.Region, region, null, ct));
        workplaces.Add(await UnitAsync(r, "640000-NXU", "宁夏大学", UnitKind.University, AdministrativeLevel.Region, region, null, ct));
        workplaces.Add(await UnitAsync(r, "640000-NKY", "宁夏农林科学院", UnitKind.ResearchInstitute, AdministrativeLevel.Region, region, null, ct));
        fujian = await UnitAsync(r, "350000-FGW", "福建省发展和改革委员会", UnitKind.OutsideRegionBody, AdministrativeLevel.Region, null, null, ct);

        // Each city's subtree in its own task with its own Random: parallel, and still the same tree every time.
        var cities = await Task.WhenAll(NingxiaDivisions.Cities.Select((city, i) => CityAsync(city, new Random(unchecked((seed * 31) + i)), ct)));
        foreach (var (cityWorkplaces, cityVillages) in cities)
        {
            workplaces.AddRange(cityWorkplaces);
            villages.AddRange(cityVillages);
        }
    }

    private async Task<(List<UnitDetails> Workplaces, List<UnitDetails> Villages)> CityAsync(NingxiaDivisions.City city, Random r, CancellationToken ct)
    {
        List<UnitDetails> workplaces = [], villages = [];
        var cityUnit = await UnitAsync(r, city.Code, city.Name, UnitKind.PartyGovOrgan, AdministrativeLevel.City, region, city.Area, ct);
        workplaces.Add(cityUnit);
        for (var o = 0; o < size.OrgansPerCounty; o++)
            workplaces.Add(await UnitAsync(r, $"{city.Code}-{o + 1:D2}", city.Name + "委" + NingxiaDivisions.Organs[o], UnitKind.PartyGovOrgan, AdministrativeLevel.City, cityUnit, city.Area, ct));
        workplaces.Add(await UnitAsync(r, $"{city.Code}-GQ", city.Name + "城市建设投资集团", UnitKind.StateOwnedEnterprise, AdministrativeLevel.City, cityUnit, city.Area, ct));
        workplaces.Add(await UnitAsync(r, $"{city.Code}-SY", city.Name + "人民医院", UnitKind.PublicInstitution, AdministrativeLevel.City, cityUnit, city.Area, ct));
        foreach (var (code, name) in city.Counties)
        {
            var county = await UnitAsync(r, code, name, UnitKind.PartyGovOrgan, AdministrativeLevel.County, cityUnit, city.Area, ct);
            workplaces.Add(county);
            for (var o = 0; o < size.OrgansPerCounty; o++)
                workplaces.Add(await UnitAsync(r, $"{code}-{o + 1:D2}", name + NingxiaDivisions.Organs[(o + 5) % NingxiaDivisions.Organs.Length], UnitKind.PartyGovOrgan, AdministrativeLevel.County, county, city.Area, ct));
            workplaces.Add(await UnitAsync(r, $"{code}-ZX", name + "职业中学", UnitKind.PublicInstitution, AdministrativeLevel.County, county, city.Area, ct));
            for (var t = 0; t < size.TownshipsPerCounty; t++)
            {
                var township = await UnitAsync(r, $"{code}-{101 + t}", $"{name[..^1]}第{t + 1}镇", UnitKind.PartyGovOrgan, AdministrativeLevel.Township, county, city.Area, ct);
                workplaces.Add(township);
                for (var v = 0; v < size.VillagesPerTownship; v++)
                {
                    villages.Add(await UnitAsync(r, $"{code}-{101 + t}-{201 + v}", $"{name[..^1]}{t + 1}镇{v + 1}村", UnitKind.VillageOrganization,
                        AdministrativeLevel.Village, township, city.Area, ct, poorVillage: city.Area == NingxiaArea.Mountain && r.Next(2) == 0));
                }
            }
        }
        return (workplaces, villages);
    }

    private async Task CadreStoryAsync(SeedBatch batch, int index, Random r, CancellationToken ct)
    {
        var home = workplaces[r.Next(workplaces.Count)];
        var category = home.Kind switch
        {
            UnitKind.StateOwnedEnterprise => CadreCategory.EnterpriseManager,
            UnitKind.PublicInstitution or UnitKind.University or UnitKind.ResearchInstitute => CadreCategory.PublicInstitutionStaff,
            _ => r.Next(10) == 0 ? CadreCategory.ReferenceManagedStaff : CadreCategory.CivilServant,
        };
        var birth = new DateOnly(1966 + r.Next(30), 1 + r.Next(12), 1 + r.Next(28));
        var name = NingxiaDivisions.Surnames[r.Next(NingxiaDivisions.Surnames.Length)] + NingxiaDivisions.GivenNames[r.Next(NingxiaDivisions.GivenNames.Length)];
        var register = new RegisterCadreInput(name, r.Next(3) == 0 ? Gender.Female : Gender.Male, birth, r.Next(3) == 0 ? "回族" : "汉族",
            r.Next(5) == 0 ? null : birth.AddYears(23 + r.Next(8)), r.Next(4) == 0 ? "硕士研究生" : "大学本科", birth.AddYears(22), category,
            ["宁夏"], Seeded, null, null);
        if (CountRefusal(await batch.RegisterCadreAsync(new RegisterCadre(NewId(r), register))) is not { } cadreId)
            return;
        var cadre = GlobalId.Encode(CadreType.TypeName, cadreId);
        var post = PostAt(home, r, promoted: false);
        var since = new DateOnly(2008 + r.Next(8), 1 + r.Next(12), 1);
        var baseline = new RecordBaselinePostInput(cadre, post, since, null, null, "迁移的任职数据 / migrated posting", null, null);
        CountRefusal(await batch.RecordBaselinePostAsync(new RecordBaselinePost(baseline), ct));
        Interlocked.Increment(ref cadres);
        cadreIds.Add(cadre);

        for (var year = Math.Max(birth.Year + 22, 2016); year <= 2025; year++)
        {
            if (r.Next(10) < 6)
            {
                var grade = r.Next(10) switch { 0 or 1 => AssessmentGrade.Excellent, 9 => AssessmentGrade.BasicallyCompetent, _ => AssessmentGrade.Competent };
                var assessment = new RecordAnnualAssessmentInput(cadre, year, grade, new(year + 1, 1, 10 + r.Next(15)), null, Seeded, null, null);
                CountRefusal(await batch.ChangeCadreAsync(assessment, RecordAnnualAssessmentField.Command(assessment), ct));
            }
        }
        if (r.Next(20) == 0)
        {
            var reserve = new EnterReservePoolInput(cadre, PostLevel.County, $"宁组后备考〔2024〕{index}号", new(2024, 6, 1), null, Seeded, null, null);
            CountRefusal(await batch.ChangeCadreAsync(reserve, EnterReservePoolField.Command(reserve), ct));
        }

        // Cases one after another over ten years: 2016 … 2025.
        var day = new DateOnly(2016, 3, 1).AddDays(r.Next(700));
        var count = r.Next(4);
        for (var k = 0; k < count && day < new DateOnly(2025, 6, 1); k++)
        {
            day = await CaseStoryAsync(batch, cadre, name, home, post, day, r, ct);
            day = day.AddDays(200 + r.Next(700));
        }
    }

    /// <summary>One case of a channel drawn at random, carried as far as the template goes; returns its last date.</summary>
    private async Task<DateOnly> CaseStoryAsync(SeedBatch batch, string cadre, string cadreName, UnitDetails home, PostInput from, DateOnly day, Random r, CancellationToken ct)
    {
        var other = workplaces[r.Next(workplaces.Count)];
        var to = PostAt(other, r, promoted: r.Next(2) == 0);
        var template = r.Next(14);
        var channel = template switch
        {
            0 => CaseChannel.InboundTransfer,
            1 => CaseChannel.ReciprocalExchange,
            2 => CaseChannel.VillageFirstSecretary,
            3 => CaseChannel.OutboundSecondment,
            4 => CaseChannel.InternalPromotion,
            5 => CaseChannel.CompetitiveSelection,
            6 => CaseChannel.Election,
            7 => CaseChannel.LateralTransfer,
            8 => CaseChannel.DirectIntroduction,
            9 => CaseChannel.Rotation,
            10 => CaseChannel.OpenSelectionUpward,
            11 => CaseChannel.PairedExchange,
            12 => CaseChannel.ContractAppointment,
            _ => CaseChannel.InboundSecondment,
        };
        var kind = CaseChannels.KindOf(channel);
        var open = new OpenCaseInput(channel, cadre, kind == CaseKind.Secondment ? null : from, kind == CaseKind.Secondment ? null : to,
            kind == CaseKind.Exchange ? ExchangeReason.WorkNeeds : null, day, Seeded, null, null);
        if (CountRefusal(await batch.OpenCaseAsync(new OpenCase(NewId(r), open), ct)) is not { } openedId)
            return day;
        Interlocked.Increment(ref cases);
        var id = GlobalId.Encode(CaseType.TypeName, openedId);
        caseIds.Add(id);
        var steps = new List<Func<DateOnly, RecordCaseStep?>>();
        RecordCaseStep Motion(DateOnly d) => RaiseMotionField.Command(new(id, "组织部", "拟议人选", d, null, null, Seeded, null, null));
        RecordCaseStep Recommendation(DateOnly d) => HoldDemocraticRecommendationField.Command(
            new(id, r.Next(2) == 0 ? RecommendationMode.Meeting : RecommendationMode.InterviewSurvey, true, to.Title, 20 + r.Next(60), 1 + r.Next(3), d, null, null, Seeded, null, null));
        RecordCaseStep Inspection(DateOnly d) => CompleteInspectionField.Command(new(id, ["组织部 考察组甲", "组织部 考察组乙"], $"考察报告〔{d.Year}〕{r.Next(99) + 1}号", d, null, null, Seeded, null, null));
        RecordCaseStep Consultation(DateOnly d) => HoldConsultationField.Command(new(id, ["派出单位党委", "接收单位党委"], d, null, null, Seeded, null, null));
        RecordCaseStep Decision(DateOnly d)
        {
            var entitled = 7 + r.Next(6);
            var attendees = entitled - r.Next(3);
            return TakeCollectiveDecisionField.Command(new(id, r.Next(20) == 0 ? DecisionBody.SecretariesMeeting : DecisionBody.StandingCommittee,
                entitled, attendees, attendees, 0, 0, true, d, null, null, Seeded, $"常委会纪要〔{d.Year}〕{r.Next(40) + 1}号", null));
        }
        RecordCaseStep Notice(DateOnly d) => GivePublicNoticeField.Command(new(id, "本单位", d, d.AddDays(r.Next(10) == 0 ? 3 : 6), 0, 0, null, null, Seeded, null, null));
        RecordCaseStep Appointment(DateOnly d, int? months) => IssueAppointmentNoticeField.Command(new(id, d.AddDays(7), months is not null, months, d, null, null, Seeded, null, null));
        RecordCaseStep Probation(DateOnly d, int months) => StartProbationField.Command(new(id, d, d.AddMonths(months), null, null, Seeded, null, null));
        RecordCaseStep Secondment(DateOnly d, UnitDetails sending, UnitDetails host) => StartSecondmentField.Command(
            new(id, Id(sending), Id(host), PostAt(host, r, promoted: false) with { Title = "挂职" + (host.Level == AdministrativeLevel.Village ? "第一书记" : "副职") },
                d, d.AddYears(1 + r.Next(2)), null, null, Seeded, null, null));
        var host = other.Id == home.Id ? organisation : other;

        switch (channel)
        {
            case CaseChannel.InboundTransfer or CaseChannel.LateralTransfer or CaseChannel.ReciprocalExchange or CaseChannel.Rotation:
                steps.Add(Motion);
                steps.Add(channel is CaseChannel.InboundTransfer ? Inspection : Consultation);
                steps.AddRange([Decision, Notice, d => Appointment(d, null)]);
                break;
            case CaseChannel.VillageFirstSecretary or CaseChannel.OutboundSecondment or CaseChannel.InboundSecondment:
                var target = channel == CaseChannel.VillageFirstSecretary ? villages[r.Next(villages.Count)] : host;
                var sending = channel == CaseChannel.InboundSecondment ? fujian : home;
                if (target.Id == sending.Id)
                    target = organisation.Id == sending.Id ? region : organisation;
                steps.AddRange([Motion, Decision, d => Secondment(d, sending, target)]);
                if (r.Next(2) == 0)
                    steps.Add(d => ExtendSecondmentField.Command(new(id, d.AddYears(3), d, null, null, Seeded, null, null)));
                if (r.Next(2) == 0)
                    steps.Add(d => EndSecondmentField.Command(new(id, d.AddDays(60), null, null, Seeded, null, null)));
                break;
            case CaseChannel.InternalPromotion or CaseChannel.ContractAppointment:
                steps.AddRange([Motion, Recommendation, Inspection, Decision, Notice, d => Appointment(d, 12), d => Probation(d.AddDays(7), 12)]);
                if (r.Next(3) > 0)
                {
                    steps.Add(d => AssessProbationField.Command(new(id, true, "试用期考核合格", d.AddYears(1), null, null, Seeded, null, null)));
                    steps.Add(d => AppointFormallyField.Command(new(id, d.AddYears(1).AddDays(5), null, null, Seeded, null, null)));
                }
                break;
            case CaseChannel.CompetitiveSelection:
                steps.AddRange([Motion, Recommendation, d => DetermineInspectionTargetsField.Command(new(id, [cadreName, "候选人乙"], d, null, null, Seeded, null, null)), Inspection]);
                break;
            case CaseChannel.Election:
                steps.AddRange([Motion, Recommendation]);
                break;
            case CaseChannel.DirectIntroduction:
                steps.AddRange([Motion, Recommendation, Inspection, Decision, Notice,
                    d => RequestApprovalField.Command(new(id, "自治区党委组织部", ["干部任免审批表"], d, null, null, Seeded, null, null)),
                    d => GrantApprovalField.Command(new(id, "自治区党委组织部", $"宁组干〔{d.Year}〕{r.Next(90) + 1}号", d, null, null, Seeded, null, null)),
                    d => Appointment(d, 12)]);
                break;
            case CaseChannel.OpenSelectionUpward:
                steps.AddRange([Motion, d => WithdrawCaseField.Command(new(id, d, null, "本人放弃", null, null))]);
                break;
            default:
                steps.AddRange([Motion, Decision, d => RequestApprovalField.Command(new(id, "自治区党委组织部", ["干部交流审批表"], d, null, null, Seeded, null, null)),
                    d => RefuseApprovalField.Command(new(id, "自治区党委组织部", d, null, null, "不符合交流条件", null, null))]);
                break;
        }

        // Most cases run to the end of their template; some stop part-way (still in progress).
        var stopAt = r.Next(4) == 0 ? 1 + r.Next(steps.Count) : steps.Count;
        foreach (var step in steps.Take(stopAt))
        {
            day = day.AddDays(3 + r.Next(12));
            if (step(day) is not { } command || !CountRefusal(await batch.RecordCaseStepAsync(new SeedInput(), command, ct)))
                break;
        }
        return day;
    }

    /// <summary>A running secondment case of exactly <paramref name="length"/> events: open, motion, decision, start, then extensions appended in batches.</summary>
    private async Task<CaseSummary> RunningSecondmentAsync(Random r, int length, CancellationToken ct)
    {
        var home = workplaces[r.Next(workplaces.Count)];
        var register = new RegisterCadreInput("基准" + NingxiaDivisions.Surnames[r.Next(NingxiaDivisions.Surnames.Length)] + NingxiaDivisions.GivenNames[r.Next(NingxiaDivisions.GivenNames.Length)],
            Gender.Male, new(1985, 5, 5), "汉族", null, "大学本科", new(2007, 7, 1), CadreCategory.CivilServant, ["宁夏"], Seeded, null, null);
        var cadre = await writer.SendAsync(register, new RegisterCadre(NewId(r), register), ct);
        var baseline = new RecordBaselinePostInput(Id(cadre), PostAt(home, r, promoted: false), new(2015, 1, 1), null, null, Seeded, null, null);
        await writer.SendAsync(baseline, new RecordBaselinePost(baseline), ct);
        var open = new OpenCaseInput(CaseChannel.OutboundSecondment, Id(cadre), null, null, null, new(2024, 1, 5), Seeded, null, null);
        var opened = await writer.SendAsync(open, new OpenCase(NewId(r), open), ct);
        var id = Id(opened);
        await writer.SendAsync(new SeedInput(), RaiseMotionField.Command(new(id, "组织部", "选派挂职", new(2024, 1, 8), null, null, Seeded, null, null)), ct);
        await writer.SendAsync(new SeedInput(), TakeCollectiveDecisionField.Command(new(id, DecisionBody.StandingCommittee, 9, 9, 9, 0, 0, true, new(2024, 1, 15), null, null, Seeded, null, null)), ct);
        var host = home.Id == organisation.Id ? region : organisation;
        var start = StartSecondmentField.Command(new(id, Id(home), Id(host), PostAt(host, r, promoted: false) with { Title = "挂职副职" },
            new(2024, 2, 1), new(2026, 2, 1), null, null, Seeded, null, null));
        var summary = await writer.SendAsync(new SeedInput(), start, ct);
        Interlocked.Add(ref events, 6);
        Interlocked.Increment(ref cadres);
        Interlocked.Increment(ref cases);

        // Extensions in batches of up to 100 events per save, through LedgerAppender (hash chain included).
        var remaining = length - 4;
        var plannedEnd = new DateOnly(2026, 2, 1);
        while (remaining > 0)
        {
            var batch = Math.Min(remaining, 100);
            await using var scope = services.CreateAsyncScope();
            var ledger = scope.ServiceProvider.GetRequiredService<LedgerAppender>();
            var stream = await ledger.ReadAsync<Case>(opened.Id, null, "caseId", ct);
            var state = stream.State;
            var extensions = new object[batch];
            for (var i = 0; i < batch; i++)
            {
                plannedEnd = plannedEnd.AddDays(1);
                extensions[i] = state.ExtendSecondment(plannedEnd, new(2025, 12, 1));
                state = Case.Evolve(state, extensions[i])!;
            }
            ledger.Append(new Recording("seed", $"seed-{opened.Id:N}", "ExtendSecondment"), stream, extensions);
            await ledger.SaveAsync(ct);
            Interlocked.Add(ref events, batch);
            remaining -= batch;
        }
        using var session = services.GetRequiredService<Marten.IDocumentStore>().QuerySession();
        return await session.LoadAsync<CaseSummary>(opened.Id, ct) ?? summary;
    }

    /// <summary>Counts a command the domain refused (null or false from the batch) and passes the result on.</summary>
    private T CountRefusal<T>(T result)
    {
        if (result is null or false)
            Interlocked.Increment(ref refused);
        return result;
    }

    private async Task<UnitDetails> UnitAsync(Random r, string code, string name, UnitKind kind, AdministrativeLevel level, UnitDetails? parent,
        NingxiaArea? area, CancellationToken ct, bool poorVillage = false)
    {
        var input = new RegisterUnitInput(code, name, kind, level, parent is null ? null : Id(parent), area, poorVillage, Founded, Seeded, null, null);
        var unit = await writer.SendAsync(input, new RegisterUnit(NewId(r), input), ct);
        Interlocked.Increment(ref units);
        Interlocked.Increment(ref events);
        return unit;
    }

    private static PostInput PostAt(UnitDetails unit, Random r, bool promoted)
    {
        var (level, title) = unit.Level switch
        {
            AdministrativeLevel.Region => (PostLevel.Departmental, "处长"),
            AdministrativeLevel.City => (PostLevel.County, "副局长"),
            AdministrativeLevel.County => (r.Next(3) == 0 ? PostLevel.County : PostLevel.Township, "科长"),
            _ => (PostLevel.Township, "副镇长"),
        };
        if (unit.Level == AdministrativeLevel.Region && r.Next(2) == 0)
            level = PostLevel.County;
        return new PostInput(Id(unit), title, level, promoted ? PostGrade.Chief : PostGrade.Deputy, r.Next(5) > 0);
    }

    private static Guid NewId(Random r)
    {
        Span<byte> bytes = stackalloc byte[16];
        r.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private static string Id(UnitDetails unit) => GlobalId.Encode(UnitType.TypeName, unit.Id);

    private static string Id(CadreProfile cadre) => GlobalId.Encode(CadreType.TypeName, cadre.Id);

    private static string Id(CaseSummary summary) => GlobalId.Encode(CaseType.TypeName, summary.Id);

    /// <summary>The recording fields of a generated command (the case steps carry their own).</summary>
    private sealed record SeedInput : IRecordingInput
    {
        public string? Reason => Seeded;

        public string? DocumentReference => null;

        public string? IdempotencyKey => null;
    }
}
