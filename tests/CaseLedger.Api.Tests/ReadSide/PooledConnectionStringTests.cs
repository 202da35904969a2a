using CaseLedger.Api.Ledger;
using Npgsql;

namespace CaseLedger.Api.Tests.ReadSide;

/// <summary>The store's pool settings (prepared statements, no reset per checkout) are defaults: an operator's own setting wins.</summary>
public sealed class PooledConnectionStringTests
{
    [Fact]
    public void A_plain_connection_string_gets_prepared_statements_and_no_reset_per_checkout()
    {
        var built = new NpgsqlConnectionStringBuilder(LedgerStore.PooledConnectionString("Host=127.0.0.1;Port=54329;Username=postgres;Database=x"));

        Assert.Equal(100, built.MaxAutoPrepare);
        Assert.Equal(2, built.AutoPrepareMinUsages);
        Assert.True(built.NoResetOnClose);
        Assert.Equal("x", built.Database);
    }

    [Fact]
    public void The_operators_own_settings_are_kept()
    {
        var built = new NpgsqlConnectionStringBuilder(LedgerStore.PooledConnectionString(
            "Host=127.0.0.1;Database=x;Max Auto Prepare=0;No Reset On Close=false;Auto Prepare Min Usages=7"));

        Assert.Equal(0, built.MaxAutoPrepare);
        Assert.Equal(7, built.AutoPrepareMinUsages);
        Assert.False(built.NoResetOnClose);
    }
}
