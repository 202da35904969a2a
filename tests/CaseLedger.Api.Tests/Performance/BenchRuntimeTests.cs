using System.Net;
using System.Text.Json;
using CaseLedger.Api.Tests.Testing;
using Microsoft.AspNetCore.Hosting;

namespace CaseLedger.Api.Tests.Performance;

/// <summary>An API started as tools/bench starts it, with its benchmark endpoints mapped.</summary>
public sealed class BenchHost : CaseLedgerHost
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CaseLedger:BenchEndpoints", "true");
    }
}

/// <summary>The counters the bench reads around each timed run, to say what ran while a read was slow.</summary>
public sealed class BenchRuntimeTests(BenchHost bench, CaseLedgerHost plain) : IClassFixture<BenchHost>, IClassFixture<CaseLedgerHost>
{
    [Fact]
    public async Task The_counters_move_with_what_the_process_and_the_database_do()
    {
        var before = await CountersAsync();
        GC.Collect(); // a full collection in this process, which hosts the API
        var after = await CountersAsync();

        Assert.True(after.GetProperty("gen2").GetInt32() > before.GetProperty("gen2").GetInt32());
        Assert.True(after.GetProperty("gcPauseMs").GetDouble() >= before.GetProperty("gcPauseMs").GetDouble());
        Assert.True(after.GetProperty("jitMethods").GetInt64() > 0);
        foreach (var counter in new[] { "pgCheckpoints", "pgCheckpointMs", "pgAutovacuums" })
            Assert.True(after.GetProperty(counter).GetDouble() >= before.GetProperty(counter).GetDouble(), counter);
    }

    [Fact]
    public async Task Without_the_bench_setting_the_counters_are_not_served()
    {
        var response = await plain.Http.GetAsync("/bench/runtime");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<JsonElement> CountersAsync()
    {
        var response = await bench.Http.GetAsync("/bench/runtime");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
