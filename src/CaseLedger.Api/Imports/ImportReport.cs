namespace CaseLedger.Api.Imports;

/// <summary>A problem with one cell or row: where (sheet, row — the header is row 1 —, column), the error code and a bilingual message.</summary>
public sealed record ImportProblem(string Sheet, int Row, string? Column, string Code, string Message)
{
    public override string ToString() => $"{Sheet} row {Row}{(Column is null ? "" : $" column {Column}")}: {Code} — {Message}";
}

/// <summary>What an import did, or (dry run) would do.</summary>
public sealed record ImportReport(
    bool DryRun,
    bool Partial,
    bool Written,
    int RowsRead,
    int RowsWritten,
    int RowsAlreadyImported,
    int RowsRejected,
    IReadOnlyList<ImportProblem> Problems);

/// <summary>How to import: <see cref="DryRun"/> writes nothing; <see cref="Partial"/> writes the good rows even when others are refused.</summary>
public sealed record ImportOptions(bool DryRun, bool Partial);

/// <summary>Rows done so far in a pass ("check" or "write").</summary>
public sealed record ImportProgress(string Pass, int Rows);
