using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using CaseLedger.Api.Cadres.Career;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Shared;
using GraphQL.Types;

namespace CaseLedger.Api.Cadres;

internal sealed class CadreType : ObjectGraphType<CadreProfile>
{
    public const string TypeName = "Cadre";

    public CadreType(IEnumerable<GraphTypeExtension<CadreType>> extensions)
    {
        Name = TypeName;
        Interface<NodeInterface>();
        Description = "干部: a cadre's personal record and current posting.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the cadre.")
            .Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field(x => x.Name).Description("姓名.");
        Field(x => x.Gender, type: typeof(NonNullGraphType<EnumerationGraphType<Gender>>)).Description("性别.");
        Field<DateOnlyGraphType>("birthDate").Description("出生日期; null when your role sees it masked (supervisors: birthYear only).")
            .Resolve(c => PersonalData.Unmasked(c, c.Source.Id) ? c.Source.BirthDate : null);
        Field<NonNullGraphType<IntGraphType>>("birthYear").Description("出生年份: the year of birth, shown to every role.")
            .Resolve(c => c.Source.BirthDate.Year);
        Field(x => x.Ethnicity).Description("民族.");
        Field(x => x.PartyJoinDate, type: typeof(DateOnlyGraphType)).Description("入党时间; null when not a Party member.");
        Field(x => x.Education).Description("学历.");
        Field(x => x.WorkStartDate, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("参加工作时间.");
        Field(x => x.Category, type: typeof(NonNullGraphType<EnumerationGraphType<CadreCategory>>)).Description("干部类别.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("growthPlaces")
            .Description("成长地: places the cadre grew up in (region avoidance); null when your role sees it masked.")
            .Resolve(c => PersonalData.Unmasked(c, c.Source.Id) ? c.Source.GrowthPlaces : null);
        this.AddCareerFields();
        Field<NonNullGraphType<IntGraphType>>("version").Description("Stream version: pass it as expectedVersion to change the cadre (inside asRecordedAt: the version then).")
            .Resolve(c => c.RecordedAt() is null ? c.StreamVersion(c.Source.Id) : DataLoaderResults.Done(c.Source.Version));
        // A cadre's events carry their personal data: only roles that see it unmasked read them, and inspectors' reads are logged.
        this.AddHistoryField(x => x.Id, _ => 0, c => c.RequestServices!.GetRequiredService<AccessLog>().Read(c.Source.Id), x => x.Version)
            .RequirePermission(Permission.ReadHistory, Permission.ReadPersonalData);
        Field(x => x.ReservePoolLevel, type: typeof(EnumerationGraphType<PostLevel>)).Description("后备干部库: the level the cadre is reserved for; null when not in the pool.");
        Field(x => x.AnnualAssessments, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<AnnualAssessmentType>>>))
            .Description("年度考核: the grade of each recorded year (after corrections), oldest first.");
        Field(x => x.LeftServiceOn, type: typeof(DateOnlyGraphType)).Description("退出干部队伍日期; null while in service. Nothing more can be recorded after it.");
        this.AddTimeTravelField();
        this.ApplyAll(extensions);
    }
}

internal sealed class AnnualAssessmentType : ObjectGraphType<AnnualAssessment>
{
    public AnnualAssessmentType()
    {
        Name = "AnnualAssessment";
        Description = "年度考核: one year's grade as it stands.";
        Field(x => x.Year).Description("考核年度.");
        Field(x => x.Grade, type: typeof(NonNullGraphType<EnumerationGraphType<AssessmentGrade>>)).Description("考核等次.");
    }
}
