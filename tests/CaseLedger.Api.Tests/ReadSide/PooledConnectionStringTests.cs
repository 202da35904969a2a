using CaseLedger.Api.Ledger;
using CaseLedger.Api.Tests.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseLedger.Api.Tests.ReadSide;

/// <summary>The store's pool settings (prepared statements, no reset per checkout, lz4 for large documents, a pool of a few connections per core) are defaults: an operator's own setting wins.</summary>
public sealed class PooledConnectionStringTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    [Fact]
    public void A_plain_connection_string_gets_prepared_statements_and_no_reset_per_checkout()
    {
        var built = new NpgsqlConnectionStringBuilder(LedgerStore.PooledConnectionString("Host=127.0.0.1;Port=54329;Username=postgres;Database=x"));

        Assert.Equal(100, built.MaxAutoPrepare);
        Assert.Equal(2, built.AutoPrepareMinUsages);
        Assert.True(built.NoResetOnClose);
        Assert.Equal("-c default_toast_compression=lz4", built.Options);
        Assert.Equal(LedgerStore.DefaultMaxPoolSize, built.MaxPoolSize);
        Assert.InRange(LedgerStore.DefaultMaxPoolSize, 12, 100);
        Assert.Equal("x", built.Database);
    }

    [Fact]
    public async Task The_stores_connections_compress_large_documents_with_lz4()
    {
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();

        var setting = await session.AdvancedSql.QueryAsync<string>("select current_setting('default_toast_compression')", CancellationToken.None);

        Assert.Equal("lz4", Assert.Single(setting));
    }

    [Fact]
    public void The_operators_own_settings_are_kept()
    {
        var built = new NpgsqlConnectionStringBuilder(LedgerStore.PooledConnectionString(
            "Host=127.0.0.1;Database=x;Max Auto Prepare=0;No Reset On Close=false;Auto Prepare Min Usages=7;Maximum Pool Size=50;Options=-c statement_timeout=5s"));

        Assert.Equal(0, built.MaxAutoPrepare);
        Assert.Equal(7, built.AutoPrepareMinUsages);
        Assert.False(built.NoResetOnClose);
        Assert.Equal(50, built.MaxPoolSize);
        Assert.Equal("-c statement_timeout=5s -c default_toast_compression=lz4", built.Options);
        Assert.Equal("-c default_toast_compression=pglz",
            new NpgsqlConnectionStringBuilder(LedgerStore.PooledConnectionString("Host=h;Options=-c default_toast_compression=pglz")).Options);
    }
}
