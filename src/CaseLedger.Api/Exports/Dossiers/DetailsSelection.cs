using System.Text;
using GraphQL.Types;

namespace CaseLedger.Api.Exports.Dossiers;

/// <summary>
/// The selection of every step's details, generated from the schema: a fragment per type implementing
/// <c>CaseStepDetails</c> with its fields (objects one level down; an entity by its id and name), and a label per
/// field from its description (受理机关 authority). A new step's details appear in the dossier without a
/// change here.
/// </summary>
internal sealed class DetailsSelection
{
    private const string Interface = "CaseStepDetails";

    private DetailsSelection(string text, IReadOnlyDictionary<string, string> labels) => (Text, Labels) = (text, labels);

    /// <summary>The selection set for <c>details</c>, braces included.</summary>
    public string Text { get; }

    /// <summary>"Type.field" → a reader's label: the Chinese term the description starts with, else the field's name.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    public string Label(string? typeName, string field) =>
        typeName is not null && Labels.TryGetValue($"{typeName}.{field}", out var label) ? label : field;

    public static DetailsSelection From(ISchema schema)
    {
        schema.Initialize();
        var labels = new Dictionary<string, string>();
        var text = new StringBuilder("{ __typename");
        var details = (IInterfaceGraphType)schema.AllTypes[Interface]!;
        foreach (var type in details.PossibleTypes.OrderBy(t => t.Name, StringComparer.Ordinal))
            text.Append(" ... on ").Append(type.Name).Append(' ').Append(Fields(type, 1, labels));
        return new DetailsSelection(text.Append(" }").ToString(), labels);
    }

    private static string Fields(IComplexGraphType type, int depth, Dictionary<string, string> labels)
    {
        var isEntity = type is IObjectGraphType o && o.ResolvedInterfaces.Any(i => i.Name == "Node");
        var text = new StringBuilder("{ __typename");
        foreach (var field in type.Fields.Where(f => f.Arguments is not { Count: > 0 }).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var fieldType = Named(field.ResolvedType!);
            if (isEntity && field.Name is not ("id" or "name" or "code" or "number" or "title"))
                continue;
            labels[$"{type.Name}.{field.Name}"] = LabelOf(field);
            if (fieldType is ScalarGraphType or EnumerationGraphType)
                text.Append(' ').Append(field.Name);
            else if (fieldType is IComplexGraphType inner && depth > 0)
                text.Append(' ').Append(field.Name).Append(' ').Append(Fields(inner, depth - 1, labels));
        }
        return text.Append(" }").ToString();
    }

    private static IGraphType Named(IGraphType type) => type is IProvideResolvedType wrapper ? Named(wrapper.ResolvedType!) : type;

    /// <summary>The Chinese term a description starts with and the field's name (考察报告文号 reportReference), else the name alone.</summary>
    private static string LabelOf(FieldType field)
    {
        var description = field.Description ?? "";
        var end = description.IndexOfAny(['.', ':', ';', '(', '（', ',', '，', ' ', '/']);
        var head = end < 0 ? description : description[..end];
        return head.Length is > 0 and <= 16 && head.Any(c => c is >= '\u4e00' and <= '\u9fff') ? $"{head} {field.Name}" : field.Name;
    }
}
