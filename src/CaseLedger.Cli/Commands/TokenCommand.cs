using System.Globalization;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using CaseLedger.Api.Units;
using Marten;

namespace CaseLedger.Cli.Commands;

/// <summary>
/// <c>caseledger token --role registrar|inspector|supervisor|admin --unit CODE|ID|* [--name NAME] [--hours N]</c>:
/// prints a signed bearer token for the given role and jurisdiction (a unit by code or id, looked up in
/// the ledger; "*" for the whole ledger, admins only).
/// </summary>
internal static class TokenCommand
{
    public const string Usage = "caseledger token --role registrar|inspector|supervisor|admin --unit <unit code, id or *> [--name NAME] [--hours N]";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var options = Options(args);
        if (!options.TryGetValue("role", out var roleText) || !Enum.TryParse<Role>(roleText, ignoreCase: true, out var role)
            || !options.TryGetValue("unit", out var unit))
            throw new ArgumentException($"--role and --unit are required. usage: {Usage}");
        var hours = options.TryGetValue("hours", out var h) ? int.Parse(h, NumberStyles.None, CultureInfo.InvariantCulture) : 8;
        if (hours is < 1 or > 24 * 90)
            throw new ArgumentException("--hours must be between 1 and 2160.");

        Guid? unitId = null;
        if (unit != CaseLedgerUser.WholeLedger)
            unitId = await FindUnitAsync(services, unit);
        else if (role != Role.Admin)
            throw new ArgumentException("only an admin token may cover the whole ledger (--unit *).");

        var user = new CaseLedgerUser(options.GetValueOrDefault("name") ?? $"{role.ToString().ToLowerInvariant()}@{unit}", role, unitId);
        var clock = services.GetRequiredService<TimeProvider>();
        Console.WriteLine(TokenIssuer.Issue(services.GetRequiredService<AuthOptions>(), user, TimeSpan.FromHours(hours), clock.GetUtcNow()));
        return 0;
    }

    private static async Task<Guid> FindUnitAsync(IServiceProvider services, string unit)
    {
        await using var session = services.GetRequiredService<IDocumentStore>().QuerySession();
        var id = GlobalId.Parse(unit, UnitType.TypeName);
        var found = id is { } byId
            ? await session.LoadAsync<UnitDetails>(byId)
            : await session.Query<UnitDetails>().FirstOrDefaultAsync(u => u.Code == unit);
        return found?.Id ?? throw new ArgumentException($"no unit has the code or id '{unit}'.");
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                throw new ArgumentException($"unexpected argument '{args[i]}'. usage: {Usage}");
            var name = args[i][2..];
            if (name.IndexOf('=', StringComparison.Ordinal) is var eq and > 0)
                options[name[..eq]] = name[(eq + 1)..];
            else if (i + 1 < args.Length)
                options[name] = args[++i];
            else
                throw new ArgumentException($"--{name} needs a value. usage: {Usage}");
        }
        return options;
    }
}
