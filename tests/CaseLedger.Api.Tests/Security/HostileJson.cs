using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace CaseLedger.Api.Tests.Security;

/// <summary>
/// Writes JSON the way a hostile client may: every non-ASCII UTF-16 unit as a <c>\uXXXX</c> escape, so a lone
/// surrogate or a NUL travels as the escape an attacker would type (System.Text.Json would refuse or replace it).
/// </summary>
internal static class HostileJson
{
    public static string Write(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(text, node);
        return text.ToString();
    }

    private static void Write(StringBuilder text, JsonNode? node)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject o:
                text.Append('{');
                var first = true;
                foreach (var (name, value) in o)
                {
                    if (!first)
                        text.Append(',');
                    first = false;
                    String(text, name);
                    text.Append(':');
                    Write(text, value);
                }
                text.Append('}');
                break;
            case JsonArray a:
                text.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    if (i > 0)
                        text.Append(',');
                    Write(text, a[i]);
                }
                text.Append(']');
                break;
            case JsonValue v when v.TryGetValue<string>(out var s):
                String(text, s);
                break;
            case JsonValue v when v.TryGetValue<bool>(out var b):
                text.Append(b ? "true" : "false");
                break;
            case JsonValue v when v.TryGetValue<long>(out var l):
                text.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case JsonValue v when v.TryGetValue<double>(out var d):
                text.Append(d.ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(node.ToJsonString());
                break;
        }
    }

    public static string String(string value)
    {
        var text = new StringBuilder();
        String(text, value);
        return text.ToString();
    }

    private static void String(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            if (c == '"' || c == '\\')
                text.Append('\\').Append(c);
            else if (c < 0x20 || c > 0x7E)
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            else
                text.Append(c);
        }
        text.Append('"');
    }
}
