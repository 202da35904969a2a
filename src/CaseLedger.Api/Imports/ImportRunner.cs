using System.Security.Claims;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Ledger;
using CaseLedger.Api.Units;
using CaseLedger.Domain.Shared;
using GraphQL;
using GraphQL.Types;
using Marten;

namespace CaseLedger.Api.Imports;

/// <summary>
/// Imports a file's rows by sending each as the mutation a user would send for it, through the same schema,
/// authorization, remit check, handler and domain decision, as the importing user; each row written is kept as an
/// <see cref="ImportedRecord"/> under a key derived from its natural key, in the same transaction as its events,
/// so re-importing a file appends nothing, whoever imports it.
/// <para>First a check pass decides every row inside one transaction that is rolled back (each row in a savepoint,
/// so later rows see earlier ones' streams) and reports every problem; a dry run stops there. Then, when the check
/// found nothing or <see cref="ImportOptions.Partial"/> is set, a write pass sends the rows again, each in its own
/// transaction, leaving out every row of a unit, cadre or case that had a bad row (a bad row never
/// half-writes a cadre or case) and the rows that refer to one.</para>
/// </summary>
internal sealed partial class ImportRunner(IServiceScopeFactory scopes, IDocumentStore store, IDocumentExecuter executer,
    IGraphQLTextSerializer serializer, ISchema schema, TimeProvider clock)
{
    private const int ProgressEvery = 500;

    public async Task<ImportReport> RunAsync(ImportSource source, ImportOptions options, ClaimsPrincipal user,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        schema.Initialize();
        var check = new Pass("check", null);
        await LedgerBatch.RunAndRollBackAsync(store, async batch =>
        {
            await RunPassAsync(source, check, user, batch, progress, ct);
            return true;
        }, ct);
        if (options.DryRun || (check.Problems.Count > 0 && !options.Partial))
            return new ImportReport(options.DryRun, options.Partial, false, check.Read, 0, check.AlreadyImported, check.RejectedRows, check.Problems);

        var write = new Pass("write", check.Rejected);
        await RunPassAsync(source, write, user, null, progress, ct);
        return new ImportReport(false, options.Partial, true, check.Read, write.Written, write.AlreadyImported,
            check.RejectedRows + write.RejectedRows, [.. check.Problems, .. write.Problems]);
    }

    /// <summary>One pass over every sheet; <paramref name="batch"/> is the check's rolled-back transaction, null when writing.</summary>
    private async Task RunPassAsync(ImportSource source, Pass pass, ClaimsPrincipal user, LedgerBatch? batch,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        foreach (var unknown in pass.Writing ? [] : source.Unknown)
            pass.Report(unknown, 1, null, ErrorCodes.InvalidValue,
                $"未知工作表 / Unknown sheet or file '{unknown}': name it {string.Join(", ", ImportTemplates.All.Select(t => $"{t.Sheet} ({t.ChineseSheet})"))}.");
        foreach (var sheet in source.Sheets)
        {
            using var rows = sheet.Rows().GetEnumerator();
            if (!rows.MoveNext() || Header(sheet, rows.Current, pass) is not { } reader)
                continue;
            while (rows.MoveNext())
            {
                ct.ThrowIfCancellationRequested();
                var row = rows.Current;
                if (row.IsEmpty)
                    continue;
                pass.Read++;
                await RunRowAsync(sheet.Name, row, reader, pass, user, batch, ct);
                if (pass.Read % ProgressEvery == 0)
                    progress?.Report(new ImportProgress(pass.Name, pass.Read));
            }
        }
        progress?.Report(new ImportProgress(pass.Name, pass.Read));
    }

    private async Task RunRowAsync(string sheet, ImportRow row, ImportRowReader reader, Pass pass, ClaimsPrincipal user,
        LedgerBatch? batch, CancellationToken ct)
    {
        var (command, problems) = reader.Read(row);
        // The write pass reads the same file again: what the check reported about it is not reported or counted twice.
        if (command is null)
        {
            if (pass.Writing)
                return;
            foreach (var (column, code, message) in problems)
                pass.Report(sheet, row.Number, column?.Name, code, message);
            pass.RejectedRows++;
            return;
        }
        if (pass.Skips(command, reader.Template.Columns[0].Name) is { } rejected)
        {
            pass.Reject(command.Entity);
            if (pass.Writing)
                return;
            pass.RejectedRows++;
            pass.Report(sheet, row.Number, rejected.Column, ErrorCodes.DependsOnRejectedRow,
                $"{rejected.Entity} 的另一行未能导入 / A row of {rejected.Entity} could not be imported; this row is left out with it.");
            return;
        }
        if (!pass.FirstSighting(reader.Template.Kind, command.Entity))
        {
            pass.Reject(command.Entity);
            pass.RejectedRows++;
            pass.Report(sheet, row.Number, reader.Template.Columns[0].Name, ErrorCodes.DuplicateRowKey,
                $"{command.Entity} 在本文件中重复 / {command.Entity} appears on an earlier row of this file.");
            return;
        }

        // Checking: a savepoint in the pass's batch. Writing: the row's own transaction, its events and its ImportedRecord together.
        var outcome = batch is null
            ? await LedgerBatch.RunAsync(store, _ => SendAsync(command, reader.Template, user, ct), o => o is { AlreadyImported: false, Problems.Count: 0 }, ct)
            : await batch.StepAsync(() => SendAsync(command, reader.Template, user, ct), o => o.Problems.Count == 0, ct);
        if (outcome.AlreadyImported)
        {
            pass.AlreadyImported++;
        }
        else if (outcome.Problems.Count == 0)
        {
            pass.Written++;
        }
        else
        {
            pass.Reject(command.Entity);
            pass.RejectedRows++;
            foreach (var (column, code, message) in outcome.Problems)
                pass.Report(sheet, row.Number, column, code, message);
        }
    }

    /// <summary>Resolves the row's references, then sends it as its mutation in a scope of its own.</summary>
    private async Task<RowOutcome> SendAsync(ImportRowCommand command, ImportTemplate template, ClaimsPrincipal user, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IQuerySession>();
        if (await ImportedAsync(session, command.ImportKey, ct) is not null)
            return RowOutcome.Already;
        foreach (var reference in command.References)
        {
            var id = reference.Entity.Kind == "unit"
                ? (await session.Query<UnitDetails>().Where(u => u.Code == reference.Entity.Key).FirstOrDefaultAsync(ct))?.Id
                : await ImportedAsync(session, ImportRowCommand.KeyOf(reference.Entity), ct);
            if (id is null)
                return RowOutcome.Refused(reference.Column.Name, ErrorCodes.NotFound, reference.Entity.Kind == "unit"
                    ? $"单位代码 {reference.Entity.Key} 不存在 / No unit has the code {reference.Entity.Key}, in the ledger or on an earlier row."
                    : $"{reference.Entity} 未导入 / No earlier import or earlier row records {reference.Entity}.");
            ImportRowReader.Set(command.Input, reference.Column.InputPath!, id.Value.ToString());
        }
        var inputType = InputTypeOf(command.Mutation);
        var entity = template.Kind switch
        {
            ImportKind.Units => "unit",
            ImportKind.Cadres or ImportKind.BaselinePosts => "cadre",
            _ => "case",
        };
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = $"mutation Import($input: {inputType}!) {{ result: {command.Mutation}(input: $input) {{ errors {{ code message field }} {entity} {{ id }} }} }}",
            Variables = serializer.Deserialize<Inputs>(new JsonObject { ["input"] = command.Input }.ToJsonString()),
            RequestServices = scope.ServiceProvider,
            User = user,
            CancellationToken = ct,
        });
        var answer = JsonNode.Parse(serializer.Serialize(result))!;
        var problems = new List<(string?, string, string)>();
        foreach (var error in answer["errors"]?.AsArray() ?? [])
        {
            var message = error!["message"]!.GetValue<string>();
            var code = error["extensions"]?["code"]?.GetValue<string>() ?? ErrorCodes.InvalidValue;
            // A value the input type refuses (an unknown enum name, a missing field of a post) names the variable's path.
            if (VariablePath().Match(message) is { Success: true } path)
                problems.Add((ColumnOf(template, path.Groups[1].Value), message.Contains("No value provided", StringComparison.Ordinal) ? ErrorCodes.Required : ErrorCodes.InvalidValue,
                    $"无法识别 / {message}"));
            else
                problems.Add((null, code, message));
        }
        foreach (var error in answer["data"]?["result"]?["errors"]?.AsArray() ?? [])
        {
            var field = error!["field"]?.GetValue<string>();
            problems.Add((field is null ? null : ColumnOf(template, field.StartsWith("input.", StringComparison.Ordinal) ? field[6..] : field),
                error["code"]!.GetValue<string>(), error["message"]!.GetValue<string>()));
        }
        if (problems.Count == 0 && GlobalId.TryDecode(answer["data"]?["result"]?[entity]?["id"]?.GetValue<string>(), out _, out var streamId))
        {
            var writer = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
            writer.Store(new ImportedRecord(command.ImportKey, streamId, command.Mutation, clock.GetUtcNow()));
            await writer.SaveChangesAsync(ct);
        }
        return new RowOutcome(false, problems);
    }

    /// <summary>The stream an earlier import (or an earlier row) recorded under this key, if any.</summary>
    private static async Task<Guid?> ImportedAsync(IQuerySession session, string key, CancellationToken ct) =>
        (await session.LoadAsync<ImportedRecord>(key, ct))?.StreamId;

    private bool IsCaseStep(string mutation) =>
        schema.Mutation!.GetField(mutation)?.Arguments?.Find("input")?.ResolvedType is NonNullGraphType { ResolvedType: IInputObjectGraphType input }
        && input.GetField("caseId") is not null;

    private string InputTypeOf(string mutation) =>
        ((NonNullGraphType)schema.Mutation!.GetField(mutation)!.Arguments!.Find("input")!.ResolvedType!).ResolvedType!.Name;

    /// <summary>The column an input path comes from: the column filling it or a part of it; for a step, the details column's field.</summary>
    private static string ColumnOf(ImportTemplate template, string path)
    {
        var column = template.Columns.FirstOrDefault(c => c.InputPath == path)
            ?? template.Columns.FirstOrDefault(c => c.InputPath is { Length: > 0 } p && (path.StartsWith(p + ".", StringComparison.Ordinal) || p.StartsWith(path + ".", StringComparison.Ordinal)));
        return column?.Name ?? (template.Kind == ImportKind.Steps ? $"details.{path}" : path);
    }

    private ImportRowReader? Header(ImportSheet sheet, ImportRow header, Pass pass)
    {
        var columns = new ImportColumn?[header.Cells.Count];
        var ok = true;
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var text = header.Cells[i]?.Trim();
            if (string.IsNullOrEmpty(text))
                continue;
            columns[i] = sheet.Template.Columns.FirstOrDefault(c => c.Matches(text));
            if (columns[i] is null || columns.Take(i).Contains(columns[i]))
            {
                ok = false;
                pass.ReportOnce(sheet.Name, header.Number, text, ErrorCodes.InvalidValue, columns[i] is null
                    ? $"未知列“{text}” / Unknown column '{text}'; the {sheet.Template.Sheet} template has {string.Join(", ", sheet.Template.Columns.Select(c => c.Name))}."
                    : $"列“{text}”重复 / The column '{text}' appears twice.");
            }
        }
        foreach (var missing in sheet.Template.Columns.Where(c => c.Required && !columns.Contains(c)))
        {
            ok = false;
            pass.ReportOnce(sheet.Name, header.Number, missing.Name, ErrorCodes.Required, $"缺少必填列 {missing.Chinese} / The required column {missing.Name} is missing.");
        }
        return ok ? new ImportRowReader(sheet.Template, columns, IsCaseStep) : null;
    }

    [GeneratedRegex(@"'\$input\.([A-Za-z0-9_.\[\]]+)'")]
    private static partial Regex VariablePath();

    private sealed record RowOutcome(bool AlreadyImported, List<(string? Column, string Code, string Message)> Problems)
    {
        public static RowOutcome Already { get; } = new(true, []);

        public static RowOutcome Refused(string column, string code, string message) => new(false, [(column, code, message)]);
    }

    /// <summary>What one pass saw. In the write pass, rows of entities the check rejected are left out without a second report.</summary>
    private sealed class Pass(string name, IReadOnlySet<ImportEntity>? rejectedByCheck)
    {
        private readonly HashSet<ImportEntity> seen = [];

        public string Name => name;

        public List<ImportProblem> Problems { get; } = [];

        public HashSet<ImportEntity> Rejected { get; } = [];

        public int Read { get; set; }

        public int Written { get; set; }

        public int AlreadyImported { get; set; }

        public int RejectedRows { get; set; }

        public bool Writing => rejectedByCheck is not null;

        public void Report(string sheet, int row, string? column, string code, string message) =>
            Problems.Add(new ImportProblem(sheet, row, column, code, message));

        /// <summary>A problem with the file itself (a header, a sheet's name): the check reports it, the write pass does not again.</summary>
        public void ReportOnce(string sheet, int row, string? column, string code, string message)
        {
            if (!Writing)
                Report(sheet, row, column, code, message);
        }

        public void Reject(ImportEntity entity) => Rejected.Add(entity);

        /// <summary>The entity (with the column naming it, if a reference) that keeps this row out, if any.</summary>
        public (ImportEntity Entity, string Column)? Skips(ImportRowCommand command, string keyColumn)
        {
            if (IsRejected(command.Entity))
                return (command.Entity, keyColumn);
            return command.References.FirstOrDefault(r => IsRejected(r.Entity)) is { } reference ? (reference.Entity, reference.Column.Name) : null;
        }

        /// <summary>The first row with a unit code, cadre key or case key of a registering sheet (units, cadres, cases).</summary>
        public bool FirstSighting(ImportKind kind, ImportEntity entity) =>
            kind is not (ImportKind.Units or ImportKind.Cadres or ImportKind.Cases) || seen.Add(entity);

        private bool IsRejected(ImportEntity entity) => Rejected.Contains(entity) || rejectedByCheck?.Contains(entity) == true;
    }
}
