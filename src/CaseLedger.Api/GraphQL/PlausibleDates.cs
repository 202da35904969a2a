using System.Collections;
using System.Reflection;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Api.GraphQL;

/// <summary>
/// Every date of every mutation input lies in a plausible range, or the command is refused with IMPLAUSIBLE_DATE
/// naming the field and nothing is recorded (birth 0001-01-01 or an effective date 9999-12-31 used to be accepted).
/// A birth date lies between <see cref="EarliestBirth"/> and <see cref="MinimumAgeYears"/> before today (a birth date
/// after today is left to the domain's more precise DATE_IN_FUTURE); every other date between <see cref="Earliest"/>
/// and <see cref="LatestYearsAhead"/> years after today (planned ends lie ahead). Configured under
/// <c>CaseLedger:PlausibleDates</c>.
/// </summary>
internal sealed record PlausibleDates(DateOnly EarliestBirth, int MinimumAgeYears, DateOnly Earliest, int LatestYearsAhead)
{
    public static PlausibleDates From(IConfiguration configuration)
    {
        var section = configuration.GetSection("CaseLedger:PlausibleDates");
        return new(
            section.GetValue("EarliestBirth", new DateOnly(1900, 1, 1)),
            section.GetValue("MinimumAgeYears", 14),
            section.GetValue("Earliest", new DateOnly(1949, 10, 1)),
            section.GetValue("LatestYearsAhead", 10));
    }

    /// <summary>The first implausible date of <paramref name="input"/> (its nested inputs and lists included), or null.</summary>
    public DomainException? Refusal(object input, DateOnly today) => Walk(input, "", today, 0);

    private DomainException? Walk(object value, string path, DateOnly today, int depth)
    {
        if (depth > 8)
            return null;
        foreach (var property in Properties(value.GetType()))
        {
            var field = path + char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            var refusal = property.GetValue(value) switch
            {
                DateOnly date => Check(field, property.Name, date, today),
                string or null => null,
                IEnumerable many => many.Cast<object?>().Select((item, i) => item is null ? null : Walk(item, $"{field}.{i}.", today, depth + 1))
                    .FirstOrDefault(r => r is not null),
                var nested when nested.GetType().Namespace?.StartsWith("CaseLedger", StringComparison.Ordinal) == true && !nested.GetType().IsEnum =>
                    Walk(nested, field + ".", today, depth + 1),
                _ => null,
            };
            if (refusal is not null)
                return refusal;
        }
        return null;
    }

    private DomainException? Check(string field, string name, DateOnly date, DateOnly today)
    {
        var (from, to) = name == "BirthDate" ? (EarliestBirth, today.AddYears(-MinimumAgeYears)) : (Earliest, today.AddYears(LatestYearsAhead));
        if ((date >= from && date <= to) || (name == "BirthDate" && date > today))
            return null;
        return new DomainException(ErrorCodes.ImplausibleDate,
            $"{field} 日期不合理（应在 {from:yyyy-MM-dd} 至 {to:yyyy-MM-dd} 之间） / {field} {date:yyyy-MM-dd} is outside the plausible range {from:yyyy-MM-dd}..{to:yyyy-MM-dd}.",
            field);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, PropertyInfo[]> Cache = new();

    private static PropertyInfo[] Properties(Type type) =>
        Cache.GetOrAdd(type, t => [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0)]);
}
