using CaseLedger.Api.Ledger;
using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Security;

/// <summary>
/// Issue #13.2: an idempotency key belongs to its caller (unit scope and user) and to one input. Another city's
/// registrar reusing a key gets their own command, never the first caller's entity; the same key with another
/// input is refused and records nothing; the remit is checked before any replay; a replay answers exactly
/// what the first call answered.
/// </summary>
public sealed class IdempotencyScopeTests(SiblingSubtrees ledger) : IClassFixture<SiblingSubtrees>
{
    private GraphQLClient RegistrarOf(SiblingSubtrees.Side side, string name) => ledger.ClientFor(Role.Registrar, side.City, name);

    private static object Cadre(string name, string key) => new
    {
        name, gender = "FEMALE", birthDate = "1986-03-09", ethnicity = "汉族", education = "大学本科",
        workStartDate = "2008-07-01", category = "CIVIL_SERVANT", idempotencyKey = key,
    };

    private Task<long> EventsAsync() => ledger.ScalarAsync("select count(*) from {schema}.mt_events");

    private Task<long> CadresNamedAsync(string name) =>
        ledger.ScalarAsync($"select count(*) from {{schema}}.mt_events where type = 'cadre_registered.v1' and data->>'Name' = '{name}'");

    [Fact]
    public async Task A_key_first_used_in_one_city_gives_a_registrar_of_the_other_city_their_own_command()
    {
        var yinchuan = await RegistrarOf(ledger.A, "银川登记员").MutateAsync("registerCadre", Cadre("李娜", "shared-cross-city"), "cadre { id name birthDate }");

        var guyuan = await RegistrarOf(ledger.B, "固原登记员").MutateAsync("registerCadre", Cadre("李娜", "shared-cross-city"), "cadre { id name birthDate }");

        Assert.NotEqual(Id(yinchuan), Id(guyuan));
        Assert.Equal(2, await CadresNamedAsync("李娜"));
        // Each registrar sees their own cadre, and 固原's cannot read 银川's.
        var seen = await RegistrarOf(ledger.B, "固原登记员").QueryAsync("query($id: ID!) { cadre(id: $id) { id } }", new { id = Id(yinchuan) });
        Assert.Null(seen["cadre"]);
    }

    [Fact]
    public async Task The_same_key_with_another_input_is_refused_and_records_nothing_while_the_same_input_replays()
    {
        var registrar = RegistrarOf(ledger.A, "银川登记员");
        var first = await registrar.MutateAsync("registerCadre", Cadre("赵敏", "fingerprinted"), "cadre { id name version }");
        var before = await EventsAsync();

        var other = await registrar.PayloadAsync("registerCadre", Cadre("钱芳", "fingerprinted"), "cadre { id }");
        var same = await registrar.PayloadAsync("registerCadre", Cadre("赵敏", "fingerprinted"), "cadre { id name version }");

        Assert.Equal("IDEMPOTENCY_KEY_REUSED", other["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("input.idempotencyKey", other["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Null(other["cadre"]);
        Assert.Empty(same["errors"]!.AsArray());
        Assert.Equal(first.ToJsonString(), same["cadre"]!.ToJsonString());
        Assert.Equal(before, await EventsAsync());
        Assert.Equal(0, await CadresNamedAsync("钱芳"));
    }

    [Fact]
    public async Task The_remit_is_checked_before_any_replay()
    {
        var motion = new { caseId = ledger.A.CaseId, proposedBy = "市委组织部", summary = "拟任", effectiveOn = "2026-11-03", idempotencyKey = "motion-in-yinchuan" };
        var yinchuan = await RegistrarOf(ledger.A, "登记员").MutateAsync("raiseMotion", motion, "case { id number version }");
        var before = await EventsAsync();

        // The same user name, the same input and key, but a token over the other city: the case is not theirs.
        var guyuan = await RegistrarOf(ledger.B, "登记员").PayloadAsync("raiseMotion", motion, "case { id number version }");

        Assert.Equal(2, yinchuan["version"]!.GetValue<int>());
        Assert.Equal("NOT_FOUND", guyuan["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(guyuan["case"]);
        Assert.DoesNotContain(ledger.A.CaseNumber, guyuan.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(before, await EventsAsync());
    }

    [Fact]
    public async Task A_replay_answers_exactly_what_the_first_call_answered_even_after_later_changes()
    {
        var registrar = RegistrarOf(ledger.A, "银川登记员");
        var first = await registrar.MutateAsync("registerCadre", Cadre("孙丽", "replay-exact"), "cadre { id name version }");
        await registrar.MutateAsync("recordAnnualAssessment",
            new { cadreId = Id(first), year = 2024, grade = "EXCELLENT", effectiveOn = "2025-01-20" }, "cadre { version }");

        var replayed = await registrar.MutateAsync("registerCadre", Cadre("孙丽", "replay-exact"), "cadre { id name version }");

        Assert.Equal(1, first["version"]!.GetValue<int>());
        Assert.Equal(first.ToJsonString(), replayed.ToJsonString());
    }

    [Fact]
    public async Task A_record_from_before_scoped_keys_is_still_read_and_its_key_is_refused_not_replayed()
    {
        // A record as the ledger stored it before scopes and fingerprints: id = the bare key, no Scope, no InputHash.
        var cadre = await ledger.GraphQL.RegisterCadreAsync("周红");
        await using (var session = ledger.Store.LightweightSession())
        {
            session.Store(new IdempotencyRecord("legacy-key", "registerCadre", StreamId(cadre), DateTimeOffset.UtcNow));
            await session.SaveChangesAsync();
        }
        await ledger.ScalarAsync("update {schema}.mt_doc_idempotencyrecord set data = data - 'scope' - 'inputHash' - 'result' - 'Scope' - 'InputHash' - 'Result' where id = 'legacy-key'");
        await using (var query = ledger.Store.QuerySession())
            Assert.True((await query.LoadAsync<IdempotencyRecord>("legacy-key"))!.IsLegacy);
        var before = await EventsAsync();

        var legacy = await RegistrarOf(ledger.A, "银川登记员").PayloadAsync("registerCadre", Cadre("吴静", "legacy-key"), "cadre { id }");
        var fresh = await RegistrarOf(ledger.A, "银川登记员").PayloadAsync("registerCadre", Cadre("吴静", "a-new-key"), "cadre { id }");

        Assert.Equal("IDEMPOTENCY_KEY_REUSED", legacy["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(legacy["cadre"]);
        Assert.Empty(fresh["errors"]!.AsArray());
        Assert.Equal(before + 1, await EventsAsync());
    }

    [Fact]
    public void The_fingerprint_leaves_the_key_out_and_sees_every_other_field()
    {
        Assert.Equal(IdempotencyClaim.Fingerprint(new Probe("x", "k1")), IdempotencyClaim.Fingerprint(new Probe("x", "k2")));
        Assert.NotEqual(IdempotencyClaim.Fingerprint(new Probe("x", "k1")), IdempotencyClaim.Fingerprint(new Probe("y", "k1")));
        Assert.NotEqual(IdempotencyClaim.For("u1/a", "k", new Probe("x", "k")).Id, IdempotencyClaim.For("u2/a", "k", new Probe("x", "k")).Id);
    }

    private sealed record Probe(string Name, string IdempotencyKey);
}
