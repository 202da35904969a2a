using CaseLedger.Api.GraphQL;
using CaseLedger.Domain.Cases;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Marten;

namespace CaseLedger.Api.Cases.StepDetails;

/// <summary>
/// The recorded events behind step records, by (case, version), a page's worth in one query. A step
/// record names the version of its event, and events never change, so the details are exactly what was
/// recorded — in time travel (asOfVersion, asRecordedAt) too.
/// </summary>
internal sealed class StepDetailsLoader(IQuerySession session)
{
    public BatchLoader<(Guid CaseId, long Version), object> Events { get; } = new(async (keys, ct) =>
    {
        var caseIds = keys.Select(k => k.CaseId).Distinct().ToArray();
        var versions = keys.Select(k => k.Version).Distinct().ToArray();
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId.IsOneOf(caseIds) && e.Version.IsOneOf(versions))
            .ToListAsync(ct);
        return events.Where(e => keys.Contains((e.StreamId, e.Version)))
            .ToDictionary(e => (e.StreamId, e.Version), e => Details(e.Data));
    });

    /// <summary>The object a details type reads: the event itself, or for an approval either answer as one shape.</summary>
    public static object Details(object recorded) => recorded switch
    {
        ApprovalGranted g => new ApprovalAnswer(true, g.Authority, g.Reference, null, g.EffectiveOn, g.PurposeOrRoutine()),
        ApprovalRefused r => new ApprovalAnswer(false, r.Authority, null, r.Reason, r.EffectiveOn, null),
        _ => recorded,
    };

    public IDataLoaderResult<object?> Load(Guid caseId, long version) => Events.Load((caseId, version));
}

internal static class CaseStepDetailFields
{
    /// <summary>
    /// The details types are reached only through the CaseStepDetails interface, so the schema is told of them:
    /// each hand-written type, and for a step event without one, its fields as recorded (RecordedStepDetailsType).
    /// </summary>
    public static void RegisterStepDetailTypes(this ISchema schema)
    {
        var written = typeof(CaseStepDetailsInterface).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(StepDetailsType<>))
            .ToList();
        var detailed = written.Select(t => t.BaseType!.GetGenericArguments()[0]).ToHashSet();
        var generated = typeof(ICaseStep).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICaseStep).IsAssignableFrom(t) && !detailed.Contains(t))
            .Where(t => t != typeof(ApprovalGranted) && t != typeof(ApprovalRefused)) // shown as one ApprovalAnswer
            .Select(t => typeof(RecordedStepDetailsType<>).MakeGenericType(t));
        foreach (var type in written.Concat(generated))
            schema.RegisterType(type);
    }

    /// <summary><c>steps[].details</c>: the step record's event, typed; Case.steps sets the case id.</summary>
    public static void AddStepDetailsField(this ObjectGraphType<CaseStepRecord> type) =>
        type.Field<NonNullGraphType<CaseStepDetailsInterface>>("details")
            .Description("What this step recorded, typed per step kind (the event at `version`, corrections already applied: a corrected step shows its replacement).")
            .Resolve(c => Loader(c).Load(c.Source.CaseId, c.Source.Version));

    /// <summary>The typed details of the steps that have no summary of their own on Case.</summary>
    public static void AddStepDetailFields(this ObjectGraphType<CaseSummary> type)
    {
        Add<DemocraticRecommendationDetailsType>(type, "interviewRecommendation", ProcedureStep.InterviewRecommendation, "谈话调研推荐");
        Add<DemocraticRecommendationDetailsType>(type, "meetingRecommendation", ProcedureStep.MeetingRecommendation, "会议推荐");
        Add<InspectionTargetsDetailsType>(type, "inspectionTargets", ProcedureStep.InspectionTargets, "确定考察对象");
        Add<InspectionDetailsType>(type, "inspection", ProcedureStep.Inspection, "考察: team and report");
        Add<ConsultationDetailsType>(type, "consultation", ProcedureStep.Consultation, "酝酿");
        Add<ExaminationDetailsType>(type, "examination", ProcedureStep.Examination, "考试测评 of a competitive selection");
        Add<SendingUnitOpinionDetailsType>(type, "sendingUnitOpinion", ProcedureStep.SendingUnitOpinion, "征求调出单位意见 of a 调任");
        Add<RetentionAtHostDetailsType>(type, "retentionAtHost", ProcedureStep.RetentionAtHost, "挂职留任: post, decision reference, decision with date and votes");
    }

    private static void Add<TGraph>(ObjectGraphType<CaseSummary> type, string name, ProcedureStep step, string what)
        where TGraph : IGraphType =>
        type.Field<TGraph>(name)
            .Description($"{what} (step {step.ToString().ToConstantCase()}), as currently recorded; null until recorded. The same object as steps[].details of that step.")
            .Resolve(c => c.Source.Steps.FirstOrDefault(s => s.Step == step) is { } record
                ? Loader(c).Load(c.Source.Id, record.Version)
                : DataLoaderResults.Done<object?>(null));

    private static StepDetailsLoader Loader(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<StepDetailsLoader>();
}
