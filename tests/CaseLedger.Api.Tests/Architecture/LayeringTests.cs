using System.Text.RegularExpressions;
using CaseLedger.Api.Tests.Testing;

namespace CaseLedger.Api.Tests.Architecture;

/// <summary>
/// The API's folders by what they know: Ledger/, GraphQL/, Security/ and Remit/ name no feature; a feature
/// names another only through a declared contract. Read from the source's imports (using directives
/// and fully qualified CaseLedger.Api.X names), so a new loop fails here before review.
/// </summary>
public sealed partial class LayeringTests
{
    private static readonly string[] Infrastructure = ["Ledger", "GraphQL", "Security", "Remit"];

    /// <summary>Every feature, and the features it may import (its declared contracts).</summary>
    private static readonly Dictionary<string, string[]> Contracts = new()
    {
        ["Units"] = [],
        // A post and a roster name units.
        ["Cadres"] = ["Units"],
        // A case moves a cadre between posts; the remit definition reads units, cadres and cases.
        ["Cases"] = ["Cadres", "Units"],
        // The evaluator judges case files built from every read model.
        ["Audits"] = ["Units", "Cadres", "Cases"],
        ["Integrity"] = [],
        // Subscriptions stream case and finding changes, filtered as the queries filter them.
        ["LiveUpdates"] = ["Units", "Cases", "Audits"],
        // Imports send the features' commands through the schema's own mutations; a unit row is looked up by code.
        ["Imports"] = ["Units"],
        // Exports read every feature through the schema, as the caller; a dossier carries its stream's proof.
        ["Exports"] = ["Integrity"],
    };

    [Fact]
    public void The_api_source_keeps_its_layers()
    {
        var root = Path.Combine(RepositoryRoot.Path, "src", "CaseLedger.Api");
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path: Path.GetRelativePath(root, f).Replace('\\', '/'), Text: File.ReadAllText(f)))
            .ToList();

        Assert.True(files.Count > 100, $"Read {files.Count} files under {root}.");
        Assert.Empty(Violations(files));
    }

    [Fact]
    public void Infrastructure_that_names_a_feature_is_reported()
    {
        var violations = Violations([
            ("Ledger/LedgerAppender.cs", "using CaseLedger.Api.Cases;\nnamespace CaseLedger.Api.Ledger;"),
            ("GraphQL/MutationConvention.cs", "namespace CaseLedger.Api.GraphQL;\nclass C { CaseLedger.Api.Units.UnitDetails? U; }"),
            ("Security/Remit.cs", "using CaseLedger.Api.Cadres.Career;\nnamespace CaseLedger.Api.Security;"),
        ]);

        Assert.Equal(3, violations.Count);
        Assert.Contains(violations, v => v.Contains("Ledger/LedgerAppender.cs imports Cases", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("GraphQL/MutationConvention.cs imports Units", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("Security/Remit.cs imports Cadres", StringComparison.Ordinal));
    }

    [Fact]
    public void A_feature_importing_another_outside_its_contracts_is_reported_and_inside_them_is_not()
    {
        var violations = Violations([
            ("Units/UnitType.cs", "using CaseLedger.Api.Cadres;\nnamespace CaseLedger.Api.Units;"),
            ("Cadres/Career/CareerTypes.cs", "using CaseLedger.Api.Cases;\nnamespace CaseLedger.Api.Cadres.Career;"),
            ("Cases/CaseType.cs", "using CaseLedger.Api.Audits;\nusing CaseLedger.Api.Cadres;\nusing CaseLedger.Api.Units;\nnamespace CaseLedger.Api.Cases;"),
            ("Audits/AuditQueries.cs", "using CaseLedger.Api.Cases;\nusing CaseLedger.Api.Cadres;\nusing CaseLedger.Api.GraphQL;\nnamespace CaseLedger.Api.Audits;"),
            ("Hosting/CaseLedgerFeatures.cs", "using CaseLedger.Api.Audits;\nusing CaseLedger.Api.Cases;\nnamespace CaseLedger.Api.Hosting;"),
        ]);

        Assert.Equal(["Cadres/Career/CareerTypes.cs imports Cases", "Cases/CaseType.cs imports Audits", "Units/UnitType.cs imports Cadres"],
            violations.Order(StringComparer.Ordinal));
    }

    /// <summary>Each import that breaks a rule, as "path imports Folder".</summary>
    private static List<string> Violations(IEnumerable<(string Path, string Text)> files)
    {
        var violations = new List<string>();
        foreach (var (path, text) in files)
        {
            var folder = path.Split('/')[0];
            string[]? allowed = Infrastructure.Contains(folder) ? [] : Contracts.GetValueOrDefault(folder);
            if (allowed is null)
                continue; // the composition root (Hosting/, Program.cs) and tooling may name every feature
            var imported = ApiName().Matches(text).Select(m => m.Groups[1].Value).Distinct();
            violations.AddRange(imported
                .Where(other => other != folder && Contracts.ContainsKey(other) && !allowed.Contains(other))
                .Select(other => $"{path} imports {other}"));
        }
        return violations;
    }

    // using CaseLedger.Api.X; using A = CaseLedger.Api.X.Y; or a fully qualified CaseLedger.Api.X.Name in code.
    [GeneratedRegex(@"\bCaseLedger\.Api\.([A-Z]\w*)\b")]
    private static partial Regex ApiName();
}
