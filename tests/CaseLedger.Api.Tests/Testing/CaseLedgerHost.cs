using CaseLedger.Api.Security;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace CaseLedger.Api.Tests.Testing;

/// <summary>
/// The real API on Kestrel (a loopback port), on the real PostgreSQL, in a schema of its own,
/// with a clock the test controls. One per test class (IClassFixture).
/// </summary>
public class CaseLedgerHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Where the fake clock starts: 09:00 on a Friday in Yinchuan, in UTC as Marten requires.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);

    public string Schema { get; protected init; } = $"test_{Guid.NewGuid():N}";

    /// <summary>Whether disposing the host drops its schema: not for a node sharing the schema with another (the failover test).</summary>
    protected virtual bool DropsSchema => true;

    /// <summary>The connection string this host's API uses (a node may name itself in it, as Application Name).</summary>
    protected virtual string ConnectionString => TestDatabase.ConnectionString;

    public FakeTimeProvider Clock { get; } = new(Start) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    public GraphQLClient GraphQL { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>The signing key the test host trusts (its own, set in its configuration).</summary>
    public const string SigningKey = "caseledger-tests-signing-key-0123456789abcdef";

    /// <summary>Who the default client is: an admin over the whole ledger, so tests that are not about security need no token.</summary>
    public const string DefaultUser = "test-admin";

    public CaseLedgerHost() => UseKestrel(0);

    /// <summary>
    /// Whether the background audit evaluator runs. Off by default, so fixtures that count events or
    /// compare digests see only what they wrote; the audit fixtures turn it on.
    /// </summary>
    protected virtual bool EvaluatesAudits => false;

    /// <summary>A bearer token this host accepts, for any role and unit (null: the whole ledger).</summary>
    public static string TokenFor(Role role, Guid? unitId, string? name = null) =>
        TokenIssuer.Issue(new AuthOptions { SigningKey = SigningKey }, new CaseLedgerUser(name ?? $"{role}@{unitId?.ToString() ?? "*"}".ToLowerInvariant(), role, unitId),
            TimeSpan.FromHours(1), DateTimeOffset.UtcNow);

    /// <summary>An HTTP client for this host that sends the given token (none: anonymous).</summary>
    public HttpClient HttpFor(string? token)
    {
        var http = CreateClient();
        if (token is not null)
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>A GraphQL client acting as this role over this unit's subtree (null: the whole ledger).</summary>
    public GraphQLClient ClientFor(Role role, Guid? unitId, string? name = null) => new(HttpFor(TokenFor(role, unitId, name)));

    /// <summary>A GraphQL client without a token.</summary>
    public GraphQLClient Anonymous() => new(HttpFor(null));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:CaseLedger", ConnectionString);
        builder.UseSetting("CaseLedger:Schema", Schema);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("CaseLedger:Audits:Evaluate", EvaluatesAudits ? "true" : "false");

        builder.UseSetting("CaseLedger:Auth:SigningKey", SigningKey);
        // Tests fire requests far faster than any client; the rate limit has its own host (RateLimitTests).
        builder.UseSetting("CaseLedger:RateLimit:Enabled", "false");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public async Task InitializeAsync()
    {
        StartServer();
        Http = HttpFor(TokenFor(Role.Admin, null, DefaultUser));
        GraphQL = new GraphQLClient(Http);
        await SeedAsync();
    }

    /// <summary>A fixture's starting ledger, built once for its test class through the API.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();

    /// <summary>Runs SQL against this host's schema, as an inspector (or a tamperer) would.</summary>
    public async Task<long> ScalarAsync(string sql) =>
        Convert.ToInt64(await ValueAsync(sql), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><see cref="ScalarAsync"/> for a text answer (null for none).</summary>
    public async Task<string?> TextAsync(string sql) => await ValueAsync(sql) as string;

    private async Task<object?> ValueAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql.Replace("{schema}", Schema, StringComparison.Ordinal), connection);
        return await command.ExecuteScalarAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (!DropsSchema)
            return;
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Schema} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
