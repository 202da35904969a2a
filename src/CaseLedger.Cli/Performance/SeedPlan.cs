using CaseLedger.Domain.Units;

namespace CaseLedger.Cli.Performance;

/// <summary>
/// How big a generated ledger is: cadres, and units per county below the region's real 5 cities and 22 counties;
/// with the benchmark's streams (write pools, 10/100/1,000-event cases) or not.
/// </summary>
internal sealed record SeedSize(string Name, int Cadres, int TownshipsPerCounty, int VillagesPerTownship, int OrgansPerCounty, bool BenchStreams = true)
{
    public static SeedSize Parse(string name) => name switch
    {
        "tiny" => new("tiny", 12, 1, 1, 1, BenchStreams: false),
        "small" => new("small", 200, 2, 1, 2),
        "medium" => new("medium", 5_000, 6, 2, 4),
        "large" => new("large", 100_000, 10, 6, 8),
        _ => throw new ArgumentException($"unknown size '{name}': small, medium or large."),
    };
}

/// <summary>The real administrative divisions of Ningxia: 5 cities (市) and their 22 counties (县、区、县级市).</summary>
internal static class NingxiaDivisions
{
    public sealed record City(string Code, string Name, NingxiaArea Area, (string Code, string Name)[] Counties);

    public static readonly City[] Cities =
    [
        new("640100", "银川市", NingxiaArea.Plain,
            [("640104", "兴庆区"), ("640105", "西夏区"), ("640106", "金凤区"), ("640121", "永宁县"), ("640122", "贺兰县"), ("640181", "灵武市")]),
        new("640200", "石嘴山市", NingxiaArea.Plain, [("640202", "大武口区"), ("640205", "惠农区"), ("640221", "平罗县")]),
        new("640300", "吴忠市", NingxiaArea.Plain,
            [("640302", "利通区"), ("640303", "红寺堡区"), ("640323", "盐池县"), ("640324", "同心县"), ("640381", "青铜峡市")]),
        new("640400", "固原市", NingxiaArea.Mountain,
            [("640402", "原州区"), ("640422", "西吉县"), ("640423", "隆德县"), ("640424", "泾源县"), ("640425", "彭阳县")]),
        new("640500", "中卫市", NingxiaArea.Mountain, [("640502", "沙坡头区"), ("640521", "中宁县"), ("640522", "海原县")]),
    ];

    public static readonly string[] Organs = ["党委办公室", "组织部", "宣传部", "统战部", "政法委", "发展和改革局", "财政局", "教育局", "自然资源局", "农业农村局"];

    public static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "马", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "罗", "海", "丁", "金", "苏", "田", "韩", "冯", "白"];

    public static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "磊", "强", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚", "燕", "建国", "文军", "海燕", "晓东", "志刚", "丽华", "国强", "玉梅", "建华", "秀英"];
}
