using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Api.Tests.Contracts;

/// <summary>
/// Stored events are forever: each stored event type name has an approved JSON sample under
/// Contracts/approved/, so an accidental rename or shape change fails here. To approve a deliberate,
/// versioned change (or a new event), run with CASELEDGER_APPROVE_EVENTS=1: missing samples are written.
/// </summary>
public sealed class EventContractTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private static readonly string Approved = Path.Combine(RepositoryRoot.Path, "tests", "CaseLedger.Api.Tests", "Contracts", "approved");

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string> Samples() => [.. EventSamples.All.Select(e => e.GetType().Name)];

    /// <summary>The name Marten stores the type under; a type without a mapping fails the test.</summary>
    private string StoredName(Type type) =>
        host.Store.Options.Events.AllKnownEventTypes().SingleOrDefault(e => e.EventType == type)?.EventTypeName
        ?? throw new Xunit.Sdk.XunitException($"{type.Name} has no MapEventType line in its feature module.");

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_event_serializes_as_its_approved_sample(string typeName)
    {
        var sample = EventSamples.All.Single(e => e.GetType().Name == typeName);
        var name = StoredName(sample.GetType());
        var file = Path.Combine(Approved, $"{name}.json");
        var json = JsonNode.Parse(host.Store.Options.Serializer().ToJson(sample))!.ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n";

        if (!File.Exists(file) && Environment.GetEnvironmentVariable("CASELEDGER_APPROVE_EVENTS") == "1")
            File.WriteAllText(file, json);

        Assert.True(File.Exists(file),
            $"No approved sample for stored event '{name}' ({typeName}): expected {file}. Run the tests with CASELEDGER_APPROVE_EVENTS=1 to write it, then review it.");
        Assert.True(File.ReadAllText(file).ReplaceLineEndings("\n") == json,
            $"{typeName} no longer serializes as its approved sample {file}. Stored events cannot change shape: add a new versioned event "
            + $"(or an upcaster) instead; if the change is deliberate and additive, review it and replace the file.\nNow:\n{json}");
    }

    /// <summary>Readers route events by the stream marker each declares (evaluator, live updates): every stored type has exactly one.</summary>
    [Fact]
    public void Every_stored_event_declares_the_one_stream_it_belongs_to()
    {
        Type[] markers = [typeof(ICaseEvent), typeof(ICadreEvent), typeof(IUnitEvent), typeof(IFindingEvent)];
        var unmarked = host.Store.Options.Events.AllKnownEventTypes()
            .Where(e => e.EventType.Namespace?.StartsWith("CaseLedger.", StringComparison.Ordinal) == true) // not Marten's own (archived)
            .Where(e => e.EventType != typeof(AuditDayBegan)) // the evaluator's own calendar stream, read by no router
            .Where(e => markers.Count(m => m.IsAssignableFrom(e.EventType)) != 1)
            .Select(e => e.EventTypeName)
            .ToList();

        Assert.True(host.Store.Options.Events.AllKnownEventTypes().Count > 50);
        Assert.Empty(unmarked);
    }

    [Fact]
    public void A_cadre_registered_before_the_registrars_unit_was_recorded_reads_without_one()
    {
        const string storedBefore = """
            {"CadreId":"00000000-0000-0000-0000-0000000000c1","Name":"马文军","Gender":"Male","BirthDate":"1980-03-02","Ethnicity":"回族",
             "PartyJoinDate":null,"Education":"大学","WorkStartDate":"2002-07-01","Category":"CivilServant","GrowthPlaces":[],"EffectiveOn":"2026-11-02"}
            """;

        var registered = host.Store.Options.Serializer().FromJson<CadreRegistered>(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(storedBefore)));

        Assert.Null(registered.RegisteredInUnitId);
        Assert.Equal("马文军", registered.Name);
    }

    [Fact]
    public void A_finding_raised_before_the_judged_date_was_stored_reads_as_judged_on_the_day_raised()
    {
        const string storedBeforeJudgedOn = """
            {"FindingId":"00000000-0000-0000-0000-0000000000f1","RuleId":"TL-DECISION-QUORUM","RuleVersion":1,"Severity":"Violation",
             "CaseId":"00000000-0000-0000-0000-0000000000e1","CadreId":"00000000-0000-0000-0000-0000000000c1","EvidenceVersions":[7],
             "Explanation":"…","EffectiveOn":"2026-11-20"}
            """;

        var raised = host.Store.Options.Serializer().FromJson<FindingRaised>(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(storedBeforeJudgedOn)));

        Assert.Null(raised.JudgedOn);
        Assert.Equal(new DateOnly(2026, 11, 20), raised.DateJudged());
    }

    [Fact]
    public void A_directed_recommendation_stored_before_posts_had_ids_reads_with_its_title_alone()
    {
        const string storedBeforePostIds = """
            {"CaseId":"00000000-0000-0000-0000-0000000000e1","Mode":"Meeting","Directed":true,"DirectedPost":"县委副书记",
             "Participants":40,"CandidateCount":3,"EffectiveOn":"2026-03-04"}
            """;

        var held = host.Store.Options.Serializer().FromJson<CaseLedger.Domain.Cases.DemocraticRecommendationHeld>(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(storedBeforePostIds)));

        Assert.Null(held.DirectedPostId);
        Assert.Equal("县委副书记", held.DirectedPost);
    }

    [Fact]
    public void A_retention_stored_before_its_decision_was_recorded_reads_without_one()
    {
        const string storedBeforeDecision = """
            {"CaseId":"00000000-0000-0000-0000-0000000000e1","HostPost":{"UnitId":"00000000-0000-0000-0000-0000000000a2","Title":"县委副书记",
             "Level":"County","Grade":"Deputy","IsLeadership":true},"DecisionReference":"西组干〔2026〕20号","EffectiveOn":"2026-03-04"}
            """;

        var retained = host.Store.Options.Serializer().FromJson<CaseLedger.Domain.Cases.SecondmentRetainedAtHost>(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(storedBeforeDecision)));

        Assert.Null(retained.Decision);
        Assert.Equal("西组干〔2026〕20号", retained.DecisionReference);
        Assert.Equal(new DateOnly(2026, 3, 4), retained.EffectiveOn);
    }

    [Fact]
    public void Every_domain_event_has_a_pinned_versioned_name_and_a_sample()
    {
        var sampled = EventSamples.All.Select(e => e.GetType()).ToHashSet();

        Assert.Equal(56, EventSamples.DomainEventTypes.Count);
        Assert.All(EventSamples.DomainEventTypes, type =>
        {
            Assert.True(sampled.Contains(type), $"{type.Name} has no sample in EventSamples.All.");
            Assert.Matches(@"^[a-z_]+\.v\d+$", StoredName(type));
        });
        Assert.Equal(EventSamples.All.Count, EventSamples.All.Select(e => StoredName(e.GetType())).Distinct().Count());
    }

    [Fact]
    public void Every_approved_sample_belongs_to_a_stored_event()
    {
        var names = EventSamples.All.Select(e => $"{StoredName(e.GetType())}.json").ToHashSet();

        Assert.All(Directory.GetFiles(Approved, "*.json"), file => Assert.Contains(Path.GetFileName(file), names));
    }
}
