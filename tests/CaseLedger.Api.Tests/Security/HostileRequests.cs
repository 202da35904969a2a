using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace CaseLedger.Api.Tests.Security;

/// <summary>Who sends a generated request: a real token of some role and remit, a forged one, or none.</summary>
public sealed record FuzzCaller(string Name, string? Token, bool MayWrite, bool SeesOnlyA);

/// <summary>One generated request: what it is (for the failure message), how it travels, and the mutation it names, if any.</summary>
public sealed record FuzzRequest(string Kind, bool Get, string Target, byte[]? Body, string? ContentType, string? Accept, FuzzCaller Caller, string? Mutation)
{
    public override string ToString()
    {
        var body = Body is null ? "" : Encoding.UTF8.GetString(Body);
        return $"{Kind} as {Caller.Name}: {(Get ? "GET" : "POST")} {Cut(Target, 300)} [{ContentType ?? "no content type"}; accept {Accept ?? "-"}] {Cut(body, 600)}";
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : $"{text[..length]}… ({text.Length} chars)";
}

/// <summary>
/// CsCheck generators of malformed and hostile GraphQL requests against the two sibling cities of
/// <see cref="SiblingSubtrees"/>: broken bytes and text, documents past every limit, wrong JSON shapes, ids that are
/// malformed, of another type, unknown or outside the caller's remit, implausible dates, wrong transports, and the
/// tokens of every role next to forged ones. Most are refused; some are ordinary requests that must still be whole.
/// </summary>
public sealed class HostileRequests(SiblingSubtrees ledger, IReadOnlyList<FuzzCaller> callers)
{
    private static Gen<T> Pick<T>(params T[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    private static string Encode(string type, Guid id) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{id:D}"));

    // Text a string field may carry: NUL and control characters, lone surrogates, any UTF-16 unit at all, huge, or ordinary.
    private static readonly Gen<string> Text = Gen.Frequency(
        (3, Pick("\0", "a\u0000b", "\ud800", "x\udc00y", "\ud83d", "\udfff\ud800", "\u001b[31m", "\uFEFF", "\u202Eabc",
            "'; DROP TABLE mt_events; --", "{{ }}", "\\u0000", "😀", "", " ", "办公室")),
        (2, Gen.Char.Array[0, 24].Select(chars => new string(chars))),
        (1, Gen.Int[1, 70_000].Select(n => new string('长', n))),
        (2, Gen.String));

    private static readonly Gen<JsonNode?> Date = Pick<JsonNode?>(
        "0001-01-01", "9999-12-31", "1899-12-31", "1900-01-01", "2026-02-30", "2026-13-01", "20260101", "", "yesterday",
        "+002026-01-01", "2026-01-01T00:00:00Z", "\ud800", 20260101, true, null, "2020-01-01", "2016-06-30", "1949-09-30", "2099-01-01");

    private static readonly Gen<JsonNode?> WrongType = Gen.Frequency<JsonNode?>(
        (4, Pick<JsonNode?>(42, -1, 0, 2147483648L, 1.5, 1e308, true, false, "1", "")),
        (2, Gen.Const<JsonNode?>(() => new JsonObject { ["a"] = 1 })),
        (2, Gen.Const<JsonNode?>(() => new JsonArray(1, "x", null))),
        (1, Gen.Int[1, 3_000].Select(depth => Nested(depth))));

    private static JsonNode Nested(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 1; i < depth; i++)
            node = new JsonArray(node);
        return node;
    }

    private Gen<JsonNode?> Id
    {
        get
        {
            var a = ledger.A;
            var b = ledger.B;
            return Gen.Frequency<JsonNode?>(
                (3, Pick<JsonNode?>(a.CityId, a.CountyId, a.CadreId, a.CaseId, ledger.RegionId)),  // in remit (of A) or above it
                (3, Pick<JsonNode?>(b.CityId, b.CountyId, b.CadreId, b.CaseId)),                   // the other city's
                (3, Pick<JsonNode?>("not-an-id", "", " ", "null", "0", "-1", Encode("Unit", Guid.Empty), "VW5pdDpub3QtYS1ndWlk",
                    Convert.ToBase64String(Encoding.UTF8.GetBytes("Cadre:")), "====", "Q2FkcmU6", SiblingSubtrees.Uuid(a.CadreId).ToString("N"),
                    SiblingSubtrees.Uuid(b.CadreId).ToString("D"), "\0", "\ud800", "Unit:" + SiblingSubtrees.Uuid(a.CountyId).ToString("D"),
                    Encode("Finding", SiblingSubtrees.Uuid(a.CaseId)), Encode("Cadre", SiblingSubtrees.Uuid(a.CountyId)))),
                (2, from type in Pick("Unit", "Cadre", "Case", "Finding", "Post", "") from g in Gen.Guid select (JsonNode?)Encode(type, g)),
                (1, Gen.Guid.Select(g => (JsonNode?)g.ToString())),
                (1, Text.Select(t => (JsonNode?)t)),
                (1, WrongType));
        }
    }

    // ---- documents ----

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", "...", "query", "mutation", "subscription", "fragment", "on", "$x", ":", "\"s\"", "@skip", "@include(if: true)",
        "cases", "cadre", "id", "__typename", "=", "|", "&", "!", "#c\n", "\"\"\"b\"\"\"", "1.5e9999", "-0", "Query", "F", "...F", "null", ",",
        "\"\\u0000\"", "\"\\ud800\"", "$", "\u00a0", "\"unterminated", "0x10",
    ];

    private static readonly Gen<string> Document = Gen.Frequency(
        (2, Gen.Int[1, 400].Select(n => Repeat("{a", n) + new string('}', n))),
        (1, Gen.Int[1, 300].Select(n => $"{{ cases(first: {new string('[', n)}1{new string(']', n)}) {{ totalCount }} }}")),
        (2, Gen.Int[1, 2_500].Select(n => "{ ...F0 } " + string.Join(' ', Enumerable.Range(0, n).Select(i =>
            i == n - 1 ? $"fragment F{i} on Query {{ __typename }}" : $"fragment F{i} on Query {{ __typename ...F{i + 1} }}")))),
        (1, Gen.Int[1, 40].Select(n => "{ ...F0 } " + string.Join(' ', Enumerable.Range(0, n).Select(i =>
            i == n - 1 ? $"fragment F{i} on Query {{ __typename }}" : $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}")))),
        (2, Gen.Int[1, 30_000].Select(n => "{ " + Repeat("__typename ", n) + "}")),
        (1, Gen.Int[1, 300].Select(n => "{ " + string.Concat(Enumerable.Range(0, n).Select(i => $"a{i}: __typename ")) + "}")),
        (1, Gen.Int[1, 2_000].Select(n => "{ __typename " + Repeat("@skip(if: false) ", n) + "}")),
        (1, Gen.Int[1, 100].Select(n => string.Concat(Enumerable.Range(0, n).Select(i => $"query Q{i} {{ __typename }} ")))),
        (1, Gen.Int[1, 1_000].Select(n => "query(" + string.Concat(Enumerable.Range(0, n).Select(i => $"$v{i}: Int ")) + ") { __typename }")),
        (1, Gen.Int[1, 300_000].Select(n => $"{{ case(number: \"{new string('x', n)}\") {{ id }} }}")),
        (1, Pick("fragment A on Query { ...B } fragment B on Query { ...A } { ...A }", "fragment A on Query { ...A } { ...A }",
            "{ ...Missing }", "query { __typename } mutation { __typename }", "subscription { findingChanged { id } }", "", " ", "{}",
            "{ __schema { types { name } } }", "{ errorCodes { code } }", "mutation { rebuildProjections { name } }")),
        (2, Pick(Tokens).Array[0, 400].Select(tokens => string.Join(' ', tokens))),
        (2, Text.Select(t => "{ __typename " + t + " }")),
        (1, Text.Select(t => $"{{ case(number: {HostileJson.String(t)}) {{ id }} }}")));

    // Reads that take ids, each a known-good shape (HostileRequestFuzzTests checks that they answer) fed hostile values.
    public static readonly (string Query, string[] Ids)[] Reads =
    [
        ("query($id: ID!) { cadre(id: $id) { id name birthDate } }", ["id"]),
        ("query($id: ID!) { unit(id: $id) { id name } }", ["id"]),
        ("query($id: ID!) { finding(id: $id) { id } }", ["id"]),
        ("query($id: ID) { case(id: $id) { id number } }", ["id"]),
        ("query($id: ID!) { node(id: $id) { id } }", ["id"]),
        ("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", ["ids"]),
        ("query($c: ID, $u: ID) { cases(cadreId: $c, unitId: $u, first: 5) { totalCount edges { node { id number } } } }", ["c", "u"]),
        ("query($w: ID, $p: ID) { units(within: $w, parentId: $p) { totalCount edges { node { name } } } }", ["w", "p"]),
        ("query($u: ID) { cadres(unitId: $u) { totalCount edges { node { name } } } }", ["u"]),
        ("query($c: ID, $k: ID, $u: ID) { auditFindings(cadreId: $c, caseId: $k, unitId: $u) { totalCount } }", ["c", "k", "u"]),
        ("query($c: ID, $k: ID, $u: ID) { auditSummary(cadreId: $c, caseId: $k, unitId: $u) { caughtUp counts { __typename } } }", ["c", "k", "u"]),
        ("query($id: ID!) { auditCase(caseId: $id) { ruleId } }", ["id"]),
        ("query($c: ID) { accessLog(cadreId: $c) { totalCount } }", ["c"]),
    ];

    /// <summary>Each mutation with an input that the admin may send as it is (refusals by the domain aside).</summary>
    public IReadOnlyList<(string Mutation, Func<JsonObject> Input)> Writes
    {
        get
        {
            var a = ledger.A;
            JsonObject Post(string unit) => new() { ["unitId"] = unit, ["title"] = "副主任", ["level"] = "TOWNSHIP", ["grade"] = "DEPUTY", ["isLeadership"] = true };
            return
            [
                ("renameUnit", () => new() { ["unitId"] = a.CountyId, ["name"] = "永宁县", ["effectiveOn"] = "2020-01-01" }),
                ("registerUnit", () => new() { ["code"] = "640199", ["name"] = "新区", ["kind"] = "PARTY_GOV_ORGAN", ["level"] = "COUNTY", ["parentId"] = a.CityId, ["effectiveOn"] = "2016-01-01" }),
                ("registerCadre", () => new()
                {
                    ["name"] = "李明", ["gender"] = "MALE", ["birthDate"] = "1980-04-12", ["ethnicity"] = "汉族", ["education"] = "大学本科",
                    ["workStartDate"] = "2002-08-01", ["category"] = "CIVIL_SERVANT", ["growthPlaces"] = new JsonArray("永宁县"),
                }),
                ("recordBaselinePost", () => new() { ["cadreId"] = a.CadreId, ["post"] = Post(a.CountyId), ["from"] = "2019-01-01", ["to"] = "2019-12-31" }),
                ("openCase", () => new()
                {
                    ["channel"] = "LATERAL_TRANSFER", ["cadreId"] = a.CadreId, ["toPost"] = Post(a.CountyId), ["exchangeReason"] = "WORK_NEEDS",
                    ["effectiveOn"] = "2026-11-02", ["reason"] = "工作需要",
                }),
                ("declareKinRelation", () => new() { ["cadreId"] = a.CadreId, ["relativeCadreId"] = a.CadreId, ["relation"] = "SPOUSE", ["relativeName"] = "某某", ["effectiveOn"] = "2020-01-01" }),
                ("raiseMotion", () => new() { ["caseId"] = a.CaseId, ["proposedBy"] = "组织部", ["summary"] = "动议", ["effectiveOn"] = "2026-11-03" }),
                ("startSecondment", () => new() { ["caseId"] = a.CaseId, ["hostUnitId"] = a.CountyId, ["sendingUnitId"] = a.CityId, ["startOn"] = "2026-11-04", ["plannedEndOn"] = "2027-11-04" }),
                ("recordSendingUnitConsent", () => new() { ["caseId"] = a.CaseId, ["sendingUnitId"] = a.CityId, ["consentReference"] = "同意", ["effectiveOn"] = "2026-11-04" }),
                ("recordReferenceManagedRegistration", () => new()
                {
                    ["cadreId"] = a.CadreId, ["unitId"] = a.CountyId, ["hiredOn"] = "2010-01-01", ["hiredThrough"] = "CIVIL_SERVICE_EXAM", ["reference"] = "登记", ["registeredOn"] = "2010-02-01",
                }),
                ("correctCadreDetails", () => new() { ["cadreId"] = a.CadreId, ["education"] = "研究生", ["effectiveOn"] = "2021-01-01", ["reason"] = "更正" }),
                ("recordAnnualAssessment", () => new() { ["cadreId"] = a.CadreId, ["year"] = 2021, ["grade"] = "EXCELLENT", ["effectiveOn"] = "2022-01-10" }),
                ("acknowledgeFinding", () => new() { ["findingId"] = a.CaseId }),
                ("withdrawCase", () => new() { ["caseId"] = a.CaseId, ["effectiveOn"] = "2026-11-05", ["reason"] = "撤销", ["expectedVersion"] = 1 }),
            ];
        }
    }

    private static readonly string[] DateFields = ["effectiveOn", "from", "to", "birthDate", "workStartDate", "startOn", "plannedEndOn", "hiredOn", "registeredOn"];

    /// <summary>Damages an input: an id, a date, a string, a type, a missing or unknown field, a version, a key.</summary>
    private Gen<Action<JsonObject>> Damage => Gen.Frequency(
        (6, Id.Select(id => (Action<JsonObject>)(input => SetSome(input, k => k.EndsWith("Id", StringComparison.Ordinal), id)))),
        (3, Date.Select(date => (Action<JsonObject>)(input => SetSome(input, k => DateFields.Contains(k), date)))),
        (3, Text.Select(text => (Action<JsonObject>)(input => SetSome(input, k => input[k] is JsonValue v && v.TryGetValue<string>(out _) && !k.EndsWith("Id", StringComparison.Ordinal), text)))),
        (2, WrongType.Select(value => (Action<JsonObject>)(input => SetSome(input, _ => true, value)))),
        (1, Gen.Int[0, 20].Select(i => (Action<JsonObject>)(input => { if (input.Count > 0) input.Remove(input.ElementAt(i % input.Count).Key); }))),
        (1, Gen.Const<Action<JsonObject>>(input => input["evil"] = 1)),
        (2, Pick<JsonNode?>(-1, 0, 1, 2, 99, int.MaxValue, 2147483648L, 1.5, "1", null).Select(v => (Action<JsonObject>)(input => input["expectedVersion"] = v?.DeepClone()))),
        (2, Gen.Frequency((3, Pick("fuzz-key-1", "fuzz-key-2", "fuzz-key-3")), (1, Text)).Select(key => (Action<JsonObject>)(input => input["idempotencyKey"] = key))));

    /// <summary>Sets one field whose name matches, in the input or in an object nested in it (post.unitId, toPost.unitId).</summary>
    private static void SetSome(JsonObject input, Func<string, bool> matches, JsonNode? value)
    {
        var targets = new List<(JsonObject Owner, string Key)>();
        void Collect(JsonObject o)
        {
            foreach (var (key, child) in o.ToList())
            {
                if (matches(key))
                    targets.Add((o, key));
                if (child is JsonObject nested)
                    Collect(nested);
            }
        }
        Collect(input);
        if (targets.Count == 0)
            return;
        // Which target is taken depends on the value, so it is reproducible from the seed.
        var (owner, name) = targets[HostileJson.Write(value).Length % targets.Count];
        owner[name] = value?.DeepClone();
    }

    private static string Selection(string mutation) => $"{mutation}(input: $input) {{ errors {{ code field }} __typename }}";

    private static string InputType(string mutation) => $"{char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input";

    // ---- envelopes and transports ----

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Envelope(string query, JsonNode? variables = null) =>
        HostileJson.Write(new JsonObject { ["query"] = query, ["variables"] = variables });

    private static readonly Gen<byte[]> BrokenBody = Gen.Frequency(
        (3, Gen.Byte.Array[0, 2_000]),
        (3, Pick<byte[]>([0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0x80], [0xE2, 0x82], [0xF0])
            .Select(bad => (byte[])[.. Utf8("{\"query\":\"{ __typename } #"), .. bad, .. Utf8("\",\"variables\":{\"x\":\""), .. bad, .. Utf8("\"}}")])),
        (3, Pick(
            "[]", "[{\"query\":\"{ __typename }\"}]", "{\"query\":1}", "{\"query\":null}", "{\"query\":{\"a\":1}}", "{\"query\":[\"{ __typename }\"]}",
            "{\"query\":\"{ __typename }\",\"variables\":\"str\"}", "{\"query\":\"{ __typename }\",\"variables\":[1]}", "{\"query\":\"{ __typename }\",\"variables\":7}",
            "{\"query\":\"{ __typename }\",\"operationName\":5}", "{\"query\":\"{ __typename }\",\"operationName\":\"Nope\"}", "{\"query\":\"{ __typename }\",\"extensions\":\"x\"}",
            "null", "\"\"", "{}", "true", "{\"query\":\"{ cadre }\",\"query\":\"{ __typename }\"}", "{\"query\":\"{ __typename }\"", "{\"query\":\"{ __typename }\"}}",
            "{\"query\":\"{ __typename }\",}", "{'query':'{ __typename }'}", "{\"query\":\"{ __typename }\"} trailing", "\uFEFF{\"query\":\"{ __typename }\"}",
            "{\"query\":\"{ __typename }\",\"variables\":{\"a\":NaN}}", "{\"query\":\"{ __typename }\",\"variables\":{\"a\":1e999999}}", "{\"query\":\"\\uZZZZ\"}",
            "{\"query\":\"\\ud800\\ud800\"}", "{\"query\":\"{ __typename }\",\"variables\":{\"\\u0000\":1}}").Select(Utf8)),
        (1, Gen.Int[60, 5_000].Select(depth => Utf8($"{{\"query\":\"{{ __typename }}\",\"variables\":{{\"x\":{new string('[', depth)}{new string(']', depth)}}}}}"))),
        (1, Gen.Int[60, 5_000].Select(depth => Utf8(new string('[', depth) + new string(']', depth)))));

    private static readonly Gen<byte[]> Oversized = Gen.Int[1_000_001, 1_300_000].Select(size =>
        Utf8(Envelope("{ __typename }", new JsonObject { ["x"] = new string('a', size) })));

    private static readonly Gen<string?> PostContentType = Gen.Frequency(
        (12, Gen.Const<string?>("application/json")),
        (1, Pick<string?>("application/json; charset=utf-8", "application/graphql-response+json", "text/plain", "application/graphql",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1", "application/xml", null, "", "*/*")));

    private static readonly Gen<string?> Accept = Gen.Frequency(
        (10, Gen.Const<string?>((string?)null)),
        (2, Pick<string?>("application/json", "application/graphql-response+json", "*/*")),
        (1, Pick<string?>("text/html", "image/png", "application/graphql-response+json;q=0, application/json;q=0", "application/json;q=abc", "application/*;q=2")));

    private Gen<FuzzCaller> Caller => Gen.Int[0, callers.Count - 1].Select(i => callers[i]);

    /// <summary>Percent-encodes the UTF-8 of the text (a lone surrogate becomes U+FFFD on the way) for a GET query string.</summary>
    private static string Query(string name, string value) => $"{name}={Uri.EscapeDataString(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(value)))}";

    public Gen<FuzzRequest> Request
    {
        get
        {
            var writes = Writes;
            var documents =
                from query in Document
                from type in PostContentType
                from accept in Accept
                from caller in Caller
                select new FuzzRequest("document", false, "/graphql", Utf8(Envelope(query)), type, accept, caller, null);
            var broken =
                from body in BrokenBody
                from type in PostContentType
                from caller in Caller
                select new FuzzRequest("broken body", false, "/graphql", body, type, null, caller, null);
            var oversized =
                from body in Oversized
                from caller in Caller
                select new FuzzRequest("oversized body", false, "/graphql", body, "application/json", null, caller, null);
            var reads =
                from read in Gen.Int[0, Reads.Length - 1].Select(i => Reads[i])
                from ids in Id.Array[3]
                from many in Id.Array[0, 5]
                from literal in Gen.Int[0, 5]
                from accept in Accept
                from caller in Caller
                select ReadRequest(read, ids, many, literal == 0, accept, caller);
            var mutations =
                from write in Gen.Int[0, writes.Count - 1].Select(i => writes[i])
                from damages in Damage.Array[0, 3]
                from caller in Caller
                from accept in Accept
                select MutationRequest(write.Mutation, write.Input(), damages, accept, caller);
            var gets =
                from query in Gen.Frequency((3, Document), (1, Gen.Const("mutation { renameUnit(input: {}) { __typename } }")), (2, Gen.Const("{ __typename }")))
                from variables in Gen.Frequency((3, Gen.Const<string?>((string?)null)), (1, Pick<string?>("{", "[]", "\"x\"", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u0000\"}", "%FF")))
                from accept in Accept
                from caller in Caller
                select new FuzzRequest("GET", true, "/graphql?" + Query("query", query) + (variables is null ? "" : "&" + Query("variables", variables)),
                    null, null, accept, caller, null);
            return Gen.Frequency((10, documents), (6, broken), (12, reads), (24, mutations), (4, gets), (1, oversized));
        }
    }

    private static FuzzRequest ReadRequest((string Query, string[] Ids) read, JsonNode?[] ids, JsonNode?[] many, bool literal, string? accept, FuzzCaller caller)
    {
        var variables = new JsonObject();
        for (var i = 0; i < read.Ids.Length; i++)
            variables[read.Ids[i]] = read.Ids[i] == "ids" ? new JsonArray([.. many.Select(m => m?.DeepClone())]) : ids[i]?.DeepClone();
        var query = read.Query;
        if (literal && read.Ids is ["id"] && ids[0] is JsonValue v && v.TryGetValue<string>(out var text))
        {
            // The same id as a literal inside the document instead of a variable.
            query = query.Replace("$id", HostileJson.String(text), StringComparison.Ordinal);
            query = query[(query.IndexOf(')', StringComparison.Ordinal) + 1)..];
            variables = [];
        }
        return new FuzzRequest(literal ? "read (literal)" : "read", false, "/graphql", Utf8(Envelope(query, variables)), "application/json", accept, caller, null);
    }

    private static FuzzRequest MutationRequest(string mutation, JsonObject input, Action<JsonObject>[] damages, string? accept, FuzzCaller caller)
    {
        foreach (var damage in damages)
            damage(input);
        var query = $"mutation($input: {InputType(mutation)}!) {{ {Selection(mutation)} }}";
        return new FuzzRequest($"{mutation} ({damages.Length} damages)", false, "/graphql", Utf8(Envelope(query, new JsonObject { ["input"] = input })),
            "application/json", accept, caller, mutation);
    }

    /// <summary>The undamaged mutation, as the compliant-shape check sends it.</summary>
    public static string MutationDocument(string mutation) => $"mutation($input: {InputType(mutation)}!) {{ {Selection(mutation)} }}";
}
