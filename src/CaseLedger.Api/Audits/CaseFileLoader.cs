using CaseLedger.Api.Cadres;
using CareerTimeline = CaseLedger.Api.Cadres.Career.CareerTimeline;
using CadreCareer = CaseLedger.Api.Cadres.Career.CadreCareer;
using CaseLedger.Api.Cases;
using CaseLedger.Api.Hosting;
using CaseLedger.Api.Units;
using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using Marten;

namespace CaseLedger.Api.Audits;

/// <summary>Builds the pure <see cref="CaseFile"/> a rule judges from the ledger: the case stream, the cadre, its career, secondments and 参公 registrations, the units, as of today (Beijing).</summary>
internal sealed class CaseFileLoader(IQuerySession session, TimeProvider clock)
{
    public async Task<CaseFile?> LoadAsync(Guid caseId, CancellationToken ct)
    {
        var stream = await session.Events.FetchStreamAsync(caseId, token: ct);
        if (stream.Count == 0 || stream[0].Data is not CaseOpened opened)
            return null;
        var cadre = await session.LoadAsync<CadreProfile>(opened.CadreId, ct);
        if (cadre is null)
            return null;
        var events = stream.Select(e => new CaseFileEvent(e.Version, e.Data, EffectiveOn(e.Data))).ToList();

        var cases = await session.Query<CaseSummary>().Where(c => c.CadreId == opened.CadreId).ToListAsync(ct);
        var secondments = cases.Where(c => c.Secondment is not null)
            .Select(c => new SecondmentSpell(c.Id, c.Secondment!.SendingUnitId, c.Secondment.StartOn,
                c.Secondment.EndedOn ?? (c.Secondment.RetainedInPost is null ? null : c.ClosedOn), c.Secondment.HostUnitId))
            .ToList();

        var posts = await session.LoadAsync<CadreCareer>(opened.CadreId, ct) is { } career ? CareerTimeline.Build(career).Posts : [];
        var registrations = (await session.Events.FetchStreamAsync(opened.CadreId, token: ct)).Select(e => e.Data)
            .OfType<ReferenceManagedRegistrationRecorded>()
            .Select(r => new ReferenceManagedRegistration(r.UnitId, r.HiredOn, r.HiredThrough, r.EffectiveOn, r.Reference)).ToList();

        var unitIds = events.Select(e => e.Data).SelectMany(UnitIdsOf).Concat(secondments.Select(s => s.SendingUnitId)).Concat(secondments.Select(s => s.HostUnitId).OfType<Guid>())
            .Concat(posts.Select(p => p.Post.UnitId)).Concat(registrations.Select(r => r.UnitId)).Distinct().ToList();
        var units = (await session.LoadManyAsync<UnitDetails>(ct, unitIds))
            .ToDictionary(u => u.Id, u => new UnitFacts(u.Id, u.Name, u.Level, u.Kind, u.Area, u.ReferenceManagedApprovedOn, u.Announcements));
        var spells = posts.Where(p => units.ContainsKey(p.Post.UnitId))
            .Select(p => new CareerSpell(p.Post, units[p.Post.UnitId].Kind, p.From, p.To, p.CaseId)).ToList();
        return new CaseFile(caseId, opened.CaseNumber, cadre.Id, cadre.Name, cadre.BirthDate, events, units, spells, secondments, registrations, clock.Today(),
            cadre.GrowthPlaces, await KinAsync(cadre.Id, ct), cadre.Category);
    }

    /// <summary>The cadre's own stream, for cadre-record rules.</summary>
    public async Task<CadreFile?> LoadCadreAsync(Guid cadreId, CancellationToken ct)
    {
        var cadre = await session.LoadAsync<CadreProfile>(cadreId, ct);
        if (cadre is null)
            return null;
        var stream = await session.Events.FetchStreamAsync(cadreId, token: ct);
        return new CadreFile(cadre.Id, cadre.Name, cadre.BirthDate, [.. stream.Select(e => new CaseFileEvent(e.Version, e.Data, EffectiveOn(e.Data)))], clock.Today());
    }

    /// <summary>The relatives the cadre declared (cadre stream) and, for those in the ledger, the posts they held.</summary>
    private async Task<IReadOnlyList<KinTie>> KinAsync(Guid cadreId, CancellationToken ct)
    {
        var declared = (await session.Events.FetchStreamAsync(cadreId, token: ct)).Select(e => e.Data).OfType<KinRelationDeclared>().ToList();
        if (declared.Count == 0)
            return [];
        var relativeIds = declared.Select(k => k.RelativeCadreId).OfType<Guid>().Distinct().ToList();
        var careers = (await session.LoadManyAsync<CadreCareer>(ct, relativeIds)).ToDictionary(c => c.Id);
        return [.. declared.Select(k => new KinTie(k.RelativeName, k.Relation,
            k.RelativeCadreId is { } id && careers.TryGetValue(id, out var career)
                ? [.. CareerTimeline.Build(career).Posts.Select(p => new RelativePost(p.Post.UnitId, p.Post.Title, p.From, p.To))]
                : []))];
    }

    private static IEnumerable<Guid> UnitIdsOf(object data) => data switch
    {
        CaseOpened o => new[] { o.FromPost?.UnitId, o.ToPost?.UnitId }.OfType<Guid>(),
        SecondmentStarted s => [s.SendingUnitId, s.HostUnitId],
        SendingUnitConsentRecorded c => [c.SendingUnitId],
        _ => [],
    };

    /// <summary>Every case event carries its effective date as EffectiveOn (README, "Every event").</summary>
    private static DateOnly EffectiveOn(object data) =>
        data.GetType().GetProperty("EffectiveOn")?.GetValue(data) is DateOnly on ? on : DateOnly.MinValue;
}
