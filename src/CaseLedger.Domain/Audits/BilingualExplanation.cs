namespace CaseLedger.Domain.Audits;

/// <summary>
/// A finding's explanation is one string, Chinese then English: "…。 / …". " / " alone also occurs inside
/// either part ("县处级 / county level"), so the parts are split at the first "。 / ": every rule ends its
/// Chinese sentence with 。 right before the separator (a test holds every rule to it).
/// </summary>
public static class BilingualExplanation
{
    public const string Separator = "。 / ";

    /// <summary>The Chinese part (with its 。) and the English part; the whole text in both when it has no separator.</summary>
    public static (string Chinese, string English) Split(string explanation)
    {
        var at = explanation.IndexOf(Separator, StringComparison.Ordinal);
        return at < 0 ? (explanation, explanation) : (explanation[..(at + 1)], explanation[(at + Separator.Length)..]);
    }

    /// <summary>Joins two bilingual explanations into one that still splits: Chinese parts first, then the English parts.</summary>
    public static string Join(string first, string chineseLink, string englishLink, string second)
    {
        var (firstZh, firstEn) = Split(first);
        var (secondZh, secondEn) = Split(second);
        return $"{firstZh}{chineseLink}{secondZh.TrimEnd('。')}{Separator}{firstEn}{englishLink}{secondEn}";
    }
}
