using System.Text.Json.Nodes;
using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Testing;

namespace CaseLedger.Api.Tests.Security;

/// <summary>
/// The remit-filtered loads by id (one id, and several in one query), as a unit-scoped user reads them: an id in remit
/// answers with its entity, and an id outside the remit answers exactly as an id that names nothing. A whole-ledger token
/// reads all of them.
/// </summary>
public sealed class RemitLoadTests(SiblingSubtrees ledger) : IClassFixture<SiblingSubtrees>
{
    private const string Cadre = "query($id: ID!) { cadre(id: $id) { id name currentPosting { primary { post { title unit { name } } } } } }";
    private const string Case = "query($id: ID!) { case(id: $id) { id number } }";
    private const string Nodes = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }";

    /// <summary>A well-formed global id of a cadre and of a case that no stream has.</summary>
    private static readonly string UnknownCadre = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Cadre:{Guid.NewGuid()}"));
    private static readonly string UnknownCase = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Case:{Guid.NewGuid()}"));

    private static async Task<JsonNode> DataAsync(GraphQLClient client, string query, object variables)
    {
        var result = await client.ExecuteAsync(query, variables);
        Assert.True(result["errors"] is null, result.ToJsonString());
        return result["data"]!;
    }

    [Fact]
    public async Task Outside_the_remit_a_cadre_or_case_reads_exactly_as_one_that_does_not_exist()
    {
        var county = ledger.ClientFor(Role.Registrar, ledger.A.City, "remit-load-a");

        var own = await DataAsync(county, Cadre, new { id = ledger.A.CadreId });
        Assert.Equal(ledger.A.CadreId, own["cadre"]!["id"]!.GetValue<string>());
        Assert.NotNull(own["cadre"]!["currentPosting"]!["primary"]!["post"]!["unit"]);
        var outside = await DataAsync(county, Cadre, new { id = ledger.B.CadreId });
        var unknown = await DataAsync(county, Cadre, new { id = UnknownCadre });
        Assert.Equal("""{"cadre":null}""", outside.ToJsonString());
        Assert.Equal(unknown.ToJsonString(), outside.ToJsonString());

        Assert.Equal(ledger.A.CaseId, (await DataAsync(county, Case, new { id = ledger.A.CaseId }))["case"]!["id"]!.GetValue<string>());
        Assert.Equal("""{"case":null}""", (await DataAsync(county, Case, new { id = ledger.B.CaseId })).ToJsonString());
        Assert.Equal("""{"case":null}""", (await DataAsync(county, Case, new { id = UnknownCase })).ToJsonString());
    }

    [Fact]
    public async Task Several_ids_in_one_load_answer_each_as_it_would_alone()
    {
        string[] ids = [ledger.A.CadreId, ledger.B.CadreId, UnknownCadre, ledger.A.CaseId, ledger.B.CaseId, UnknownCase, ledger.A.CountyId, ledger.B.CountyId];

        var scoped = (await DataAsync(ledger.ClientFor(Role.Inspector, ledger.A.City, "remit-load-many"), Nodes, new { ids }))["nodes"]!.AsArray();
        Assert.Equal([ledger.A.CadreId, null, null, ledger.A.CaseId, null, null, ledger.A.CountyId, null], scoped.Select(n => n?["id"]?.GetValue<string>()));

        var admin = (await DataAsync(ledger.ClientFor(Role.Admin, null, "remit-load-admin"), Nodes, new { ids }))["nodes"]!.AsArray();
        Assert.Equal([ledger.A.CadreId, ledger.B.CadreId, null, ledger.A.CaseId, ledger.B.CaseId, null, ledger.A.CountyId, ledger.B.CountyId],
            admin.Select(n => n?["id"]?.GetValue<string>()));
    }
}
