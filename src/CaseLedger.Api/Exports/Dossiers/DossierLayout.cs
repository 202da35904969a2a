using System.Globalization;
using System.Text.Json.Nodes;

namespace CaseLedger.Api.Exports.Dossiers;

/// <summary>What a dossier shows, in order, with bilingual headings: one layout for the HTML page and the workbook.</summary>
internal static class DossierLayout
{
    public const string Masked = "（不向您的角色显示 / masked for your role）";

    /// <summary>The case and its cadre as label/value lines.</summary>
    public static IReadOnlyList<(string Label, string Value)> CaseLines(Dossier dossier)
    {
        var c = dossier.Case;
        var cadre = c["cadre"]!;
        return
        [
            ("案件编号 number", V(c["number"])),
            ("案件类别 kind", V(c["kind"])),
            ("渠道 channel", V(c["channel"])),
            ("状态 status", V(c["status"])),
            ("交流原因 exchange reason", V(c["exchangeReason"])),
            ("立案日期 opened on", V(c["openedOn"])),
            ("讨论决定日期 decided on", V(c["decidedOn"])),
            ("生效日期 effective on", V(c["effectiveOn"])),
            ("办结日期 closed on", V(c["closedOn"])),
            ("撤销/否决理由 closing reason", V(c["closingReason"])),
            ("版本 version", V(c["version"])),
            ("已完成步骤 steps done", V(c["stepsDone"])),
            ("原职位 from post", PostText(c["fromPost"])),
            ("拟任职位 to post", PostText(c["toPost"])),
            ("干部 cadre", V(cadre["name"])),
            ("性别 gender", V(cadre["gender"])),
            ("出生日期 birth date", cadre["birthDate"] is null ? Masked : V(cadre["birthDate"])),
            ("出生年份 birth year", V(cadre["birthYear"])),
            ("民族 ethnicity", V(cadre["ethnicity"])),
            ("学历 education", V(cadre["education"])),
            ("入党时间 Party join date", V(cadre["partyJoinDate"])),
            ("参加工作时间 work start date", V(cadre["workStartDate"])),
            ("干部类别 category", V(cadre["category"])),
            ("成长地 growth places", cadre["growthPlaces"] is null ? Masked : V(cadre["growthPlaces"])),
        ];
    }

    /// <summary>The stream's proof as label/value lines.</summary>
    public static IReadOnlyList<(string Label, string Value)> IntegrityLines(Dossier dossier)
    {
        var proof = dossier.Integrity;
        return
        [
            ("哈希链 chain", proof.IsIntact ? "完整 intact" : $"被篡改 TAMPERED ({proof.Problems.Count} problem(s))"),
            ("流 stream", proof.StreamId.ToString("D")),
            ("核验事件数 events checked", proof.EventsChecked.ToString(CultureInfo.InvariantCulture)),
            ("链头版本 head version", proof.Head?.Version.ToString(CultureInfo.InvariantCulture) ?? ""),
            ("链头哈希 head hash", proof.Head?.Hash ?? ""),
            ("核验时间 verified at (UTC)", Instant(proof.VerifiedAt)),
            .. proof.Problems.Select(p => ("问题 problem", p.ToString())),
        ];
    }

    /// <summary>The events table: every column, as (heading, value of an event).</summary>
    public static IReadOnlyList<(string Heading, Func<DossierEvent, string> Value)> EventColumns { get; } =
    [
        ("版本 version", e => V(e.Entry["version"])),
        ("全局序号 sequence", e => V(e.Entry["sequence"])),
        ("事件类型 type", e => V(e.Entry["type"])),
        ("生效日期 effective on", e => V(e.Entry["effectiveOn"])),
        ("登记时间 recorded at (UTC)", e => V(e.Entry["recordedAt"])),
        ("经办人 actor", e => V(e.Entry["actor"])),
        ("理由 reason", e => V(e.Entry["reason"])),
        ("文号 document reference", e => V(e.Entry["documentReference"])),
        ("更正 corrects version", e => V(e.Entry["corrects"])),
        ("被更正 corrected by", e => string.Join("; ", e.Entry["correctedBy"]!.AsArray().Select(n => $"v{V(n!["version"])}: {V(n["reason"])}"))),
        ("关联号 correlation id", e => V(e.Entry["correlationId"])),
        ("哈希 hash", e => e.Hash),
        ("前一哈希 previous hash", e => e.PreviousHash),
        ("内容 data", e => V(e.Entry["data"])),
    ];

    /// <summary>A finding as label/value lines: the rule, its citation (the version judged by, else the rule's), the outcome.</summary>
    public static IReadOnlyList<(string Label, string Value)> FindingLines(JsonObject finding) =>
        [.. FindingColumns.Select(c => (c.Heading, c.Value(finding)))];

    /// <summary>A finding's facts, as (heading, value of a finding): lines on the page, columns in the workbook.</summary>
    public static IReadOnlyList<(string Heading, Func<JsonObject, string> Value)> FindingColumns { get; } =
    [
        ("规则 rule", f => $"{V(f["ruleId"])} v{V(f["ruleVersion"])}"),
        ("规则名称 title", f => $"{V(f["rule"]!["titleChinese"])} / {V(f["rule"]!["titleEnglish"])}"),
        ("出处 citation", f => $"{V(Citation(f)["document"])} {V(Citation(f)["clause"])}"),
        ("原文 quote", f => V(Citation(f)["quote"])),
        ("等级 severity", f => V(f["severity"])),
        ("状态 status", f => V(f["status"])),
        ("判定日期 effective on", f => V(f["effectiveOn"])),
        ("发现日期 raised on", f => V(f["raisedOn"])),
        ("状态变更 status changed on", f => V(f["statusChangedOn"])),
        ("状态理由 status reason", f => V(f["statusReason"])),
        ("说明 explanation", f => V(f["explanationZh"])),
        ("Explanation", f => V(f["explanationEn"])),
        ("证据版本 evidence versions", f => V(f["evidenceVersions"])),
        ("问责措施 actions", f => V(f["actions"])),
        ("发现编号 id", f => V(f["id"])),
    ];

    /// <summary>The citation of the rule version the finding was judged by, else the rule's own.</summary>
    internal static JsonNode Citation(JsonObject finding)
    {
        var rule = finding["rule"]!;
        var version = finding["ruleVersion"]!.GetValue<int>();
        return rule["versions"]!.AsArray().FirstOrDefault(v => v!["number"]!.GetValue<int>() == version)?["citation"] ?? rule["citation"]!;
    }

    /// <summary>A finding's workflow history: every change, who, when (both axes) and why.</summary>
    public static IReadOnlyList<(string Heading, Func<JsonNode, string> Value)> FindingHistoryColumns { get; } =
    [
        ("版本 version", h => V(h["version"])),
        ("变化 change", h => V(h["change"])),
        ("变化后状态 status after", h => V(h["statusAfter"])),
        ("生效日期 effective on", h => V(h["effectiveOn"])),
        ("登记时间 recorded at (UTC)", h => V(h["recordedAt"])),
        ("经办人 actor", h => V(h["actor"])),
        ("理由 reason", h => V(h["reason"])),
        ("文号 document reference", h => V(h["documentReference"])),
        ("等级 severity", h => V(h["severity"])),
        ("说明 explanation", h => V(h["explanation"])),
        ("问责措施 actions", h => V(h["actions"])),
    ];

    public static string Instant(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string PostText(JsonNode? post) => post is null
        ? ""
        : $"{V(post["title"])} ({V(post["level"])} {V(post["grade"])}{(post["rank"] is null ? "" : " " + V(post["rank"]))}) — "
          + (post["unit"] is { } unit ? $"{V(unit["name"])} {V(unit["code"])}" : "（单位不在您的管辖范围 / unit outside your remit）");

    private static string V(JsonNode? value) => DossierReader.Text(value);
}
