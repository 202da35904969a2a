using CaseLedger.Api.Hosting;
using CaseLedger.Cli.Commands;

namespace CaseLedger.Cli;

/// <summary>
/// tools/caseledger: builds the API's services (same configuration, same ledger) without starting the
/// web host, and runs one verb on them.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddCaseLedger();
        using var app = builder.Build();
        return await LedgerCommands.RunAsync(app, args);
    }
}
