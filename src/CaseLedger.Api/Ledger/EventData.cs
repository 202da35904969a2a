using System.Collections;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using GraphQL;

namespace CaseLedger.Api.Ledger;

/// <summary>
/// An event's stored JSON as <c>history[].data</c> shows it: keys and values as stored, except that enum
/// values are spelled as the schema spells them (ENTERPRISE_MANAGER, not EnterpriseManager), so a client
/// compares them with the typed fields without a mapping table. The stored event itself is untouched.
/// </summary>
internal static class EventData
{
    private static readonly JsonSerializerOptions ReadableJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The JSON with enums in the schema's spelling and Chinese left readable rather than \u-escaped.</summary>
    public static string Readable(string json, Type dataType)
    {
        var node = JsonNode.Parse(json);
        return node is null ? "null" : SchemaSpelling(node, dataType).ToJsonString(ReadableJson);
    }

    /// <summary>Walks the JSON alongside the CLR type it was serialized from, renaming enum values in place.</summary>
    private static JsonNode SchemaSpelling(JsonNode node, Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        switch (node)
        {
            case JsonValue value when type.IsEnum && value.TryGetValue<string>(out var name):
                return JsonValue.Create(name.ToConstantCase());
            case JsonArray array when ElementType(type) is { } element:
                for (var i = 0; i < array.Count; i++)
                    if (array[i] is { } item)
                        array[i] = SchemaSpelling(item.DeepClone(), element);
                return node;
            case JsonObject obj when !type.IsPrimitive && type != typeof(string):
                foreach (var (key, child) in obj.ToList())
                    if (child is not null && type.GetProperty(key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { } property)
                        obj[key] = SchemaSpelling(child.DeepClone(), property.PropertyType);
                return node;
            default:
                return node;
        }
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[^1]
        : null;
}
