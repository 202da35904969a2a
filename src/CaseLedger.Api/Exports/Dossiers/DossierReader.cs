using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Integrity;
using CaseLedger.Api.Security;
using Marten;

namespace CaseLedger.Api.Exports.Dossiers;

/// <summary>
/// Reads a case's dossier with the caller's own GraphQL query (so remit, permissions and masking are the schema's),
/// then recomputes the case stream's hash chain. Unknown and out-of-remit ids are the same <see cref="ExportRefusal.NotFound"/>.
/// </summary>
internal sealed class DossierReader(ExportQuery query, DetailsSelection details, IDocumentStore store, TimeProvider clock)
{
    private const string Post = "{ title level grade isLeadership rank unit { code name } }";

    public const string FindingSelection = """
        { id ruleId ruleVersion severity status effectiveOn raisedOn statusChangedOn statusReason explanationZh explanationEn
          evidenceVersions actions version
          rule { titleChinese titleEnglish citation { document clause quote } versions { number citation { document clause quote } } }
          history { version change statusAfter effectiveOn recordedAt actor reason documentReference severity explanation actions } }
        """;

    private string Document => $$"""
        query Dossier($id: ID!) {
          case(id: $id) {
            id number kind channel status exchangeReason openedOn decidedOn effectiveOn closedOn closingReason version stepsDone
            cadre { name gender birthYear birthDate ethnicity education partyJoinDate workStartDate category growthPlaces }
            fromPost {{Post}} toPost {{Post}}
            history { version sequence type effectiveOn recordedAt actor reason documentReference correlationId hash corrects correctedBy { version reason recordedAt } data }
            steps { step version effectiveOn details {{details.Text}} }
            findings {{FindingSelection}}
          }
        }
        """;

    public async Task<(Dossier? Dossier, ExportRefusal? Refusal)> ReadAsync(string caseId, ClaimsPrincipal user, IServiceProvider services, CancellationToken ct)
    {
        var (data, refusal) = await query.RunAsync(Document, new JsonObject { ["id"] = caseId }, user, services, ct);
        if (refusal is not null)
            return (null, refusal);
        if (data?["case"] is not JsonObject found || !GlobalId.TryDecode(found["id"]!.GetValue<string>(), out _, out var streamId))
            return (null, ExportRefusal.NotFound);

        var integrity = await new LedgerVerifier(store, clock).VerifyStreamAsync(streamId, ct);
        var events = new List<DossierEvent>();
        var previous = Ledger.EventHash.Genesis;
        foreach (var entry in found["history"]!.AsArray().Cast<JsonObject>())
        {
            events.Add(new DossierEvent(entry, previous));
            previous = entry["hash"]!.GetValue<string>();
        }
        var steps = found["steps"]!.AsArray().Cast<JsonObject>().Select(s => new DossierStep(
            s["step"]!.GetValue<string>(), s["version"]!.GetValue<long>(), s["effectiveOn"]!.GetValue<string>(),
            Lines(s["details"] as JsonObject, ""))).ToList();
        var reader = CaseLedgerUser.From(user)!;
        return (new Dossier(found["id"]!.GetValue<string>(), found, events, steps, [.. found["findings"]!.AsArray().Cast<JsonObject>()],
            integrity, reader.Name, reader.Role.ToString(), clock.GetUtcNow()), null);
    }

    /// <summary>Details as label/value lines: nested objects as "挂职岗位 · 职务名称", lists joined with "、".</summary>
    private List<(string, string)> Lines(JsonObject? node, string prefix)
    {
        var lines = new List<(string, string)>();
        var type = node?["__typename"]?.GetValue<string>();
        foreach (var (name, value) in node ?? [])
        {
            if (name == "__typename")
                continue;
            var label = prefix + details.Label(type, name);
            if (value is JsonObject inner)
                lines.AddRange(Lines(inner, label + " · "));
            else
                lines.Add((label, Text(value)));
        }
        return lines;
    }

    /// <summary>A JSON value as a reader sees it: text as is, booleans 是/否, lists joined, null empty.</summary>
    public static string Text(JsonNode? value) => value switch
    {
        null => "",
        JsonArray list => string.Join("、", list.Select(Text)),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.True => "是",
        JsonValue v when v.GetValueKind() == JsonValueKind.False => "否",
        JsonValue v => v.ToJsonString(),
        _ => value.ToJsonString(),
    };
}
