using CaseLedger.Domain.Promotions;
using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Units;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// AVOID-KIN-POSTS (任职回避): kin (夫妻、直系血亲、三代以内旁系血亲、近姻亲) may not work in one organ in posts under the same
/// leader or in a direct line, nor in its organisation, personnel, discipline, audit or finance work where one of them leads it.
/// The ledger records no reporting lines or duties, so what it can see is a signal for review: the case moves the cadre into
/// a unit where a declared relative holds a post on the decision date, and one of the two posts is a 领导职务 (the ladder says so).
/// </summary>
public sealed class AvoidKinPosts : AuditRule
{
    private static readonly Citation Regulation2006 = new("党政领导干部任职回避暂行规定（2006）", "第三条",
        "领导干部之间有夫妻关系、直系血亲关系、三代以内旁系血亲关系以及近姻亲关系的，不得在同一机关担任双方直接隶属于同一领导人员的职务或者有直接上下级领导关系的职务（规则目录：与公务员法第七十四条第一款范围相同，转述）。");

    public override string Id => "AVOID-KIN-POSTS";

    public override string TitleChinese => "有亲属关系的不得在同一机关担任直接隶属同一领导或有直接上下级关系的职务（任职回避）";

    public override string TitleEnglish => "Kin in one organ with one of them a leader: avoidance of posts (review)";

    public override Citation Citation => new("中华人民共和国公务员法（2018）", "第七十四条第一款",
        "公务员之间有夫妻关系、直系血亲关系、三代以内旁系血亲关系以及近姻亲关系的，不得在同一机关双方直接隶属于同一领导人员的职位或者有直接上下级领导关系的职位工作，也不得在其中一方担任领导职务的机关从事组织、人事、纪检、监察、审计和财务工作。");

    public override AuditSeverity Severity => AuditSeverity.NeedsReview;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2006, 1, 1), new(2019, 5, 31), [], "任职回避暂行规定 2006 第三条（印发日期未核实，取年初）/ HB06 Art 3 (2006; the exact date unverified, the year's start is used)",
            Regulation2006),
        new(2, new(2019, 6, 1), null, [], "公务员法（2018 修订）2019-06-01 施行，第七十四条 / Civil Servant Law 2018 Art 74, in force 2019-06-01"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Kin is not { Count: > 0 } kin || file.Move is not { DecidedOn: { } on, Decision: { } decision } move
            || VersionOn(on) is not { } version)
            return null;
        var hits = kin.SelectMany(tie => tie.Posts.Where(p => p.UnitId == move.To.UnitId && p.HeldOn(on)).Select(post => (Tie: tie, Post: post)))
            .Where(h => move.ToRung.IsLeadership || (h.Post.Post is { } held && PostLadder.Of(held).IsLeadership))
            .ToList();
        if (hits.Count == 0)
            return null;
        var unit = file.UnitOn(move.To.UnitId, on)?.Name ?? "";
        return Found(file, version, on, [move.Recorded.Version, decision.Version],
            $"{on:yyyy-MM-dd} 决定{file.CadreName}任{unit}{move.To.Title}，其申报的亲属{string.Join("、", hits.Select(h => $"{h.Tie.RelativeName}（{h.Tie.RelationChinese}）时任{h.Post.Title}"))}" +
            $"在同一单位，其中一方担任领导职务，需复核是否直接隶属同一领导、有直接上下级关系或从事组织人事等工作（{Cite}）。 / " +
            $"{file.CadreName} was decided on {on:yyyy-MM-dd} for {move.To.Title} in {unit}, where the declared relative(s) " +
            $"{string.Join(", ", hits.Select(h => $"{h.Tie.RelativeName} ({h.Tie.Relation}, then {h.Post.Title})"))} work, one of the two in a leadership post: " +
            $"review the reporting lines and duties ({Cite}).");
    }
}

/// <summary>
/// AVOID-REGION (地域回避): a leading cadre may not be the chief (正职) of the Party committee, government, discipline
/// inspection, organisation department, court, procuratorate or police of the county where they grew up (不得), nor as a rule
/// of the city (一般不得). The ledger sees the post (a 正职 领导职务), the unit tree and the cadre's recorded growth places, not
/// which body a unit is beyond its name, and 成长地 is undefined in the texts: a signal for review. A county or city's own
/// 正职 post (县委书记、县长 placed in the county's unit, at the county-division band; a city's at the department band) or the
/// 正职 of a unit whose name names one of the listed bodies, in a county or city that is (or lies in) a recorded growth place.
/// </summary>
public sealed class AvoidRegion : AuditRule
{
    private static readonly string[] ListedBodies = ["纪委", "纪律检查", "监察委", "组织部", "法院", "检察院", "公安"];

    public override string Id => "AVOID-REGION";

    public override string TitleChinese => "领导干部不得在本人成长地担任县（市）党委、政府等正职领导成员（地域回避）";

    public override string TitleEnglish => "No chief of a county's Party committee, government, discipline, organisation, court, procuratorate or police where one grew up (review)";

    public override Citation Citation => new("党政领导干部任职回避暂行规定（2006）；中华人民共和国公务员法（2018）", "第五条；第七十五条",
        "领导干部不得在本人成长地担任县（市）党委、政府以及纪检机关、组织部门、人民法院、人民检察院、公安部门正职领导成员，一般不得在本人成长地担任市（地、盟）党委、政府以及纪检机关、组织部门、人民法院、人民检察院、公安部门正职领导成员。");

    public override AuditSeverity Severity => AuditSeverity.NeedsReview;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2006, 1, 1), null,
            [new("growthPlaceMinLength", 2, "成长地至少几个字才参与比对 / shortest growth place compared with unit names",
                "成长地的定义未检索到（规则目录 §2.6 [U]）：按名称比对单位树，部署可调 / 成长地 is undefined in the texts retrieved: names are compared along the unit tree, a deployment may tune it")],
            "任职回避暂行规定 2006 第五条（印发日期未核实，取年初）；公务员法第七十五条指向有关规定 / HB06 Art 5 (2006; date unverified, the year's start is used); GWYF18 Art 75 refers to it"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.GrowthPlaces is not { Count: > 0 } || file.Move is not { DecidedOn: { } on, Decision: { } decision } move
            || move.ToRung is not { IsLeadership: true, Grade: PostGrade.Chief } rung
            || file.UnitOn(move.To.UnitId, on) is not { } unit
            || Locality(file.Chain(unit.Id, on)) is not { } locality
            || VersionOn(on) is not { } version)
            return null;
        var ownPost = unit.Id == locality.Id
            && rung.Band == (locality.Level == AdministrativeLevel.County ? PostLevel.County : PostLevel.Departmental);
        var listedBody = unit.Id != locality.Id && ListedBodies.Any(b => unit.Name.Contains(b, StringComparison.Ordinal));
        if (!(ownPost || listedBody)
            || GrowthPlaces.Containing(file, locality.Id, on, version.Parameter("growthPlaceMinLength")) is not ({ } place, { } home))
            return null;
        var (modal, modalEn) = locality.Level == AdministrativeLevel.County ? ("不得", "must not") : ("一般不得", "should not, as a rule");
        return Found(file, version, on, [move.Recorded.Version, decision.Version],
            $"{on:yyyy-MM-dd} 决定{file.CadreName}任{unit.Name}{move.To.Title}（正职），该{(locality.Level == AdministrativeLevel.County ? "县" : "市")}" +
            $"（{locality.Name}）属其成长地“{place}”（{home.Name}）；领导干部{modal}在成长地担任此类正职，需复核（{Cite}）。 / " +
            $"{file.CadreName} was decided on {on:yyyy-MM-dd} for {move.To.Title} (a chief post) in {unit.Name}, in {locality.Name}, which lies in the growth place " +
            $"'{place}' ({home.Name}); a leading cadre {modalEn} hold such a chief post where they grew up: review ({Cite}).");
    }

    /// <summary>
    /// The county or city the unit belongs to: the first county- or city-level unit of the chain whose parent is of another
    /// level (a county bureau registered at county level under its county belongs to that county).
    /// </summary>
    private static UnitFacts? Locality(IReadOnlyList<UnitFacts> chain) =>
        chain.Where((u, i) => u.Level is AdministrativeLevel.County or AdministrativeLevel.City && (i + 1 == chain.Count || chain[i + 1].Level != u.Level))
            .FirstOrDefault();
}
