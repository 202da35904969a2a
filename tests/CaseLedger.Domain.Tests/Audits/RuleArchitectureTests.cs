using System.Reflection;
using System.Reflection.Emit;
using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Audits;

/// <summary>
/// No rule decides promotion its own way: the compiled rules (every method, lambda and local function of
/// every type in the Rules namespace) never call a getter of a post's ladder fields — band, grade, sequence,
/// rank. They ask the promotion model (Moves, PostLadder) instead. Read from the IL, so a property pattern
/// (<c>post is { IsLeadership: true }</c>) counts as a read just like <c>post.Level</c>.
/// </summary>
public class RuleArchitectureTests
{
    private static readonly MethodBase[] LadderFields =
    [
        typeof(Post).GetProperty(nameof(Post.Level))!.GetMethod!,
        typeof(Post).GetProperty(nameof(Post.Grade))!.GetMethod!,
        typeof(Post).GetProperty(nameof(Post.IsLeadership))!.GetMethod!,
        typeof(Post).GetProperty(nameof(Post.Rank))!.GetMethod!,
    ];

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    [Fact]
    public void No_rule_reads_a_posts_ladder_fields()
    {
        var rules = RuleTypes();
        Assert.NotEmpty(rules);
        var offenders = (from type in rules
                         from method in MethodsOf(type)
                         from called in Calls(method)
                         where LadderFields.Contains(called)
                         select $"{type.Name}.{method.Name} reads Post.{called.Name[4..]}").Distinct().ToList();
        Assert.True(offenders.Count == 0, "Rules must ask the promotion model (Moves, PostLadder):\n" + string.Join("\n", offenders));
    }

    /// <summary>
    /// Facts about units are judged as of their day through the one model (<see cref="CaseFile.UnitOn"/>, <see cref="CaseFile.Chain"/>,
    /// <see cref="GrowthPlaces"/>): a rule never reads today's unit (<see cref="CaseFile.Unit"/>, the raw dictionary, a unit's timeline
    /// or parent, a career spell's unit kind as the unit stands now). Working days come from the one calendar
    /// (<c>OfficialCalendar</c>): a rule never asks a date for its day of the week.
    /// </summary>
    private static readonly MethodBase[] OwnWays =
    [
        typeof(CaseFile).GetMethod(nameof(CaseFile.Unit))!,
        typeof(CaseFile).GetProperty(nameof(CaseFile.Units))!.GetMethod!,
        typeof(UnitFacts).GetProperty(nameof(UnitFacts.Timeline))!.GetMethod!,
        typeof(UnitFacts).GetProperty(nameof(UnitFacts.ParentId))!.GetMethod!,
        typeof(CareerSpell).GetProperty(nameof(CareerSpell.UnitKind))!.GetMethod!,
        typeof(DateOnly).GetProperty(nameof(DateOnly.DayOfWeek))!.GetMethod!,
        typeof(DateTime).GetProperty(nameof(DateTime.DayOfWeek))!.GetMethod!,
    ];

    [Fact]
    public void No_rule_reads_unit_facts_as_they_stand_today_or_counts_working_days_itself()
    {
        var offenders = (from type in RuleTypes()
                         from method in MethodsOf(type)
                         from called in Calls(method)
                         where OwnWays.Contains(called)
                         select $"{type.Name}.{method.Name} calls {called.DeclaringType?.Name}.{called.Name}").Distinct().ToList();
        Assert.True(offenders.Count == 0, "Rules must judge units as of their day (CaseFile.UnitOn, Chain, GrowthPlaces) and count working days with OfficialCalendar:\n"
            + string.Join("\n", offenders));
    }

    [Fact]
    public void The_scan_sees_todays_unit_and_a_day_of_the_week() =>
        Assert.Equal(2, Calls(typeof(RuleArchitectureTests).GetMethod(nameof(OwnWay), BindingFlags.NonPublic | BindingFlags.Static)!).Count(OwnWays.Contains));

    private static bool OwnWay(CaseFile file, DateOnly day) => file.Unit(file.CadreId) is null && day.DayOfWeek == DayOfWeek.Sunday;

    private static List<Type> RuleTypes() => [.. typeof(AuditRule).Assembly.GetTypes().Where(t => t.Namespace == "CaseLedger.Domain.Audits.Rules")];

    private static IEnumerable<MethodBase> MethodsOf(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Cast<MethodBase>().Concat(type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static));

    [Fact]
    public void The_scan_sees_a_property_pattern_on_a_post() =>
        Assert.Contains(Calls(typeof(RuleArchitectureTests).GetMethod(nameof(PatternOnPost), BindingFlags.NonPublic | BindingFlags.Static)!), LadderFields.Contains);

    private static bool PatternOnPost(Post post) => post is { IsLeadership: true };

    /// <summary>Every method a method body calls (call, callvirt, newobj, ldftn), walking its IL instruction by instruction.</summary>
    private static IEnumerable<MethodBase> Calls(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
            yield break;
        var i = 0;
        while (i < il.Length)
        {
            var value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            var op = OpCodesByValue[value];
            i += op.Size;
            if (op.OperandType == OperandType.InlineMethod)
            {
                MethodBase? target = null;
                try
                {
                    target = method.Module.ResolveMethod(BitConverter.ToInt32(il, i),
                        method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null,
                        method.IsGenericMethod ? method.GetGenericArguments() : null);
                }
                catch (ArgumentException)
                {
                }
                if (target is not null)
                    yield return target;
            }
            i += op.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (BitConverter.ToInt32(il, i) * 4),
                _ => 4,
            };
        }
    }
}
