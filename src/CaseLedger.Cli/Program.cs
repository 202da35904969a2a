using CaseLedger.Cli.Commands;

namespace CaseLedger.Cli;

/// <summary>tools/caseledger: parses the command line first; a verb builds the API's services only when it runs.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => CaseLedgerCli.RunAsync(args);
}
