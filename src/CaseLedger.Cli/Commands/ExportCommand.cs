using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CaseLedger.Api.Exports;
using CaseLedger.Api.Exports.Dossiers;
using CaseLedger.Api.Exports.Findings;
using CaseLedger.Api.Security;
using CaseLedger.Domain.Audits;

namespace CaseLedger.Cli.Commands;

/// <summary>
/// <c>caseledger export dossier CASE --out FILE.html|FILE.xlsx</c> and <c>caseledger export findings --format csv|xlsx
/// [filters] --out FILE</c>: the /dossier and /exports/findings downloads in-process, as the user the options name
/// (default: an admin over the whole ledger), so remit and masking are that user's. Exit 0 written, 1 refused
/// (unknown or out-of-remit case, a role without the permission), 2 on misuse.
/// </summary>
internal static class ExportCommand
{
    public static Command Create() =>
        new("export", "Export a case's dossier (案卷) as printable HTML or .xlsx, or audit findings as CSV or .xlsx (README \"Exporting\"), "
            + "exactly as the /dossier and /exports/findings downloads give them to the user named by --role and --unit.")
        {
            Dossier(), Findings(),
        };

    private static Command Dossier()
    {
        var caseId = new Argument<string>("caseId") { Description = "The case's global id (Case.id) or UUID." };
        var (output, role, unit, name) = Common(".html", ".xlsx");
        var command = new Command("dossier", "Write a case's dossier: every event on both time axes with actor, reason, 文号 and hashes, the steps' "
            + "details, the findings with citations and workflow, and the stream's integrity proof. Exit 1 when the case is unknown or outside the remit.")
        {
            caseId, output, role, unit, name,
        };
        command.SetAction((parse, ct) => CliHost.RunAsync(parse, app => DossierAsync(app, parse.GetValue(caseId)!, parse.GetValue(output)!,
            parse.GetValue(role)!, parse.GetValue(unit)!, parse.GetValue(name), ct)));
        return command;
    }

    private static Command Findings()
    {
        var format = new Option<string>("--format") { Description = "csv (UTF-8 with a byte order mark, for Excel) or xlsx.", Required = true };
        format.AcceptOnlyFromAmong("csv", "xlsx");
        var (output, role, unit, name) = Common(".csv", ".xlsx");
        var filters = new Option<string>[]
        {
            new("--ruleId") { Description = "Only findings of this rule, e.g. NX-DECISION-QUORUM.", HelpName = "ID" },
            Choice("--severity", "Only findings of this severity.", Enum.GetNames<AuditSeverity>()),
            Choice("--status", "Only findings in this status.", Enum.GetNames<FindingStatus>()),
            new("--cadreId") { Description = "Only findings about this cadre (global id or UUID).", HelpName = "ID" },
            new("--caseId") { Description = "Only findings about this case (global id or UUID).", HelpName = "ID" },
            new("--unitId") { Description = "Only findings about cases into or out of this unit or any unit below it (global id or UUID).", HelpName = "ID" },
            Date("--effectiveFrom", "Only findings judged on or after this date."),
            Date("--effectiveTo", "Only findings judged on or before this date."),
        };
        var command = new Command("findings", "Write the findings auditFindings returns with the same filters (named as its arguments), every page, "
            + "one row per finding, newest effective date first.")
        {
            format, output, role, unit, name,
        };
        foreach (var filter in filters)
            command.Options.Add(filter);
        command.Validators.Add(result =>
        {
            // An unknown format is the option's own error (csv or xlsx only).
            if (result.GetValue(format) is "csv" or "xlsx" && result.GetValue(format) is { } f && result.GetValue(output) is { } file && !file.EndsWith("." + f, StringComparison.OrdinalIgnoreCase))
                result.AddError($"--out must end in .{f} for --format {f}.");
        });
        command.SetAction((parse, ct) => CliHost.RunAsync(parse, app => FindingsAsync(app, parse.GetValue(format)!, parse.GetValue(output)!,
            filters.Where(f => parse.GetValue(f) is not null).ToDictionary(f => f.Name[2..], f => parse.GetValue(f)!),
            parse.GetValue(role)!, parse.GetValue(unit)!, parse.GetValue(name), ct)));
        return command;
    }

    private static (Option<string> Output, Option<string> Role, Option<string> Unit, Option<string> Name) Common(params string[] extensions)
    {
        var output = new Option<string>("--out") { Description = $"The file to write ({string.Join(" or ", extensions)}).", Required = true, HelpName = "FILE" };
        output.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && !extensions.Any(e => token.Value.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                result.AddError($"--out must end in {string.Join(" or ", extensions)}.");
        });
        var role = new Option<string>("--role") { Description = "Export as this role sees it (a supervisor's copy is masked as their queries are).", DefaultValueFactory = _ => "admin" };
        role.AcceptOnlyFromAmong("registrar", "inspector", "supervisor", "admin");
        var unit = new Option<string>("--unit")
        {
            Description = "Export as a user of this unit's subtree sees it, by code or id; * for the whole ledger (admins only).",
            HelpName = "CODE|ID|*",
            DefaultValueFactory = _ => CaseLedgerUser.WholeLedger,
        };
        var name = new Option<string>("--name") { Description = "Who exports (shown on the dossier, and in the access log for an inspector); default role@unit.", HelpName = "NAME" };
        return (output, role, unit, name);
    }

    private static Option<string> Choice(string option, string description, IEnumerable<string> members)
    {
        var choice = new Option<string>(option) { Description = description };
        // The schema's enum names: NeedsReview → NEEDS_REVIEW.
        choice.AcceptOnlyFromAmong([.. members.Select(m => string.Concat(m.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant())]);
        return choice;
    }

    private static Option<string> Date(string option, string description)
    {
        var date = new Option<string>(option) { Description = description, HelpName = "yyyy-MM-dd" };
        date.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && !DateOnly.TryParseExact(token.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                result.AddError($"{option} must be a date, yyyy-MM-dd.");
        });
        return date;
    }

    private static async Task<int> DossierAsync(IHost app, string caseId, string output, string role, string unit, string? name, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = CliRequest.Enter(scope.ServiceProvider, await UserAsync(scope.ServiceProvider, role, unit, name, ct), "export");
        var result = await CliProgress.RunAsync("export dossier", "parts", async bar =>
        {
            bar.Total = 2;
            var (dossier, refusal) = await scope.ServiceProvider.GetRequiredService<DossierReader>().ReadAsync(caseId, user, scope.ServiceProvider, ct);
            bar.Advance(1);
            if (dossier is not null)
            {
                if (output.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                    await File.WriteAllBytesAsync(output, DossierWorkbook.Render(dossier), ct);
                else
                    await File.WriteAllTextAsync(output, DossierHtml.Render(dossier), new UTF8Encoding(false), ct);
            }
            bar.Advance(1);
            return (dossier, refusal);
        });
        if (result.refusal is { } refused)
            return await RefusedAsync("dossier", refused);
        var d = result.dossier!;
        Console.WriteLine($"{output}: dossier of {DossierReader.Text(d.Case["number"])}, {d.Events.Count} events, {d.Steps.Count} steps, "
            + $"{d.Findings.Count} findings, chain {(d.Integrity.IsIntact ? "intact" : "TAMPERED")}.");
        return 0;
    }

    private static async Task<int> FindingsAsync(IHost app, string format, string output, Dictionary<string, string> filters,
        string role, string unit, string? name, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = CliRequest.Enter(scope.ServiceProvider, await UserAsync(scope.ServiceProvider, role, unit, name, ct), "export");
        var rows = 0;
        var all = new List<JsonObject>();
        var partial = output + ".part";
        var refusal = await CliProgress.RunAsync("export findings", "findings", async bar =>
        {
            await using var file = File.Create(partial);
            var answer = await scope.ServiceProvider.GetRequiredService<FindingsExport>().RunAsync(filters, user, scope.ServiceProvider, async (total, page) =>
            {
                if (rows == 0)
                {
                    bar.Total = total;
                    if (format == "csv")
                    {
                        await file.WriteAsync(FindingsCsv.ByteOrderMark, ct);
                        await file.WriteAsync(Encoding.UTF8.GetBytes(FindingsCsv.Header()), ct);
                    }
                }
                if (format == "csv")
                    await file.WriteAsync(Encoding.UTF8.GetBytes(FindingsCsv.Rows(page)), ct);
                else
                    all.AddRange(page);
                rows += page.Count;
                bar.Advance(page.Count);
            }, ct);
            if (answer is null && format == "xlsx")
                await file.WriteAsync(FindingsWorkbook.Render(all), ct);
            return answer;
        });
        if (refusal is not null)
        {
            File.Delete(partial);
            return await RefusedAsync("findings", refusal);
        }
        File.Move(partial, output, overwrite: true);
        Console.WriteLine($"{output}: {rows.ToString(CultureInfo.InvariantCulture)} findings.");
        return 0;
    }

    private static async Task<CaseLedgerUser> UserAsync(IServiceProvider services, string role, string unit, string? name, CancellationToken ct)
    {
        var parsed = Enum.Parse<Role>(role, ignoreCase: true);
        Guid? unitId = null;
        if (unit != CaseLedgerUser.WholeLedger)
            unitId = await services.GetRequiredService<IUnitDirectory>().FindAsync(unit, ct) ?? throw new ArgumentException($"no unit has the code or id '{unit}'.");
        else if (parsed != Role.Admin)
            throw new ArgumentException("only an admin may export the whole ledger (--unit *); name a unit for another role.");
        return new CaseLedgerUser(name ?? $"{role}@{unit}", parsed, unitId);
    }

    private static async Task<int> RefusedAsync(string what, ExportRefusal refusal)
    {
        await Console.Error.WriteLineAsync($"caseledger export {what}: {refusal}");
        return 1;
    }
}
