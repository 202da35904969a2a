using CaseLedger.Api.Cadres;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.ReadSide;
using CaseLedger.Api.Posts;
using CaseLedger.Domain.Cases;
using GraphQL.Types;

namespace CaseLedger.Api.Cases;

internal sealed class CaseType : ObjectGraphType<CaseSummary>
{
    public const string TypeName = "Case";

    public CaseType()
    {
        Name = TypeName;
        Interface<NodeInterface>();
        Description = "案件: one exchange (交流), secondment (挂职) or appointment (任用), recorded as its own event stream.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the case.")
            .Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field(x => x.Number).Description("案件编号, e.g. JL-2026-000123 (JL 交流, GZ 挂职, RY 任用).");
        Field(x => x.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<CaseKind>>)).Description("案件类别.");
        Field(x => x.Channel, type: typeof(NonNullGraphType<EnumerationGraphType<CaseChannel>>)).Description("渠道: how the cadre moves.");
        Field<NonNullGraphType<CadreType>>("cadre").Description("The cadre the case concerns.")
            .Resolve(c => c.LoadCadre(c.Source.CadreId));
        Field(x => x.FromPost, type: typeof(PostType)).Description("原职位: the post moved from, if any.");
        Field(x => x.ToPost, type: typeof(PostType)).Description("拟任职位: the post moved to (null for some secondments).");
        Field(x => x.Status, type: typeof(NonNullGraphType<EnumerationGraphType<CaseStatus>>)).Description("Where the case stands.");
        Field(x => x.StepsDone, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<ProcedureStep>>>>))
            .Description("Procedure steps recorded so far, in the order recorded.");
        Field(x => x.OpenedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Effective date the case opened.");
        Field(x => x.Version, type: typeof(NonNullGraphType<IntGraphType>)).Description("Stream version: pass it as expectedVersion to record the next step.");
        this.AddTimeTravelFields();
    }
}
