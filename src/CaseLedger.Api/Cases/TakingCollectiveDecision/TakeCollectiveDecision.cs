using CaseLedger.Domain.Cases;
using GraphQL.Types;

namespace CaseLedger.Api.Cases.TakingCollectiveDecision;

public sealed record TakeCollectiveDecisionInput(
    string CaseId,
    DecisionBody Body,
    int MembersEntitled,
    int Attendees,
    int VotesFor,
    int VotesAgainst,
    int Abstentions,
    bool PrincipalSpokeLast,
    DateOnly EffectiveOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseStepInput;

internal sealed class TakeCollectiveDecisionInputType : InputObjectGraphType<TakeCollectiveDecisionInput>
{
    public TakeCollectiveDecisionInputType()
    {
        Name = "TakeCollectiveDecisionInput";
        Description = "讨论决定 / collective decision, as minuted. Quorum (≥ 2/3 present), majority (> 1/2 of all members in favour), the body's validity and the principal leader speaking last are audited, not enforced: record what happened.";
        this.AddCaseIdField();
        Field(x => x.Body, type: typeof(NonNullGraphType<EnumerationGraphType<DecisionBody>>)).Description("决策机构: the body that decided. SECRETARIES_MEETING (书记办公会) and CIRCULATION_APPROVAL (圈阅) are recorded but are not valid decision bodies.");
        Field(x => x.MembersEntitled).Description("应到会人数: members entitled to attend (at least 1).");
        Field(x => x.Attendees).Description("实到会人数: members present (not more than membersEntitled, else COUNT_EXCEEDS_TOTAL).");
        Field(x => x.VotesFor).Description("赞成票: votes in favour. votesFor + votesAgainst + abstentions cannot exceed attendees.");
        Field(x => x.VotesAgainst).Description("反对票: votes against.");
        Field(x => x.Abstentions).Description("弃权票: abstentions.");
        Field(x => x.PrincipalSpokeLast).Description("主要负责人末位表态: true when the principal leader spoke last.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("会议日期: the date of the decision; it is the case's decidedOn.");
        this.AddCaseStepFields();
    }
}

internal static class TakeCollectiveDecisionField
{
    public static RecordCaseStep Command(TakeCollectiveDecisionInput input) =>
        RecordCaseStep.Step(input, c => c.TakeCollectiveDecision(input.Body, input.MembersEntitled, input.Attendees, input.VotesFor, input.VotesAgainst, input.Abstentions, input.PrincipalSpokeLast, input.EffectiveOn));

    public static void AddTakeCollectiveDecision(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<TakeCollectiveDecisionInputType, TakeCollectiveDecisionInput>("takeCollectiveDecision", "讨论决定 / record the collective decision (step COLLECTIVE_DECISION); the appointment notice needs it.", Command);
}
