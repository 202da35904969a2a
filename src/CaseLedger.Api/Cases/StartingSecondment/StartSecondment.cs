using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using CaseLedger.Api.Units;
using GraphQL.Types;

namespace CaseLedger.Api.Cases.StartingSecondment;

public sealed record StartSecondmentInput(
    string CaseId,
    string SendingUnitId,
    string HostUnitId,
    PostInput? HostPost,
    DateOnly StartOn,
    DateOnly PlannedEndOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseStepInput
{
    IEnumerable<RemitReference> IReferencesRemit.RemitReferences() =>
    [
        GlobalId.Reference("caseId", CaseType.TypeName, CaseId),
        GlobalId.Reference("sendingUnitId", UnitType.TypeName, SendingUnitId),
        GlobalId.Reference("hostUnitId", UnitType.TypeName, HostUnitId),
        .. HostPost is null ? [] : new[] { HostPost.UnitReference("hostPost") },
    ];
}

internal sealed class StartSecondmentInputType : InputObjectGraphType<StartSecondmentInput>
{
    public StartSecondmentInputType()
    {
        Name = "StartSecondmentInput";
        Description = "挂职开始 / the secondment starts; the case becomes EFFECTIVE. Secondment cases only. The personnel relation stays with the sending unit.";
        this.AddCaseIdField();
        Field(x => x.SendingUnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("派出单位: the unit that sends the cadre and keeps the personnel relation (Unit.id).");
        Field(x => x.HostUnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("挂职单位: the host unit, e.g. a village for a 第一书记 (Unit.id); not the sending unit.");
        Field(x => x.HostPost, type: typeof(PostInputType)).Description("挂任职务: the post held at the host, in the host unit; omit when none.");
        Field(x => x.StartOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("挂职开始日期.");
        Field(x => x.PlannedEndOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("计划结束日期 (after startOn, else END_BEFORE_START).");
        this.AddCaseStepFields();
    }
}

internal static class StartSecondmentField
{
    public static RecordCaseStep Command(StartSecondmentInput input) =>
        RecordCaseStep.StepWithLookups(input, async context =>
        {
            var sendingUnitId = await context.ExistingUnitIdAsync(input.SendingUnitId, "sendingUnitId");
            var hostUnitId = await context.ExistingUnitIdAsync(input.HostUnitId, "hostUnitId");
            var hostPost = input.HostPost is null ? null : await input.HostPost.ToPostAsync(context.Session, "hostPost", context.CancellationToken);
            return c => c.StartSecondment(sendingUnitId, hostUnitId, hostPost, input.StartOn, input.PlannedEndOn);
        });

    public static void AddStartSecondment(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<StartSecondmentInputType, StartSecondmentInput>("startSecondment", "挂职开始 / record the start of the secondment (step SECONDMENT); the case becomes EFFECTIVE.", Command);
}
