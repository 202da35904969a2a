using CaseLedger.Api.Ledger;
using System.Diagnostics;
using CaseLedger.Api.Integrity;
using CaseLedger.Api.Tests.Testing;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Shared;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CaseLedger.Api.Tests.Integrity;

/// <summary>Verification streams the rows; a few thousand events take well under a few seconds.</summary>
public sealed class VerifySpeedTests(CaseLedgerHost host, ITestOutputHelper output) : IClassFixture<CaseLedgerHost>
{
    [Fact]
    public async Task Five_thousand_events_verify_clean_in_seconds()
    {
        const int streams = 1000, postsPerCadre = 4;
        for (var batch = 0; batch < streams / 100; batch++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var appender = scope.ServiceProvider.GetRequiredService<LedgerAppender>();
            for (var i = 0; i < 100; i++)
            {
                var id = Guid.NewGuid();
                appender.Start(Recording.By("verify-speed-test", "seed"), id, [
                    new CadreRegistered(id, $"干部{batch}-{i}", Gender.Female, new DateOnly(1985, 1, 1), "汉族", null, "研究生",
                        new DateOnly(2008, 7, 1), CadreCategory.CivilServant, ["西吉县"], new DateOnly(2026, 11, 20)),
                    .. Enumerable.Range(0, postsPerCadre).Select(p => (object)new BaselinePostRecorded(id,
                        new Post(Guid.NewGuid(), $"职位{p}", PostLevel.Township, PostGrade.Deputy, false),
                        new DateOnly(2010 + p, 1, 1), new DateOnly(2011 + p, 1, 1), new DateOnly(2026, 11, 20))),
                ]);
            }
            await appender.SaveAsync(CancellationToken.None);
        }

        var watch = Stopwatch.StartNew();
        var report = await new LedgerVerifier(host.Store, TimeProvider.System).VerifyAsync();
        watch.Stop();

        output.WriteLine($"Verified {report.EventsChecked} events in {report.StreamsChecked} streams in {watch.ElapsedMilliseconds} ms.");
        Assert.True(report.IsIntact, string.Join("\n", report.Problems.Take(5)));
        Assert.Equal(streams * (1 + postsPerCadre), report.EventsChecked);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"{watch.Elapsed} for {report.EventsChecked} events");
    }
}
