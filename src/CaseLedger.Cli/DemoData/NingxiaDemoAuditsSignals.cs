using CaseLedger.Api.Units;
using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cadres.DeclaringKinRelation;
using CaseLedger.Api.Cadres.RecordingBaselinePost;
using CaseLedger.Api.Cadres.Registering;
using CaseLedger.Api.Cases;
using CaseLedger.Api.Cases.Opening;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Units.AnnouncingLeaderDeparture;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Cli.DemoData;

/// <summary>
/// Demo cases for the signal rules: a favour exchange home; a promotion while the county secretary is leaving;
/// an outside talent recruited by a county on its own.
/// </summary>
internal sealed partial class NingxiaDemoSlice
{
    private async Task SignalAuditsAsync(DemoPlaces p, DemoPeople c, CancellationToken ct)
    {
        // Audit (needs review): 马晓东, who grew up in 西吉县 and whose wife 金花 sits on its county committee, asks to
        // transfer home to 西吉县 (NX-NO-FAVOUR-EXCHANGE: three signals).
        var maXiaodong = await CadreGrownUpInAsync("马晓东", new(1983, 6, 16), "西吉县", Post(p.Guyuan, "市农业农村局副局长", PostLevel.County, PostGrade.Deputy),
            new(2020, 3, 1), ct);
        var kin = new DeclareKinRelationInput(Id(maXiaodong), "金花", Id(c.Jin), KinRelation.Spouse, new(2021, 1, 10), null, Demo, null, null);
        await writer.SendAsync(kin, DeclareKinRelationField.Command(kin), ct);
        var home = await ExchangeAsync(CaseChannel.LateralTransfer, ExchangeReason.PersonalRequest, maXiaodong,
            Post(p.Guyuan, "市农业农村局副局长", PostLevel.County, PostGrade.Deputy), Post(p.Xiji, "副县长", PostLevel.County, PostGrade.Deputy), new(2026, 4, 1), ct);
        await MotionAsync(home, "固原市委组织部", "马晓东本人申请转任西吉县副县长", new(2026, 4, 2), ct);
        await DecisionAsync(home, DecisionBody.StandingCommittee, 11, 10, 10, new(2026, 4, 20), "固原市委常委会纪要〔2026〕9号", ct);
        await NoticeAsync(home, "固原市", new(2026, 4, 21), new(2026, 4, 28), ct);
        await AppointmentNoticeAsync(home, new(2026, 5, 8), null, new(2026, 5, 6), ct);

        // Audit (needs review): 永宁县's Party secretary was known to be leaving from 2026-10-01 (leaves 2026-11-20), recorded
        // only now, after 王磊's promotion of 2026-10-15: the unit event re-evaluates it (SURPRISE-PROMO-TRANSFER-OR-RESTRUCTURE).
        var departure = new AnnounceLeaderDepartureInput(Id(p.Yongning), "李建华", "县委书记", new(2026, 11, 20), new(2026, 10, 1), null, Demo, "宁党干〔2026〕40号", null);
        await writer.SendAsync(departure, AnnounceLeaderDepartureField.Command(departure), ct);

        // Audit: 西吉县 organises the 考录 of the outside talent 田野 itself, with no delegation from the region (NX-SOCIAL-TALENT-CENTRAL-ORG).
        var register = new RegisterCadreInput("田野", Gender.Female, new(1994, 8, 8), "汉族", null, "硕士研究生", new(2019, 7, 1),
            CadreCategory.SocialTalent, ["银川市"], Demo, null, null);
        var tian = await writer.SendAsync(register, new RegisterCadre(Guid.CreateVersion7(), register), ct);
        cadres++;
        var recruitment = await CaseAsync(CaseChannel.ExamRecruitment, tian, null,
            Post(p.Xiji, "县发改局一级科员", PostLevel.Township, PostGrade.Deputy, leadership: false), new(2026, 6, 1), ct);
        await MotionAsync(recruitment, "西吉县委组织部", "西吉县自行组织考录县发改局专业人员", new(2026, 6, 2), ct);
        await DecisionAsync(recruitment, DecisionBody.StandingCommittee, 9, 8, 8, new(2026, 8, 10), "西吉县委常委会纪要〔2026〕15号", ct);
    }

    private async Task<CadreProfile> CadreGrownUpInAsync(string name, DateOnly birthDate, string growthPlace, PostInput post, DateOnly since, CancellationToken ct)
    {
        var register = new RegisterCadreInput(name, Gender.Male, birthDate, "回族", birthDate.AddYears(24), "大学本科",
            birthDate.AddYears(22), CadreCategory.CivilServant, [growthPlace], Demo, null, null);
        var cadre = await writer.SendAsync(register, new RegisterCadre(Guid.CreateVersion7(), register), ct);
        var baseline = new RecordBaselinePostInput(Id(cadre), post, since, null, null, "迁移的任职数据 / migrated posting", null, null);
        cadres++;
        return await writer.SendAsync(baseline, new RecordBaselinePost(baseline), ct);
    }

    private async Task<CaseSummary> ExchangeAsync(CaseChannel channel, ExchangeReason reason, CadreProfile cadre, PostInput from, PostInput to, DateOnly openedOn, CancellationToken ct)
    {
        var input = new OpenCaseInput(channel, GlobalId.Encode(CadreType.TypeName, cadre.Id), from, to, reason, openedOn, Demo, null, null);
        cases++;
        return await writer.SendAsync(input, new OpenCase(Guid.CreateVersion7(), input), ct);
    }
}
