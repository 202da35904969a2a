using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using CaseLedger.Cli.DemoData;
using CaseLedger.Cli.Performance;

namespace CaseLedger.Cli.Commands;

/// <summary>
/// tools/caseledger: the verbs on System.CommandLine. <c>--help</c> (on the root or any verb) prints help on stdout
/// and exits 0; an unknown verb, a bad or missing option prints the problem and the verb's usage on stderr and
/// exits 2 before anything starts (no database, no server). Verbs exit 0 when done, 1 for a negative answer
/// (verify: tampered), 2 on misuse or failure.
/// </summary>
internal static class CaseLedgerCli
{
    public const int Misuse = 2;

    /// <summary>Help is wrapped at a fixed width, so the README's copy (tools/cli-help) does not depend on the terminal.</summary>
    public const int HelpWidth = 110;

    public static Command Build()
    {
        // A plain command named as the tool (a RootCommand would take the name of the dll).
        var root = new Command("caseledger", "CaseLedger's command line: integrity, tokens, the web service, seeding, benchmarks, demo data, import and export, on the ledger "
            + "tools/run uses (CASELEDGER_DB for another PostgreSQL, CaseLedger__Schema for another schema).")
        {
            new HelpOption { Action = new HelpAction { MaxWidth = HelpWidth } },
            new VersionOption(),
            IntegrityCommands.Verify(),
            IntegrityCommands.Digest(),
            TokenCommand.Create(),
            ServeCommand.Create(),
            SeedCommand.Create(),
            RebuildCommand.Create(),
            DemoDataSeeder.Create(),
            BenchWritesCommand.Create(),
            BenchCheckpointsCommand.Create(),
            ImportCommand.Create(),
            ExportCommand.Create(),
        };
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var root = Build();
        var parse = root.Parse(args);
        if (parse.Errors.Count == 0)
            return await parse.InvokeAsync();

        foreach (var error in parse.Errors)
            await Console.Error.WriteLineAsync($"caseledger: {error.Message}");
        await Console.Error.WriteLineAsync();
        // The usage of the verb that was misused (the root's for an unknown verb), as its --help prints it, on stderr.
        var path = new List<string>();
        for (var result = parse.CommandResult; result.Parent is CommandResult parent; result = parent)
            path.Insert(0, result.Command.Name);
        await root.Parse([.. path, "--help"]).InvokeAsync(new InvocationConfiguration { Output = Console.Error });
        return Misuse;
    }

    /// <summary>Refuses a number outside [min, max] as a usage error (exit 2); an unparsable one is refused by the parser itself.</summary>
    public static Option<int> InRange(this Option<int> option, int min, int max)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && int.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && (value < min || value > max))
                result.AddError($"{option.Name} must be between {min} and {max}.");
        });
        return option;
    }
}
