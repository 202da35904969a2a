using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cadres.RecordingBaselinePost;
using CaseLedger.Api.Cadres.Registering;
using CaseLedger.Api.Cases;
using CaseLedger.Api.Cases.Opening;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Units;
using CaseLedger.Api.Units.Registering;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Units;

namespace CaseLedger.Cli.DemoData;

internal sealed record DemoCounts(int Units, int Cadres, int Cases);

/// <summary>
/// A small slice of Ningxia: the region, 银川市 (川区) and 固原市 (山区), a county in each area,
/// a township and a registered poor village, a dozen cadres and cases of every kind at different steps
/// (the cases themselves are in NingxiaDemoCases.cs).
/// </summary>
internal sealed partial class NingxiaDemoSlice(LedgerWriter writer)
{
    private static readonly DateOnly Founded = new(2016, 1, 1);
    private int units, cadres, cases;

    public async Task<DemoCounts> LoadAsync(CancellationToken ct)
    {
        var region = await UnitAsync("640000", "宁夏回族自治区", UnitKind.PartyGovOrgan, AdministrativeLevel.Region, null, null, ct);
        var organisation = await UnitAsync("640000-ZZB", "自治区党委组织部", UnitKind.PartyGovOrgan, AdministrativeLevel.Region, region, null, ct);
        var soe = await UnitAsync("640000-GZJT", "宁夏国有资本运营集团", UnitKind.StateOwnedEnterprise, AdministrativeLevel.Region, region, null, ct);
        var university = await UnitAsync("640000-NXU", "宁夏大学", UnitKind.University, AdministrativeLevel.Region, region, null, ct);
        var yinchuan = await UnitAsync("640100", "银川市", UnitKind.PartyGovOrgan, AdministrativeLevel.City, region, NingxiaArea.Plain, ct);
        var guyuan = await UnitAsync("640400", "固原市", UnitKind.PartyGovOrgan, AdministrativeLevel.City, region, NingxiaArea.Mountain, ct);
        var yongning = await UnitAsync("640121", "永宁县", UnitKind.PartyGovOrgan, AdministrativeLevel.County, yinchuan, NingxiaArea.Plain, ct);
        var xiji = await UnitAsync("640422", "西吉县", UnitKind.PartyGovOrgan, AdministrativeLevel.County, guyuan, NingxiaArea.Mountain, ct);
        var yuanzhou = await UnitAsync("640402", "原州区", UnitKind.PartyGovOrgan, AdministrativeLevel.County, guyuan, NingxiaArea.Mountain, ct);
        var jiangtaibu = await UnitAsync("640422-101", "将台堡镇", UnitKind.PartyGovOrgan, AdministrativeLevel.Township, xiji, NingxiaArea.Mountain, ct);
        var village = await UnitAsync("640422-101-201", "明荣村", UnitKind.VillageOrganization, AdministrativeLevel.Village, jiangtaibu, NingxiaArea.Mountain, ct, poorVillage: true);

        var ma = await CadreAsync("马文军", Gender.Male, new(1980, 4, 12), "回族", Post(xiji, "副县长", PostLevel.County, PostGrade.Deputy), new(2019, 3, 1), ct);
        var li = await CadreAsync("李娟", Gender.Female, new(1986, 9, 3), "汉族", Post(organisation, "干部一处四级调研员", PostLevel.County, PostGrade.Deputy, leadership: false), new(2020, 6, 1), ct);
        var yang = await CadreAsync("杨建国", Gender.Male, new(1969, 11, 20), "汉族", Post(soe, "财务部经理", PostLevel.Township, PostGrade.Chief), new(2012, 1, 1), ct, CadreCategory.EnterpriseManager);
        var wang = await CadreAsync("王磊", Gender.Male, new(1990, 1, 25), "汉族", Post(yongning, "县委办公室副主任", PostLevel.Township, PostGrade.Deputy), new(2021, 7, 1), ct);
        var hai = await CadreAsync("海燕", Gender.Female, new(1984, 5, 30), "回族", Post(yinchuan, "市发改委副主任", PostLevel.County, PostGrade.Deputy), new(2018, 2, 1), ct);
        var zhang = await CadreAsync("张伟", Gender.Male, new(1978, 12, 2), "汉族", Post(yuanzhou, "区委常委", PostLevel.County, PostGrade.Deputy), new(2017, 9, 1), ct);
        var su = await CadreAsync("苏晓", Gender.Female, new(1992, 3, 18), "回族", Post(jiangtaibu, "副镇长", PostLevel.Township, PostGrade.Deputy), new(2022, 4, 1), ct);
        var zhao = await CadreAsync("赵刚", Gender.Male, new(1975, 8, 8), "汉族", Post(guyuan, "市委组织部副部长", PostLevel.County, PostGrade.Deputy), new(2016, 5, 1), ct);
        var chen = await CadreAsync("陈静", Gender.Female, new(1988, 11, 11), "汉族", Post(university, "学院副院长", PostLevel.County, PostGrade.Deputy, leadership: true), new(2020, 9, 1), ct, CadreCategory.PublicInstitutionStaff);
        var ding = await CadreAsync("丁海", Gender.Male, new(1982, 2, 14), "回族", Post(yongning, "副县长", PostLevel.County, PostGrade.Deputy), new(2019, 11, 1), ct);
        var liu = await CadreAsync("刘洋", Gender.Male, new(1987, 6, 6), "汉族", Post(yinchuan, "市委办公室科长", PostLevel.Township, PostGrade.Chief), new(2019, 1, 1), ct);
        var jin = await CadreAsync("金花", Gender.Female, new(1979, 10, 1), "回族", Post(xiji, "县委常委、组织部部长", PostLevel.County, PostGrade.Deputy), new(2018, 8, 1), ct);

        var zhou = await CadreAsync("周敏", Gender.Female, new(1985, 7, 19), "汉族", Post(soe, "高级工程师", PostLevel.Township, PostGrade.Chief, leadership: false), new(2015, 3, 1), ct, CadreCategory.SocialTalent);
        var fujian = await UnitAsync("350000-FGW", "福建省发展和改革委员会", UnitKind.OutsideRegionBody, AdministrativeLevel.Region, null, null, ct);
        var han = await CadreAsync("韩冰", Gender.Male, new(1983, 9, 9), "汉族", Post(fujian, "地区经济处副处长", PostLevel.County, PostGrade.Deputy), new(2021, 1, 1), ct);

        var places = new DemoPlaces(region, organisation, soe, university, yinchuan, guyuan, yongning, xiji, yuanzhou, jiangtaibu, village, fujian);
        var people = new DemoPeople(ma, li, yang, wang, hai, zhang, su, zhao, chen, ding, liu, jin, zhou, han);
        await CasesAsync(places, people, ct);
        return new DemoCounts(units, cadres, cases);
    }

    private static PostInput Post(UnitDetails unit, string title, PostLevel level, PostGrade grade, bool leadership = true) =>
        new(GlobalId.Encode(UnitType.TypeName, unit.Id), title, level, grade, leadership);

    private async Task<UnitDetails> UnitAsync(string code, string name, UnitKind kind, AdministrativeLevel level, UnitDetails? parent,
        NingxiaArea? area, CancellationToken ct, bool poorVillage = false)
    {
        var input = new RegisterUnitInput(code, name, kind, level, parent is null ? null : GlobalId.Encode(UnitType.TypeName, parent.Id),
            area, poorVillage, Founded, "演示数据 / demo data", null, null);
        units++;
        return await writer.SendAsync(input, new RegisterUnit(Guid.CreateVersion7(), input), ct);
    }

    private async Task<CadreProfile> CadreAsync(string name, Gender gender, DateOnly birthDate, string ethnicity, PostInput post, DateOnly since,
        CancellationToken ct, CadreCategory category = CadreCategory.CivilServant, IReadOnlyList<string>? growthPlaces = null)
    {
        var register = new RegisterCadreInput(name, gender, birthDate, ethnicity, birthDate.AddYears(24), "大学本科",
            birthDate.AddYears(22), category, growthPlaces ?? ["宁夏"], "演示数据 / demo data", null, null);
        var cadre = await writer.SendAsync(register, new RegisterCadre(Guid.CreateVersion7(), register), ct);
        var baseline = new RecordBaselinePostInput(GlobalId.Encode(CadreType.TypeName, cadre.Id), post, since, null, null,
            "迁移的任职数据 / migrated posting", null, null);
        cadres++;
        return await writer.SendAsync(baseline, new RecordBaselinePost(baseline), ct);
    }

    private async Task<CaseSummary> CaseAsync(CaseChannel channel, CadreProfile cadre, PostInput? from, PostInput? to, DateOnly openedOn, CancellationToken ct)
    {
        var reason = CaseChannels.KindOf(channel) == CaseKind.Exchange ? ExchangeReason.WorkNeeds : (ExchangeReason?)null;
        var input = new OpenCaseInput(channel, GlobalId.Encode(CadreType.TypeName, cadre.Id), from, to, reason, openedOn, "演示数据 / demo data", null, null);
        cases++;
        return await writer.SendAsync(input, new OpenCase(Guid.CreateVersion7(), input), ct);
    }
}
