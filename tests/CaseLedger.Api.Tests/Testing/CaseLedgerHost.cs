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

    public string Schema { get; } = $"test_{Guid.NewGuid():N}";

    public FakeTimeProvider Clock { get; } = new(Start) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    public GraphQLClient GraphQL { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public CaseLedgerHost() => UseKestrel(0);

    /// <summary>
    /// Whether the background audit evaluator runs. Off by default, so fixtures that count events or
    /// compare digests see only what they wrote; the audit fixtures turn it on.
    /// </summary>
    protected virtual bool EvaluatesAudits => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:CaseLedger", TestDatabase.ConnectionString);
        builder.UseSetting("CaseLedger:Schema", Schema);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("CaseLedger:Audits:Evaluate", EvaluatesAudits ? "true" : "false");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public async Task InitializeAsync()
    {
        StartServer();
        Http = CreateClient();
        GraphQL = new GraphQLClient(Http);
        await SeedAsync();
    }

    /// <summary>A fixture's starting ledger, built once for its test class through the API.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();

    /// <summary>Runs SQL against this host's schema, as an inspector (or a tamperer) would.</summary>
    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql.Replace("{schema}", Schema, StringComparison.Ordinal), connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Schema} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
