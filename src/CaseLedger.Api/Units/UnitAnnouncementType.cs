using CaseLedger.Domain.Audits;
using GraphQL.Types;

namespace CaseLedger.Api.Units;

internal sealed class UnitAnnouncementType : ObjectGraphType<UnitAnnouncement>
{
    public UnitAnnouncementType()
    {
        Name = "UnitAnnouncement";
        Description = "单位公告: the principal leader's departure or a restructuring, as announced. Promotions and exchanges the unit decides around it are reviewed (SURPRISE-PROMO-TRANSFER-OR-RESTRUCTURE).";
        Field(x => x.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<UnitAnnouncementKind>>)).Description("离任 or 机构变动.");
        Field(x => x.Subject).Description("The leader's post and name (e.g. 县委书记 张明), or the restructuring's summary.");
        Field(x => x.AnnouncedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("The day it became known.");
        Field(x => x.EndsOn, type: typeof(DateOnlyGraphType)).Description("The day the leader leaves or the restructuring completes; null when not known.");
    }
}
