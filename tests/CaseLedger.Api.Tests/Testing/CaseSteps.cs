using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseLedger.Api.Tests.Testing;

/// <summary>Sends step mutations on a case, and checks refusals, through the same GraphQL a client uses.</summary>
public static class CaseSteps
{
    public const string CaseSelection =
        "case { id number kind channel status stepsDone version openedOn decidedOn effectiveOn closedOn closingReason "
        + "steps { step version effectiveOn } corrections { correctedVersion step reason correctedOn version } }";

    /// <summary>The step's fields with the case id (and any other key) merged in.</summary>
    public static JsonObject Input(string caseId, object fields)
    {
        var input = JsonSerializer.SerializeToNode(fields)!.AsObject();
        input["caseId"] = caseId;
        return input;
    }

    public static Task<JsonNode> StepAsync(this GraphQLClient graphQL, string mutation, string caseId, object fields, string selection = CaseSelection) =>
        graphQL.MutateAsync(mutation, Input(caseId, fields), selection);

    public static Task<JsonNode> StepPayloadAsync(this GraphQLClient graphQL, string mutation, string caseId, object fields, string selection = CaseSelection) =>
        graphQL.PayloadAsync(mutation, Input(caseId, fields), selection);

    /// <summary>Events in this host's schema, archived stream markers aside.</summary>
    public static Task<long> EventCountAsync(this CaseLedgerHost host) =>
        host.ScalarAsync("select count(*) from {schema}.mt_events where type <> 'tombstone'");

    /// <summary>The payload carries exactly this error and no entity.</summary>
    public static void AssertRefused(JsonNode payload, string entity, string code, string? field)
    {
        Assert.Null(payload[entity]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(code, error["code"]!.GetValue<string>());
        Assert.Equal(field, error["field"]?.GetValue<string>());
        Assert.Contains(" / ", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    public static IEnumerable<string> Strings(JsonNode? array) => array!.AsArray().Select(s => s!.GetValue<string>());
}
