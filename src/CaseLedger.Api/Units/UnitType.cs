using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using CaseLedger.Domain.Units;
using GraphQL.Types;

namespace CaseLedger.Api.Units;

internal sealed class UnitType : ObjectGraphType<UnitDetails>
{
    public const string TypeName = "Unit";

    public UnitType(IEnumerable<GraphTypeExtension<UnitType>> extensions)
    {
        Name = TypeName;
        Interface<NodeInterface>();
        Description = "单位: a Party or government organ, institution, enterprise or place in the Ningxia unit tree.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the unit.")
            .Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field(x => x.Code).Description("单位代码: the unit's unique code.");
        Field(x => x.Name).Description("单位名称: current name (inside asRecordedAt: the name recorded then).");
        Field(x => x.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<UnitKind>>)).Description("单位性质.");
        Field(x => x.Level, type: typeof(NonNullGraphType<EnumerationGraphType<AdministrativeLevel>>)).Description("行政层级.");
        Field(x => x.Area, type: typeof(EnumerationGraphType<NingxiaArea>)).Description("川区 (PLAIN) or 山区 (MOUNTAIN); null outside Ningxia.");
        Field(x => x.IsRegisteredPoorVillage).Description("建档立卡贫困村.");
        Field(x => x.IsDissolved).Description("单位已撤销.");
        Field(x => x.RegisteredOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Effective date of registration.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("Stream version: pass it as expectedVersion to change the unit.")
            .Resolve(c => c.RecordedAt() is null ? c.StreamVersion(c.Source.Id) : DataLoaderResults.Done(c.Source.Version));
        this.AddHistoryField(x => x.Id, _ => 0, versionInView: x => x.Version).RequirePermission(Permission.ReadHistory);
        Field(x => x.Announcements, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<UnitAnnouncementType>>>))
            .Description("主要领导离任、机构变动: what was announced about the unit, oldest first (announceLeaderDeparture, announceRestructuring).");
        Field<UnitType>("parent").Description("上级单位, null for the root (inside asRecordedAt: as recorded then).")
            .Resolve(c => c.Source.ParentId is { } parentId ? c.LoadUnit(parentId) : null);
        this.ApplyAll(extensions);
    }
}
