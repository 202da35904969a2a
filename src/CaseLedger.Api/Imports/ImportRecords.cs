using CaseLedger.Api.Security;
using CaseLedger.Domain.Shared;
using GraphQL;
using GraphQL.Types;

namespace CaseLedger.Api.Imports;

/// <summary>The file to import, sent as content: its name says CSV or .xlsx and, for a CSV, the kind (units.csv, 干部.csv, …).</summary>
public sealed record ImportRecordsInput(string FileName, string ContentBase64, bool? DryRun, bool? Partial);

internal sealed class ImportRecordsInputType : InputObjectGraphType<ImportRecordsInput>
{
    public ImportRecordsInputType()
    {
        Name = "ImportRecordsInput";
        Description = "导入: a spreadsheet of existing records (README, \"Importing records\": one sheet or CSV per kind, Chinese or English headers).";
        Field(x => x.FileName).Description(
            "The file's name: *.xlsx (sheets units, cadres, baselinePosts, cases, steps or 单位, 干部, 基线任职, 案件, 步骤) or a CSV named for its kind, e.g. units.csv or 单位.csv.");
        Field(x => x.ContentBase64).Description("The file's bytes, base64-encoded (CSV in UTF-8). The request limit (1 MB) bounds it: import larger files with tools/caseledger import.");
        Field(x => x.DryRun, nullable: true).Description("true: check every row as the real import would and report every problem; record nothing. Default false.");
        Field(x => x.Partial, nullable: true).Description(
            "true: record the good rows even when others are refused (every row of a unit, cadre or case with a refused row is left out). Default false: record nothing unless every row is good.");
    }
}

internal sealed class ImportProblemType : ObjectGraphType<ImportProblem>
{
    public ImportProblemType()
    {
        Name = "ImportProblem";
        Description = "Why a row (or the file) cannot be imported, located as in the spreadsheet.";
        Field(x => x.Sheet).Description("The sheet of an .xlsx, or the CSV file's name.");
        Field(x => x.Row).Description("The row as numbered in the spreadsheet: the header is row 1.");
        Field(x => x.Column, nullable: true).Description("The column's English name (a step's details field as details.<field>); null when the whole row is at fault.");
        Field(x => x.Code).Description("An errorCodes code, e.g. REQUIRED, INVALID_VALUE, NOT_FOUND, STEP_OUT_OF_ORDER, DEPENDS_ON_REJECTED_ROW.");
        Field(x => x.Message).Description("中文 / English explanation.");
    }
}

internal sealed class ImportReportType : ObjectGraphType<ImportReport>
{
    public ImportReportType()
    {
        Name = "ImportReport";
        Description = "What an import did, or (dry run) would do.";
        Field(x => x.DryRun).Description("true: nothing was recorded.");
        Field(x => x.Partial).Description("The partial option as given.");
        Field(x => x.Written).Description("true when rows were sent to the ledger (not a dry run, and no problem or partial).");
        Field(x => x.RowsRead).Description("Data rows read (empty rows aside).");
        Field(x => x.RowsWritten).Description("Rows recorded by this import.");
        Field(x => x.RowsAlreadyImported).Description("Rows an earlier import of the same records recorded: left as they are (re-importing a file appends nothing).");
        Field(x => x.RowsRejected).Description("Rows with a problem or left out with one.");
        Field(x => x.Problems, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ImportProblemType>>>)).Description("Every problem, by sheet, row and column.");
    }
}

internal static class ImportRecordsField
{
    public static void AddImportRecords(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ImportReportType>>("importRecords")
            .Description("导入 (admin only): units, cadres with their baseline posts, and historical cases with their steps from a spreadsheet; "
                + "each row is decided as its own mutation would be. Idempotent: re-importing the same file appends nothing.")
            .Argument<NonNullGraphType<ImportRecordsInputType>>("input")
            .RequirePermission(Permission.Administer)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<ImportRecordsInput>("input");
                byte[] content;
                try
                {
                    content = Convert.FromBase64String(input.ContentBase64);
                }
                catch (FormatException)
                {
                    throw new ExecutionError("contentBase64 不是 base64 / contentBase64 is not base64.") { Code = ErrorCodes.InvalidValue };
                }
                ImportSource source;
                try
                {
                    source = ImportSource.FromContent(Path.GetFileName(input.FileName), content);
                }
                catch (Exception ex) when (ex is ArgumentException or InvalidDataException or IOException)
                {
                    throw new ExecutionError($"无法读取文件 / {ex.Message}") { Code = ErrorCodes.InvalidValue };
                }
                var runner = context.RequestServices!.GetRequiredService<ImportRunner>();
                return await runner.RunAsync(source, new ImportOptions(input.DryRun ?? false, input.Partial ?? false), context.User!, null, context.CancellationToken);
            });
}
