namespace CaseLedger.Domain.Audits.Calendar;

/// <summary>
/// The official PRC working-day calendar (放假调休安排), as published each year by the General Office of
/// the State Council (国务院办公厅关于某年部分节假日安排的通知). Kept as data: for each covered year the
/// days off that fall on weekdays are listed under <c>Holidays</c> together with weekend days off (harmless),
/// and the make-up working days (调休上班) that fall on weekends under <c>MakeUpWorkdays</c>.
/// Only years whose notice was checked against a published text are covered; any other year is
/// <see cref="Covers">not covered</see>, and a count across it is refused rather than guessed.
/// </summary>
public static class OfficialCalendar
{
    /// <summary>A year's published arrangement and the notice it comes from.</summary>
    public sealed record Year(int Number, string Source, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> MakeUpWorkdays);

    public static IReadOnlyDictionary<int, Year> Years { get; } = new Dictionary<int, Year>
    {
        // 国办发明电〔2016〕17号 (2016-12-01), http://www.gov.cn/zhengce/content/2016-12/01/content_5141603.htm
        [2017] = new(2017, "国务院办公厅关于2017年部分节假日安排的通知（国办发明电〔2016〕17号，2016-12-01）",
            [.. Range(2017, 1, 1, 2), .. Range(2017, 1, 27, 7), .. Range(2017, 4, 2, 3), .. Range(2017, 5, 1, 1),
             .. Range(2017, 5, 28, 3), .. Range(2017, 10, 1, 8)],
            [D(2017, 1, 22), D(2017, 2, 4), D(2017, 4, 1), D(2017, 5, 27), D(2017, 9, 30)]),

        // 国办发明电〔2024〕12号 (2024-11-12), Xinhua, e.g. https://m.gmw.cn/2024-11/12/content_1303894933.htm
        [2025] = new(2025, "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024-11-12）",
            [D(2025, 1, 1), .. Range(2025, 1, 28, 8), .. Range(2025, 4, 4, 3), .. Range(2025, 5, 1, 5),
             .. Range(2025, 5, 31, 3), .. Range(2025, 10, 1, 8)],
            [D(2025, 1, 26), D(2025, 2, 8), D(2025, 4, 27), D(2025, 9, 28), D(2025, 10, 11)]),

        // 国务院办公厅 2025-11-04, Xinhua, e.g. https://politics.gmw.cn/2025-11/04/content_38391083.htm
        [2026] = new(2026, "国务院办公厅关于2026年部分节假日安排的通知（2025-11-04，新华社播发）",
            [.. Range(2026, 1, 1, 3), .. Range(2026, 2, 15, 9), .. Range(2026, 4, 4, 3), .. Range(2026, 5, 1, 5),
             .. Range(2026, 6, 19, 3), .. Range(2026, 9, 25, 3), .. Range(2026, 10, 1, 7)],
            [D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20), D(2026, 10, 10)]),
    };

    public static bool Covers(int year) => Years.ContainsKey(year);

    /// <summary>Working day (工作日): a make-up working day, or a weekday that is not a day off; null for an uncovered year.</summary>
    public static bool? IsWorkingDay(DateOnly day)
    {
        if (!Years.TryGetValue(day.Year, out var year))
            return null;
        if (year.MakeUpWorkdays.Contains(day))
            return true;
        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !year.Holidays.Contains(day);
    }

    /// <summary>Working days in [<paramref name="from"/>, <paramref name="to"/>], both ends included; null when a year is not covered.</summary>
    public static int? WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        for (var y = from.Year; y <= to.Year; y++)
            if (!Covers(y))
                return null;
        var count = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
            if (IsWorkingDay(day) == true)
                count++;
        return count;
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static IEnumerable<DateOnly> Range(int year, int month, int day, int days) =>
        Enumerable.Range(0, days).Select(i => new DateOnly(year, month, day).AddDays(i));
}
