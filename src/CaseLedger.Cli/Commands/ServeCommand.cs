using System.CommandLine;
using CaseLedger.Api.Hosting;

namespace CaseLedger.Cli.Commands;

/// <summary><c>caseledger serve [--port N]</c>: the web service itself, as tools/run starts it (a taken port: one line, exit 1).</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port")
        {
            HelpName = "N",
            Description = "The loopback port to listen on.",
            DefaultValueFactory = _ => 5080,
        };
        port.InRange(1, 65535);
        var command = new Command("serve", "Run the API (GraphQL at /graphql, GraphiQL in a browser, /health/ready) on http://127.0.0.1:PORT until Ctrl-C.")
        {
            port,
        };
        command.SetAction(parse => CaseLedgerWebHost.RunAsync(["--urls", $"http://127.0.0.1:{parse.GetValue(port)}"]));
        return command;
    }
}
