using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Units;
using CaseLedger.Domain.Cases;
using GraphQL.Types;

namespace CaseLedger.Api.Cases.HoldingDemocraticRecommendation;

public sealed record HoldDemocraticRecommendationInput(
    string CaseId,
    RecommendationMode Mode,
    bool Directed,
    string? DirectedPost,
    int Participants,
    int CandidateCount,
    DateOnly EffectiveOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey,
    string? DirectedPostId = null) : ICaseStepInput;

internal sealed class HoldDemocraticRecommendationInputType : InputObjectGraphType<HoldDemocraticRecommendationInput>
{
    public HoldDemocraticRecommendationInputType()
    {
        Name = "HoldDemocraticRecommendationInput";
        Description = "民主推荐 / democratic recommendation (TL-RECOMMENDATION): an interview survey (谈话调研推荐) and a meeting (会议推荐) may both be held, one record per mode. Valid for one year.";
        this.AddCaseIdField();
        Field(x => x.Mode, type: typeof(NonNullGraphType<EnumerationGraphType<RecommendationMode>>)).Description("推荐方式: INTERVIEW_SURVEY (谈话调研推荐) or MEETING (会议推荐); it decides which step is recorded.");
        Field(x => x.Directed).Description("定向推荐: true when the recommendation was for one named post (give directedPostId), false for an open recommendation.");
        Field(x => x.DirectedPostId, type: typeof(IdGraphType))
            .Description("定向职位: the post recommended for, by its id (Post.id, e.g. the case's toPost.id or a post on a unit's roster). " +
                "Required when directed (or the deprecated directedPost), refused (INCONSISTENT_INPUT) when not; RECO-VALID-1Y compares it with the case's post.");
        Field(x => x.DirectedPost, nullable: true)
            .Description("定向职位的名称 (deprecated: a title alone cannot tell two units' posts apart; give directedPostId). Still read as a title in the unit of the case's post.")
            .DeprecationReason("Name the post by id with directedPostId.");
        Field(x => x.Participants).Description("参加推荐人数: how many took part (at least 1).");
        Field(x => x.CandidateCount).Description("候选人数: how many candidates were recommended (at least 1).");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("推荐日期: the date the recommendation was held.");
        this.AddCaseStepFields();
    }
}

internal static class HoldDemocraticRecommendationField
{
    public static RecordCaseStep Command(HoldDemocraticRecommendationInput input) =>
        RecordCaseStep.Step(input, c => c.HoldDemocraticRecommendation(input.Mode, input.Directed, input.DirectedPost, input.Participants, input.CandidateCount,
            input.EffectiveOn, input.DirectedPostId is null ? null : GlobalId.ParseInput(input.DirectedPostId, PostType.TypeName, "directedPostId")));

    public static void AddHoldDemocraticRecommendation(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<HoldDemocraticRecommendationInputType, HoldDemocraticRecommendationInput>("holdDemocraticRecommendation", "民主推荐 / record a democratic recommendation (step INTERVIEW_RECOMMENDATION or MEETING_RECOMMENDATION, by mode).", Command);
}
