using System.Text.Json.Nodes;
using CaseLedger.Api.Integrity;

namespace CaseLedger.Api.Exports.Dossiers;

/// <summary>
/// 案卷: a case as the caller's own GraphQL view shows it (remit and masking applied by the schema), with every event of
/// its stream on both time axes, its steps' details, its findings with their workflow, and the proof of its chain.
/// </summary>
public sealed record Dossier(
    string CaseId,
    JsonObject Case,
    IReadOnlyList<DossierEvent> Events,
    IReadOnlyList<DossierStep> Steps,
    IReadOnlyList<JsonObject> Findings,
    StreamIntegrityReport Integrity,
    string ReadBy,
    string Role,
    DateTimeOffset GeneratedAt);

/// <summary>One event of the case's stream as history shows it, with the hash it chains from (empty for the first).</summary>
public sealed record DossierEvent(JsonObject Entry, string PreviousHash)
{
    public string Hash => Entry["hash"]!.GetValue<string>();

    public long Version => Entry["version"]!.GetValue<long>();
}

/// <summary>A step's current record: which step, its version and date, and its details as (label, value) lines.</summary>
public sealed record DossierStep(string Step, long Version, string EffectiveOn, IReadOnlyList<(string Label, string Value)> Details);
