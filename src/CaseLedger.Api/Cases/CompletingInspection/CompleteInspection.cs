using GraphQL.Types;

namespace CaseLedger.Api.Cases.CompletingInspection;

public sealed record CompleteInspectionInput(
    string CaseId,
    IReadOnlyList<string> TeamMembers,
    string ReportReference,
    DateOnly EffectiveOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseStepInput;

internal sealed class CompleteInspectionInputType : InputObjectGraphType<CompleteInspectionInput>
{
    public CompleteInspectionInputType()
    {
        Name = "CompleteInspectionInput";
        Description = "考察 / inspection: the inspection team and its report. TL-INSPECTION wants at least 2 team members; a smaller team is recorded and flagged by the audit.";
        this.AddCaseIdField();
        Field(x => x.TeamMembers, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>)).Description("考察组成员: team member names (at least one, each up to 50 characters).");
        Field(x => x.ReportReference).Description("考察报告文号: reference of the inspection report, e.g. 考察报告〔2026〕3号.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("考察完成日期: the date the inspection was completed.");
        this.AddCaseStepFields();
    }
}

internal static class CompleteInspectionField
{
    public static RecordCaseStep Command(CompleteInspectionInput input) =>
        RecordCaseStep.Step(input, c => c.CompleteInspection(input.TeamMembers, input.ReportReference, input.EffectiveOn));

    public static void AddCompleteInspection(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<CompleteInspectionInputType, CompleteInspectionInput>("completeInspection", "考察 / record the completed inspection (step INSPECTION).", Command);
}
