using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Api.Imports;

/// <summary>A unit, cadre or case a row records or refers to, named by the file's own key (unit code, cadre key, case key).</summary>
internal readonly record struct ImportEntity(string Kind, string Key)
{
    public override string ToString() => $"{Kind} {Key}";
}

/// <summary>A reference to resolve into an id before the row is sent: which input field, from which column.</summary>
internal sealed record ImportReference(ImportColumn Column, ImportEntity Entity);

/// <summary>
/// A data row read against its template: the mutation to send, its input (references still by key), the
/// import key derived from the row's natural key, the entity it records and those it refers to.
/// </summary>
internal sealed record ImportRowCommand(
    string Mutation,
    JsonObject Input,
    string ImportKey,
    ImportEntity Entity,
    IReadOnlyList<ImportReference> References)
{
    /// <summary>The import key of an imported unit, cadre or case: a cadre's key (possibly an ID number) only as a hash.</summary>
    public static string KeyOf(ImportEntity entity) => entity.Kind == "cadre"
        ? $"import:cadre:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(entity.Key)))[..32]}"
        : $"import:{entity.Kind}:{entity.Key}";
}

/// <summary>Reads data rows of one sheet against its template; counts the rows of each cadre and case so repeated steps and posts get stable keys.</summary>
internal sealed class ImportRowReader(ImportTemplate template, IReadOnlyList<ImportColumn?> columns, Func<string, bool> isCaseStep)
{
    private readonly Dictionary<string, int> ordinals = [];

    public ImportTemplate Template => template;

    /// <summary>The row as a command, or the problems that keep it from being one.</summary>
    public (ImportRowCommand? Command, List<(ImportColumn? Column, string Code, string Message)> Problems) Read(ImportRow row)
    {
        var problems = new List<(ImportColumn?, string, string)>();
        var input = new JsonObject();
        var references = new List<ImportReference>();
        string? step = null;
        JsonObject? details = null;
        string? key = null;
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] is not { } column)
                continue;
            var text = i < row.Cells.Count ? row.Cells[i]?.Trim() : null;
            if (string.IsNullOrEmpty(text))
            {
                if (column.Required)
                    problems.Add((column, ErrorCodes.Required, $"{column.Chinese}（{column.Name}）不能为空 / {column.Name} is required."));
                continue;
            }
            // The first column of every template is the row's natural key.
            if (ReferenceEquals(column, template.Columns[0]))
                key = text;
            switch (column.Cell)
            {
                case CellKind.Date when ReadDate(text) is { } date:
                    Set(input, column.InputPath!, date);
                    break;
                case CellKind.Date:
                    problems.Add((column, ErrorCodes.InvalidValue, $"无法识别日期“{text}”，应为 yyyy-MM-dd / Cannot read the date '{text}'; expected yyyy-MM-dd."));
                    break;
                case CellKind.Boolean when ReadBoolean(text) is { } flag:
                    Set(input, column.InputPath!, flag);
                    break;
                case CellKind.Boolean:
                    problems.Add((column, ErrorCodes.InvalidValue, $"无法识别“{text}”，应为 true/false（是/否） / Cannot read '{text}'; expected true or false (是/否)."));
                    break;
                case CellKind.List:
                    Set(input, column.InputPath!, new JsonArray([.. text.Split([';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(p => JsonValue.Create(p))]));
                    break;
                case CellKind.UnitCode:
                    references.Add(new ImportReference(column, new ImportEntity("unit", text)));
                    break;
                case CellKind.CadreKey:
                    references.Add(new ImportReference(column, new ImportEntity("cadre", text)));
                    break;
                case CellKind.CaseKey:
                    references.Add(new ImportReference(column, new ImportEntity("case", text)));
                    break;
                case CellKind.Step when isCaseStep(text):
                    step = text;
                    break;
                case CellKind.Step:
                    problems.Add((column, ErrorCodes.InvalidValue, $"“{text}”不是案件步骤 / '{text}' is not a case step mutation (one taking caseId, e.g. raiseMotion)."));
                    break;
                case CellKind.Details:
                    details = ReadDetails(text);
                    if (details is null)
                        problems.Add((column, ErrorCodes.InvalidValue, "详情须为 JSON 对象 / details must be a JSON object of the step's input fields, e.g. {\"proposedBy\": \"县委组织部\"}."));
                    break;
                default:
                    if (column.InputPath is not null)
                        Set(input, column.InputPath, text);
                    break;
            }
        }
        if (problems.Count > 0 || key is null)
            return (null, problems);

        if (details is not null)
        {
            foreach (var (name, value) in details)
                input[name] = value?.DeepClone();
        }
        var (mutation, entity, importKey) = template.Kind switch
        {
            ImportKind.Units => (template.Mutation!, new ImportEntity("unit", key), ImportRowCommand.KeyOf(new ImportEntity("unit", key))),
            ImportKind.Cadres => (template.Mutation!, new ImportEntity("cadre", key), ImportRowCommand.KeyOf(new ImportEntity("cadre", key))),
            ImportKind.Cases => (template.Mutation!, new ImportEntity("case", key), ImportRowCommand.KeyOf(new ImportEntity("case", key))),
            ImportKind.BaselinePosts => (template.Mutation!, new ImportEntity("cadre", key), $"{ImportRowCommand.KeyOf(new ImportEntity("cadre", key))}:post:{Next("post:" + key)}"),
            _ => (step!, new ImportEntity("case", key), $"{ImportRowCommand.KeyOf(new ImportEntity("case", key))}:{step}:{Next($"{step}:{key}")}"),
        };
        return (new ImportRowCommand(mutation, input, importKey, entity, references), problems);
    }

    private int Next(string counter) => ordinals[counter] = ordinals.GetValueOrDefault(counter) + 1;

    /// <summary>Sets a dotted path ("post.unitId") in the input.</summary>
    public static void Set(JsonObject input, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var target = input;
        foreach (var part in parts[..^1])
            target = target[part] as JsonObject ?? (JsonObject)(target[part] = new JsonObject());
        target[parts[^1]] = value;
    }

    private static string? ReadDate(string text)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy-MM-ddTHH:mm:ss"];
        return DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) && time.TimeOfDay == TimeSpan.Zero
                && (date = DateOnly.FromDateTime(time)) != default)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    private static bool? ReadBoolean(string text) => text.ToLowerInvariant() switch
    {
        "true" or "yes" or "y" or "1" or "是" => true,
        "false" or "no" or "n" or "0" or "否" => false,
        _ => null,
    };

    private static JsonObject? ReadDetails(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
