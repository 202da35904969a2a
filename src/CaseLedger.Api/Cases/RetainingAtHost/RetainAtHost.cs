using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using CaseLedger.Api.Units;
using CaseLedger.Domain.Cases;
using GraphQL.Types;

namespace CaseLedger.Api.Cases.RetainingAtHost;

public sealed record RetainAtHostInput(
    string CaseId,
    PostInput HostPost,
    string DecisionReference,
    DateOnly EffectiveOn,
    RetentionDecisionInput? Decision,
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
        Field(x => x.Decision, type: typeof(RetentionDecisionInputType)).Description(
            "留任决定: the body that decided, its date and tally as minuted. Optional for older clients; give it so the case shows how retention was decided.");
        this.AddCaseStepFields();
    }
}

/// <summary>留任决定 as minuted.</summary>
public sealed record RetentionDecisionInput(
    DecisionBody Body, DateOnly DecidedOn, int MembersEntitled, int Attendees, int VotesFor, int VotesAgainst, int Abstentions)
{
    public RetentionDecision ToDecision() => new(Body, DecidedOn, MembersEntitled, Attendees, VotesFor, VotesAgainst, Abstentions);
}

internal sealed class RetentionDecisionInputType : InputObjectGraphType<RetentionDecisionInput>
{
    public RetentionDecisionInputType()
    {
        Name = "RetentionDecisionInput";
        Description = "留任决定 / the decision to keep the cadre at the host, as minuted. Impossible figures (more present than entitled, more votes than present) are refused with COUNT_EXCEEDS_TOTAL.";
        Field(x => x.Body, type: typeof(NonNullGraphType<EnumerationGraphType<DecisionBody>>)).Description("决策机构: the body that decided.");
        Field(x => x.DecidedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("决定日期: not after the retention's effectiveOn.");
        Field(x => x.MembersEntitled).Description("应到会人数 (at least 1).");
        Field(x => x.Attendees).Description("实到会人数 (not more than membersEntitled).");
        Field(x => x.VotesFor).Description("赞成票. votesFor + votesAgainst + abstentions cannot exceed attendees.");
        Field(x => x.VotesAgainst).Description("反对票.");
        Field(x => x.Abstentions).Description("弃权票.");
    }
}

internal static class RetainAtHostField
{
    public static RecordCaseStep Command(RetainAtHostInput input) =>
        RecordCaseStep.StepWithLookups(input, async context =>
        {
            var hostPost = await input.HostPost.ToPostAsync(context.Session, "hostPost", context.CancellationToken);
            return c => c.RetainAtHost(hostPost, input.DecisionReference, input.EffectiveOn, input.Decision?.ToDecision());
        });

    public static void AddRetainAtHost(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<RetainAtHostInputType, RetainAtHostInput>("retainAtHost", "挂职留任 / record the retention at the host (step RETENTION_AT_HOST); the case becomes CLOSED.", Command);
}
