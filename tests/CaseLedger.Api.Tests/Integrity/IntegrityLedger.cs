using System.Diagnostics;
using System.Text.Json.Nodes;
using CaseLedger.Api.Integrity;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Integrity;

/// <summary>
/// A small ledger of its own on a fresh host (schema), built through the GraphQL mutations, so
/// each test can tamper with mt_events without disturbing another: a unit (1 event), a cadre
/// (registered + 3 baseline posts = versions 1..4) and a case (opened + motion = versions 1..2).
/// </summary>
internal sealed class IntegrityLedger : IAsyncDisposable
{
    private IntegrityLedger(CaseLedgerHost host) => Host = host;

    public CaseLedgerHost Host { get; }

    public Guid Unit { get; private set; }

    public Guid Cadre { get; private set; }

    public Guid Case { get; private set; }

    public string UnitId { get; private set; } = "";

    public string CadreId { get; private set; } = "";

    public static async Task<IntegrityLedger> BuildAsync()
    {
        var host = new CaseLedgerHost();
        await ((IAsyncLifetime)host).InitializeAsync();
        var ledger = new IntegrityLedger(host);
        var graphQL = host.GraphQL;

        var unit = await graphQL.RegisterUnitAsync("INT-640422");
        var cadre = await graphQL.RegisterCadreAsync();
        (ledger.Unit, ledger.UnitId, ledger.Cadre, ledger.CadreId) = (StreamId(unit), Id(unit), StreamId(cadre), Id(cadre));
        foreach (var (title, from) in new[] { ("乡长", "2010-03-01"), ("副县长", "2015-06-01"), ("县委副书记", "2019-03-01") })
            await ledger.RecordBaselinePostAsync(title, from);
        var opened = await graphQL.OpenCaseAsync(ledger.CadreId, LedgerScenarios.Post(ledger.UnitId, "县长"));
        await graphQL.MutateAsync("raiseMotion",
            new { caseId = Id(opened), proposedBy = "县委组织部", summary = "拟转任", effectiveOn = "2026-11-03", expectedVersion = 1 },
            "case { id }");
        ledger.Case = StreamId(opened);
        return ledger;
    }

    /// <summary>A legitimate append to the cadre's stream.</summary>
    public Task RecordBaselinePostAsync(string title, string from) =>
        Host.GraphQL.MutateAsync("recordBaselinePost",
            new { cadreId = CadreId, post = LedgerScenarios.Post(UnitId, title), from, reason = "档案迁移" }, "cadre { id }");

    /// <summary>Runs the tamperer's SQL; {schema}, {unit}, {cadre} and {case} are filled in.</summary>
    public Task TamperAsync(string sql) =>
        Host.ScalarAsync(sql.Replace("{cadre}", $"'{Cadre}'", StringComparison.Ordinal)
            .Replace("{unit}", $"'{Unit}'", StringComparison.Ordinal)
            .Replace("{case}", $"'{Case}'", StringComparison.Ordinal) + "; SELECT 1");

    public Task<LedgerIntegrityReport> VerifyAsync(LedgerDigest? against = null) =>
        new LedgerVerifier(Host.Store, TimeProvider.System).VerifyAsync(against);

    /// <summary>The GraphQL field's report.</summary>
    public async Task<JsonNode> QueryIntegrityAsync(string? digestJson = null) =>
        (await Host.GraphQL.QueryAsync("""
            query($digest: String) {
              ledgerIntegrity(digest: $digest) {
                verifiedAt atSequence streamsChecked eventsChecked isIntact
                problems { streamId version kind explanation }
                digest { atSequence streams root takenAt json }
              }
            }
            """, new { digest = digestJson }))["ledgerIntegrity"]!;

    /// <summary>Runs the built API as the command-line tool does: <c>dotnet CaseLedger.Cli.dll verify …</c>.</summary>
    public async Task<(int ExitCode, string Output)> RunCliAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CaseLedger.Cli.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__CaseLedger"] = TestDatabase.ConnectionString;
        start.Environment["CaseLedger__Schema"] = Host.Schema;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    public async ValueTask DisposeAsync() => await ((IAsyncLifetime)Host).DisposeAsync();
}
