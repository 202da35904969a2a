using System.CommandLine;
using CaseLedger.Api.Hosting;

namespace CaseLedger.Cli.Commands;

/// <summary>
/// What a verb runs on: the API's services (same configuration, same ledger) without starting the web host.
/// Built only once the command line parsed, so help and usage errors never touch the database.
/// </summary>
internal static class CliHost
{
    public static async Task<int> RunAsync(ParseResult parse, Func<IHost, Task<int>> verb, Action<IConfiguration>? configure = null)
    {
        try
        {
            var builder = WebApplication.CreateBuilder();
            // A verb is no request: its GraphQL documents (import rows, export pages) get minutes, not the endpoint's 10 s.
            if (builder.Configuration["CaseLedger:Limits:TimeoutSeconds"] is null)
                builder.Configuration["CaseLedger:Limits:TimeoutSeconds"] = "600";
            configure?.Invoke(builder.Configuration);
            builder.AddCaseLedger();
            using var app = builder.Build();
            return await verb(app);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or IOException or InvalidOperationException or Npgsql.NpgsqlException)
        {
            await Console.Error.WriteLineAsync($"caseledger {parse.CommandResult.Command.Name}: {ex.Message}");
            return CaseLedgerCli.Misuse;
        }
    }
}
