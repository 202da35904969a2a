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
        // 国办发明电〔2015〕18号 (2015-12-10), http://www.gov.cn/zhengce/content/2015-12/10/content_10394.htm
        [2016] = new(2016, "国务院办公厅关于2016年部分节假日安排的通知（国办发明电〔2015〕18号，2015-12-10）",
            [D(2016, 1, 1), .. Range(2016, 2, 7, 7), D(2016, 4, 4), .. Range(2016, 5, 1, 2), .. Range(2016, 6, 9, 3),
             .. Range(2016, 9, 15, 3), .. Range(2016, 10, 1, 7)],
            [D(2016, 2, 6), D(2016, 2, 14), D(2016, 6, 12), D(2016, 9, 18), D(2016, 10, 8), D(2016, 10, 9)]),

        // 国办发明电〔2016〕17号 (2016-12-01), http://www.gov.cn/zhengce/content/2016-12/01/content_5141603.htm
        [2017] = new(2017, "国务院办公厅关于2017年部分节假日安排的通知（国办发明电〔2016〕17号，2016-12-01）",
            [.. Range(2017, 1, 1, 2), .. Range(2017, 1, 27, 7), .. Range(2017, 4, 2, 3), .. Range(2017, 5, 1, 1),
             .. Range(2017, 5, 28, 3), .. Range(2017, 10, 1, 8)],
            [D(2017, 1, 22), D(2017, 2, 4), D(2017, 4, 1), D(2017, 5, 27), D(2017, 9, 30)]),

        // 国办发明电〔2017〕12号 (2017-11-30), reprinted e.g. https://scgw.gov.cn/Detail.aspx?id=20171206072746664;
        // its last days come from the 2019 notice (国办发明电〔2018〕15号): 12-30..12-31 off, 12-29 (Saturday) worked.
        [2018] = new(2018, "国务院办公厅关于2018年部分节假日安排的通知（国办发明电〔2017〕12号，2017-11-30）；12月29日至31日见国办发明电〔2018〕15号",
            [D(2018, 1, 1), .. Range(2018, 2, 15, 7), .. Range(2018, 4, 5, 3), .. Range(2018, 4, 29, 3), D(2018, 6, 18),
             D(2018, 9, 24), .. Range(2018, 10, 1, 7), .. Range(2018, 12, 30, 2)],
            [D(2018, 2, 11), D(2018, 2, 24), D(2018, 4, 8), D(2018, 4, 28), D(2018, 9, 29), D(2018, 9, 30), D(2018, 12, 29)]),

        // 国办发明电〔2018〕15号 (2018-12-04), with 劳动节 as changed by 国办发明电〔2019〕3号 (2019-03-22):
        // 05-01..05-04 off, 04-28 and 05-05 (Sundays) worked.
        [2019] = new(2019, "国务院办公厅关于2019年部分节假日安排的通知（国办发明电〔2018〕15号，2018-12-04）；劳动节依国办发明电〔2019〕3号（2019-03-22）调整",
            [D(2019, 1, 1), .. Range(2019, 2, 4, 7), D(2019, 4, 5), .. Range(2019, 5, 1, 4), D(2019, 6, 7), D(2019, 9, 13),
             .. Range(2019, 10, 1, 7)],
            [D(2019, 2, 2), D(2019, 2, 3), D(2019, 4, 28), D(2019, 5, 5), D(2019, 9, 29), D(2019, 10, 12)]),

        // 国办发明电〔2019〕16号 (2019-11-21), with 春节 extended to 02-02 by 国办发明电〔2020〕1号 (2020-01-27):
        // "2月3日（星期一）起正常上班", so Saturday 02-01 is no longer a make-up working day.
        [2020] = new(2020, "国务院办公厅关于2020年部分节假日安排的通知（国办发明电〔2019〕16号，2019-11-21）；春节假期依国办发明电〔2020〕1号延长至2月2日",
            [D(2020, 1, 1), .. Range(2020, 1, 24, 10), .. Range(2020, 4, 4, 3), .. Range(2020, 5, 1, 5), .. Range(2020, 6, 25, 3),
             .. Range(2020, 10, 1, 8)],
            [D(2020, 1, 19), D(2020, 4, 26), D(2020, 5, 9), D(2020, 6, 28), D(2020, 9, 27), D(2020, 10, 10)]),

        // 国办发明电〔2020〕27号 (2020-11-25), e.g. http://www.cncaprc.cn/?c=i&a=lList_mod&myid=3&id=3366
        [2021] = new(2021, "国务院办公厅关于2021年部分节假日安排的通知（国办发明电〔2020〕27号，2020-11-25）",
            [.. Range(2021, 1, 1, 3), .. Range(2021, 2, 11, 7), .. Range(2021, 4, 3, 3), .. Range(2021, 5, 1, 5), .. Range(2021, 6, 12, 3),
             .. Range(2021, 9, 19, 3), .. Range(2021, 10, 1, 7)],
            [D(2021, 2, 7), D(2021, 2, 20), D(2021, 4, 25), D(2021, 5, 8), D(2021, 9, 18), D(2021, 9, 26), D(2021, 10, 9)]),

        // 国办发明电〔2021〕11号 (2021-10-25), http://www.beijing.gov.cn/zhengce/zhengcefagui/202110/t20211026_2520500.html
        [2022] = new(2022, "国务院办公厅关于2022年部分节假日安排的通知（国办发明电〔2021〕11号，2021-10-25）",
            [.. Range(2022, 1, 1, 3), .. Range(2022, 1, 31, 7), .. Range(2022, 4, 3, 3), .. Range(2022, 4, 30, 5), .. Range(2022, 6, 3, 3),
             .. Range(2022, 9, 10, 3), .. Range(2022, 10, 1, 7), D(2022, 12, 31)],
            [D(2022, 1, 29), D(2022, 1, 30), D(2022, 4, 2), D(2022, 4, 24), D(2022, 5, 7), D(2022, 10, 8), D(2022, 10, 9)]),

        // 国办发明电〔2022〕16号 (2022-12-08), 国务院公报 2023年第1号
        [2023] = new(2023, "国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号，2022-12-08）",
            [.. Range(2023, 1, 1, 2), .. Range(2023, 1, 21, 7), D(2023, 4, 5), .. Range(2023, 4, 29, 5), .. Range(2023, 6, 22, 3),
             .. Range(2023, 9, 29, 8)],
            [D(2023, 1, 28), D(2023, 1, 29), D(2023, 4, 23), D(2023, 5, 6), D(2023, 6, 25), D(2023, 10, 7), D(2023, 10, 8)]),

        // 国办发明电〔2023〕7号 (2023-10-25), 人民日报 2023-10-26 第6版
        [2024] = new(2024, "国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号，2023-10-25）",
            [D(2024, 1, 1), .. Range(2024, 2, 10, 8), .. Range(2024, 4, 4, 3), .. Range(2024, 5, 1, 5), D(2024, 6, 10),
             .. Range(2024, 9, 15, 3), .. Range(2024, 10, 1, 7)],
            [D(2024, 2, 4), D(2024, 2, 18), D(2024, 4, 7), D(2024, 4, 28), D(2024, 5, 11), D(2024, 9, 14), D(2024, 9, 29), D(2024, 10, 12)]),

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

    /// <summary>
    /// The working days the calendar knows in [<paramref name="from"/>, <paramref name="to"/>] and how many days fall in
    /// years it does not cover: the one place a rule counts working days. A span that already reaches a minimum on its
    /// known days needs no guess about the others.
    /// </summary>
    public static WorkingDayCount Count(DateOnly from, DateOnly to)
    {
        var (known, uncovered) = (0, 0);
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            switch (IsWorkingDay(day))
            {
                case true: known++; break;
                case null: uncovered++; break;
            }
        }
        return new(known, uncovered);
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static IEnumerable<DateOnly> Range(int year, int month, int day, int days) =>
        Enumerable.Range(0, days).Select(i => new DateOnly(year, month, day).AddDays(i));
}

/// <summary>Working days the calendar knows in a span, and the span's days in years it does not cover (0: the count is exact).</summary>
public sealed record WorkingDayCount(int Known, int UncoveredDays)
{
    public bool Exact => UncoveredDays == 0;

    /// <summary>At least <paramref name="minimum"/> working days for certain: the known days reach it, whatever the others are.</summary>
    public bool Reaches(int minimum) => Known >= minimum;
}
