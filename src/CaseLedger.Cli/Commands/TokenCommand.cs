using System.CommandLine;
using CaseLedger.Api.Security;

namespace CaseLedger.Cli.Commands;

/// <summary>
/// <c>caseledger token --role registrar|inspector|supervisor|admin --unit CODE|ID|* [--name NAME] [--hours N]</c>:
/// prints a signed bearer token for the given role and jurisdiction (a unit by code or id, looked up in
/// the ledger; "*" for the whole ledger, admins only).
/// </summary>
internal static class TokenCommand
{
    public static Command Create()
    {
        var role = new Option<string>("--role")
        {
            Description = "What the bearer may do: registrar (records), inspector (reads history), supervisor (audit findings), admin (everything).",
            Required = true,
        };
        role.AcceptOnlyFromAmong("registrar", "inspector", "supervisor", "admin");
        var unit = new Option<string>("--unit")
        {
            Description = "The unit whose subtree the token covers, by code (640422) or id; * for the whole ledger (admins only).",
            Required = true,
            HelpName = "CODE|ID|*",
        };
        var name = new Option<string>("--name") { Description = "Who the bearer is (the actor recorded on events); default role@unit.", HelpName = "NAME" };
        var hours = new Option<int>("--hours") { HelpName = "N", Description = "How long the token is valid, 1 to 2160 hours.", DefaultValueFactory = _ => 8 };
        hours.InRange(1, 24 * 90);
        var command = new Command("token", "Print a bearer token signed with this environment's key (the Development key unless ASPNETCORE_ENVIRONMENT says otherwise).")
        {
            role, unit, name, hours,
        };
        command.SetAction(parse => CliHost.RunAsync(parse, app => RunAsync(app.Services,
            Enum.Parse<Role>(parse.GetRequiredValue(role), ignoreCase: true), parse.GetRequiredValue(unit), parse.GetValue(name), parse.GetValue(hours))));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, Role role, string unit, string? name, int hours)
    {
        Guid? unitId = null;
        if (unit != CaseLedgerUser.WholeLedger)
            unitId = await FindUnitAsync(services, unit);
        else if (role != Role.Admin)
            throw new ArgumentException("only an admin token may cover the whole ledger (--unit *).");

        var user = new CaseLedgerUser(name ?? $"{role.ToString().ToLowerInvariant()}@{unit}", role, unitId);
        var clock = services.GetRequiredService<TimeProvider>();
        Console.WriteLine(TokenIssuer.Issue(services.GetRequiredService<AuthOptions>(), user, TimeSpan.FromHours(hours), clock.GetUtcNow()));
        return 0;
    }

    private static async Task<Guid> FindUnitAsync(IServiceProvider services, string unit)
    {
        var found = await services.GetRequiredService<IUnitDirectory>().FindAsync(unit, CancellationToken.None);
        return found ?? throw new ArgumentException($"no unit has the code or id '{unit}'.");
    }
}
