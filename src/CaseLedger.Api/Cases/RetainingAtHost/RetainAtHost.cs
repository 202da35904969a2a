using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using CaseLedger.Api.Units;
using GraphQL.Types;

namespace CaseLedger.Api.Cases.RetainingAtHost;

public sealed record RetainAtHostInput(
    string CaseId,
    PostInput HostPost,
    string DecisionReference,
    DateOnly EffectiveOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseStepInput
{
    IEnumerable<RemitReference> IReferencesRemit.RemitReferences() =>
        [GlobalId.Reference("caseId", CaseType.TypeName, CaseId), HostPost.UnitReference("hostPost")];
}

internal sealed class RetainAtHostInputType : InputObjectGraphType<RetainAtHostInput>
{
    public RetainAtHostInputType()
    {
        Name = "RetainAtHostInput";
        Description = "挂职留任 / the cadre stays at the host in a post. 留任 is itself a transfer that needs its own formalities; the case closes.";
        this.AddCaseIdField();
        Field(x => x.HostPost, type: typeof(NonNullGraphType<PostInputType>)).Description("留任职务: the post the cadre takes at the host.");
        Field(x => x.DecisionReference).Description("留任决定文号: reference of the retention decision.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("留任日期 (not before the secondment started).");
        this.AddCaseStepFields();
    }
}

internal static class RetainAtHostField
{
    public static RecordCaseStep Command(RetainAtHostInput input) =>
        RecordCaseStep.StepWithLookups(input, async context =>
        {
            var hostPost = await input.HostPost.ToPostAsync(context.Session, "hostPost", context.CancellationToken);
            return c => c.RetainAtHost(hostPost, input.DecisionReference, input.EffectiveOn);
        });

    public static void AddRetainAtHost(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<RetainAtHostInputType, RetainAtHostInput>("retainAtHost", "挂职留任 / record the retention at the host (step RETENTION_AT_HOST); the case becomes CLOSED.", Command);
}
