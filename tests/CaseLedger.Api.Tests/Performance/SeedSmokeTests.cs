using CaseLedger.Api.Cases;
using CaseLedger.Api.Integrity;
using CaseLedger.Cli.Performance;
using CaseLedger.Api.Tests.Testing;
using CaseLedger.Domain.Cases;
using Marten;

namespace CaseLedger.Api.Tests.Performance;

/// <summary>The seed generator, at its tiniest size: every generated command is accepted and the ledger verifies.</summary>
public sealed class SeedSmokeTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    [Fact]
    public async Task A_tiny_seed_goes_through_the_write_path_without_a_refused_command()
    {
        var manifest = await new LedgerSeeder(host.Services, SeedSize.Parse("tiny"), seed: 7, writers: 2, progress: null).RunAsync(CancellationToken.None);

        Assert.Equal(0, manifest.RefusedCommands);
        Assert.Equal(12, manifest.Cadres);
        await using var session = host.Store.QuerySession();
        Assert.Equal(manifest.Events, await session.Events.QueryAllRawEvents().CountAsync());
        var cases = await session.Query<CaseSummary>().ToListAsync();
        Assert.Equal(manifest.Cases, cases.Count);
        Assert.True(manifest.Units > 100);
        var report = await new LedgerVerifier(host.Store, host.Clock).VerifyAsync();
        Assert.True(report.IsIntact);
        Assert.Contains(cases, c => c.Kind == CaseKind.Secondment);
    }
}
