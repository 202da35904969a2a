using System.Reflection;
using System.Reflection.Emit;
using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Calendar;
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

    /// <summary>
    /// Working days have one place: <see cref="OfficialCalendar.Count"/>, read as known working days and days the calendar does not
    /// cover (<see cref="WorkingDayCount"/>). A rule never finds a weekend itself (any day-of-week reading, ISO weeks, a day number
    /// taken modulo a week, as an AddDays loop over weekends would need), never reads the calendar's holiday and make-up lists, and
    /// never takes the older all-or-nothing readings (<see cref="OfficialCalendar.IsWorkingDay"/>,
    /// <see cref="OfficialCalendar.WorkingDaysBetween"/>), which make a notice spanning an uncovered year unknown even when its known
    /// days already reach the minimum.
    /// </summary>
    private static readonly MethodBase[] OwnWorkingDays =
    [
        typeof(DateOnly).GetProperty(nameof(DateOnly.DayOfWeek))!.GetMethod!,
        typeof(DateTime).GetProperty(nameof(DateTime.DayOfWeek))!.GetMethod!,
        typeof(DateTimeOffset).GetProperty(nameof(DateTimeOffset.DayOfWeek))!.GetMethod!,
        typeof(System.Globalization.Calendar).GetMethod(nameof(System.Globalization.Calendar.GetDayOfWeek))!,
        .. typeof(System.Globalization.ISOWeek).GetMethods(BindingFlags.Public | BindingFlags.Static),
        typeof(OfficialCalendar).GetProperty(nameof(OfficialCalendar.Years))!.GetMethod!,
        typeof(OfficialCalendar.Year).GetProperty(nameof(OfficialCalendar.Year.Holidays))!.GetMethod!,
        typeof(OfficialCalendar.Year).GetProperty(nameof(OfficialCalendar.Year.MakeUpWorkdays))!.GetMethod!,
        typeof(OfficialCalendar).GetMethod(nameof(OfficialCalendar.IsWorkingDay))!,
        typeof(OfficialCalendar).GetMethod(nameof(OfficialCalendar.WorkingDaysBetween))!,
    ];

    private static readonly MethodBase DayNumber = typeof(DateOnly).GetProperty(nameof(DateOnly.DayNumber))!.GetMethod!;

    /// <summary>What a method does that counts working days its own way, if anything.</summary>
    private static IEnumerable<string> OwnWorkingDayReadings(MethodBase method)
    {
        var instructions = Instructions(method).ToList();
        foreach (var called in instructions.Select(i => i.Target).Where(OwnWorkingDays.Contains).Distinct())
            yield return $"calls {called!.DeclaringType?.Name}.{called.Name}";
        if (instructions.Any(i => i.Target == DayNumber) && instructions.Any(i => i.Op == OpCodes.Rem || i.Op == OpCodes.Rem_Un))
            yield return "takes a day number modulo something (a day of the week)";
    }

    [Fact]
    public void No_rule_counts_working_days_its_own_way()
    {
        var offenders = (from type in RuleTypes()
                         from method in MethodsOf(type)
                         from reading in OwnWorkingDayReadings(method)
                         select $"{type.Name}.{method.Name} {reading}").Distinct().ToList();
        Assert.True(offenders.Count == 0, "Rules count working days with OfficialCalendar.Count (known days, uncovered days):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_working_day_scan_sees_a_weekday_modulo_the_raw_holiday_list_and_the_all_or_nothing_count() =>
        Assert.Equal(["calls OfficialCalendar.WorkingDaysBetween", "calls OfficialCalendar.get_Years", "calls Year.get_Holidays", "takes a day number modulo something (a day of the week)"],
            OwnWorkingDayReadings(typeof(RuleArchitectureTests).GetMethod(nameof(CountsWorkingDaysItself), BindingFlags.NonPublic | BindingFlags.Static)!).Order(StringComparer.Ordinal));

    private static bool CountsWorkingDaysItself(DateOnly day) =>
        day.DayNumber % 7 < 5 && !OfficialCalendar.Years[day.Year].Holidays.Contains(day) && OfficialCalendar.WorkingDaysBetween(day, day) == 1;

    /// <summary>The public notice rule reads the calendar's count as known days reaching the minimum, so a notice whose known days
    /// already reach five working days is compliant even across a year the calendar does not cover.</summary>
    [Fact]
    public void The_public_notice_rule_reads_the_known_working_days_of_the_one_calendar()
    {
        var calls = MethodsOf(typeof(CaseLedger.Domain.Audits.Rules.PublicNoticeFiveWorkingDays)).SelectMany(Calls).ToList();
        Assert.Contains(typeof(OfficialCalendar).GetMethod(nameof(OfficialCalendar.Count))!, calls);
        Assert.Contains(typeof(WorkingDayCount).GetMethod(nameof(WorkingDayCount.Reaches))!, calls);
    }

    /// <summary>Every method a method body calls (call, callvirt, newobj, ldftn), walking its IL instruction by instruction.</summary>
    private static IEnumerable<MethodBase> Calls(MethodBase method) => Instructions(method).Select(i => i.Target).OfType<MethodBase>();

    /// <summary>The IL instructions of a method body, each with the method it names, if any.</summary>
    private static IEnumerable<(OpCode Op, MethodBase? Target)> Instructions(MethodBase method)
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
            MethodBase? target = null;
            if (op.OperandType == OperandType.InlineMethod)
            {
                try
                {
                    target = method.Module.ResolveMethod(BitConverter.ToInt32(il, i),
                        method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null,
                        method.IsGenericMethod ? method.GetGenericArguments() : null);
                }
                catch (ArgumentException)
                {
                }
            }
            yield return (op, target);
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
