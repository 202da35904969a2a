namespace CaseLedger.Api.Imports;

/// <summary>What a sheet (or CSV file) of an import holds, in the order an import reads them: a unit before the cadres posted to it, a cadre before their cases.</summary>
public enum ImportKind
{
    Units,
    Cadres,
    BaselinePosts,
    Cases,
    Steps,
}

/// <summary>How a cell is read and where it goes in the mutation's input.</summary>
internal enum CellKind
{
    Text,
    Date,
    Boolean,
    List,
    UnitCode,
    CadreKey,
    CaseKey,
    Step,
    Details,
}

/// <summary>A column of a template: its English and Chinese headers (either is accepted) and the input field it fills (null: only a key).</summary>
internal sealed record ImportColumn(string Name, string Chinese, string? InputPath, CellKind Cell, bool Required, string Description)
{
    public bool Matches(string header) =>
        string.Equals(header, Name, StringComparison.OrdinalIgnoreCase) || header == Chinese;
}

/// <summary>A sheet of the import: which mutation each row is sent as, and its columns.</summary>
internal sealed record ImportTemplate(ImportKind Kind, string Sheet, string ChineseSheet, string? Mutation, IReadOnlyList<ImportColumn> Columns)
{
    public bool Names(string sheet) =>
        string.Equals(sheet, Sheet, StringComparison.OrdinalIgnoreCase) || sheet == ChineseSheet;
}

/// <summary>
/// The documented templates (README "Importing records"). Every row becomes the input of the mutation a
/// user would send for it (registerUnit, registerCadre, recordBaselinePost, openCase, a case step), with
/// unit codes and the file's own cadre and case keys turned into ids; enum cells take the schema's names.
/// </summary>
internal static class ImportTemplates
{
    private static readonly ImportColumn Reason = new("reason", "理由", "reason", CellKind.Text, false, "Why it is recorded.");
    private static readonly ImportColumn DocumentReference = new("documentReference", "文号", "documentReference", CellKind.Text, false, "The document behind it, e.g. 宁组干〔2016〕12号.");

    public static ImportTemplate Units { get; } = new(ImportKind.Units, "units", "单位", "registerUnit",
    [
        new("code", "单位代码", "code", CellKind.Text, true, "Unique unit code; the row's key."),
        new("name", "单位名称", "name", CellKind.Text, true, "单位名称."),
        new("kind", "单位性质", "kind", CellKind.Text, true, "UnitKind, e.g. PARTY_GOV_ORGAN."),
        new("level", "行政层级", "level", CellKind.Text, true, "AdministrativeLevel, e.g. COUNTY."),
        new("parentCode", "上级单位代码", "parentId", CellKind.UnitCode, false, "The parent's code (in the ledger or earlier in the file); empty for the root."),
        new("area", "区域", "area", CellKind.Text, false, "NingxiaArea: PLAIN (川区) or MOUNTAIN (山区)."),
        new("isRegisteredPoorVillage", "建档立卡贫困村", "isRegisteredPoorVillage", CellKind.Boolean, false, "true/false (是/否)."),
        new("effectiveOn", "生效日期", "effectiveOn", CellKind.Date, true, "yyyy-MM-dd."),
        Reason, DocumentReference,
    ]);

    public static ImportTemplate Cadres { get; } = new(ImportKind.Cadres, "cadres", "干部", "registerCadre",
    [
        new("cadreKey", "干部编号", null, CellKind.Text, true, "The department's own key for the cadre (personnel or ID number); kept only as a hash, it names the cadre in the other sheets."),
        new("name", "姓名", "name", CellKind.Text, true, "姓名."),
        new("gender", "性别", "gender", CellKind.Text, true, "Gender: MALE or FEMALE."),
        new("birthDate", "出生日期", "birthDate", CellKind.Date, true, "yyyy-MM-dd."),
        new("ethnicity", "民族", "ethnicity", CellKind.Text, true, "e.g. 汉族, 回族."),
        new("partyJoinDate", "入党时间", "partyJoinDate", CellKind.Date, false, "yyyy-MM-dd; empty for non-members."),
        new("education", "学历", "education", CellKind.Text, true, "学历."),
        new("workStartDate", "参加工作时间", "workStartDate", CellKind.Date, true, "yyyy-MM-dd."),
        new("category", "干部类别", "category", CellKind.Text, true, "CadreCategory, e.g. CIVIL_SERVANT."),
        new("growthPlaces", "成长地", "growthPlaces", CellKind.List, false, "Places separated by ';'."),
        Reason, DocumentReference,
    ]);

    public static ImportTemplate BaselinePosts { get; } = new(ImportKind.BaselinePosts, "baselinePosts", "基线任职", "recordBaselinePost",
    [
        new("cadreKey", "干部编号", "cadreId", CellKind.CadreKey, true, "The cadre's key in the cadres sheet."),
        new("unitCode", "单位代码", "post.unitId", CellKind.UnitCode, true, "The post's unit."),
        new("title", "职务名称", "post.title", CellKind.Text, true, "e.g. 副县长."),
        new("level", "职务层次", "post.level", CellKind.Text, true, "PostLevel: TOWNSHIP, COUNTY, DEPARTMENTAL or PROVINCIAL."),
        new("grade", "正副职", "post.grade", CellKind.Text, true, "PostGrade: CHIEF or DEPUTY."),
        new("isLeadership", "领导职务", "post.isLeadership", CellKind.Boolean, true, "true for a 领导职务, false for a 职级."),
        new("rank", "职级", "post.rank", CellKind.Text, false, "RankTitle, for a 职级 post only."),
        new("from", "任职起始日期", "from", CellKind.Date, true, "yyyy-MM-dd."),
        new("to", "任职结束日期", "to", CellKind.Date, false, "yyyy-MM-dd; empty while still held."),
        Reason, DocumentReference,
    ]);

    public static ImportTemplate Cases { get; } = new(ImportKind.Cases, "cases", "案件", "openCase",
    [
        new("caseKey", "原案卷号", null, CellKind.Text, true, "The department's own file number; names the case in the steps sheet (the ledger gives its own case number)."),
        new("channel", "渠道", "channel", CellKind.Text, true, "CaseChannel, e.g. INBOUND_TRANSFER or OUTBOUND_SECONDMENT."),
        new("cadreKey", "干部编号", "cadreId", CellKind.CadreKey, true, "The cadre's key in the cadres sheet."),
        .. PostColumns("from", "原", "fromPost"),
        .. PostColumns("to", "拟任", "toPost"),
        new("exchangeReason", "交流原因", "exchangeReason", CellKind.Text, false, "ExchangeReason, for exchanges only."),
        new("effectiveOn", "立案日期", "effectiveOn", CellKind.Date, true, "yyyy-MM-dd."),
        Reason, DocumentReference,
    ]);

    public static ImportTemplate Steps { get; } = new(ImportKind.Steps, "steps", "步骤", null,
    [
        new("caseKey", "原案卷号", "caseId", CellKind.CaseKey, true, "The case's key in the cases sheet."),
        new("step", "步骤", null, CellKind.Step, true, "The step's mutation, e.g. raiseMotion, takeCollectiveDecision, startSecondment."),
        new("details", "详情", "", CellKind.Details, true, "The step's input fields as a JSON object, named as in the mutation's input (caseId aside)."),
        Reason, DocumentReference,
    ]);

    public static IReadOnlyList<ImportTemplate> All { get; } = [Units, Cadres, BaselinePosts, Cases, Steps];

    private static ImportColumn[] PostColumns(string prefix, string zh, string input) =>
    [
        new($"{prefix}UnitCode", $"{zh}单位代码", $"{input}.unitId", CellKind.UnitCode, false, $"The {input}'s unit; leave the {prefix}… columns empty for no {input}."),
        new($"{prefix}Title", $"{zh}职务名称", $"{input}.title", CellKind.Text, false, "职务名称."),
        new($"{prefix}Level", $"{zh}职务层次", $"{input}.level", CellKind.Text, false, "PostLevel."),
        new($"{prefix}Grade", $"{zh}正副职", $"{input}.grade", CellKind.Text, false, "CHIEF or DEPUTY."),
        new($"{prefix}IsLeadership", $"{zh}领导职务", $"{input}.isLeadership", CellKind.Boolean, false, "true or false."),
        new($"{prefix}Rank", $"{zh}职级", $"{input}.rank", CellKind.Text, false, "RankTitle, for a 职级 post."),
    ];
}
