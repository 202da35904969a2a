using CaseLedger.Api.Remit;
using CaseLedger.Api.Security;
using CaseLedger.Api.Cadres;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Units;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Marten;

namespace CaseLedger.Api.Cases;

internal static class CaseQueries
{
    public static void AddCaseQueries(this ObjectGraphType query)
    {
        query.Field<CaseType>("case").Description(
                "A case by id or by case number; null when none matches (or it is outside your remit). Give exactly one: both is an error with code INCONSISTENT_INPUT, neither REQUIRED.")
            .Argument<IdGraphType>("id", "Global id (or UUID) of the case. Not together with number.")
            .Argument<StringGraphType>("number", "案件编号, e.g. JL-2026-000123. Not together with id.")
            .ResolveAsync(async c =>
            {
                var number = c.GetArgument<string?>("number");
                ExactlyOne(c.GetArgument<string?>("id") is not null, number is not null);
                if (number is not null)
                {
                    return await c.RequestServices!.GetRequiredService<Jurisdiction>().Within(Session(c).Query<CaseSummary>(), RemitKind.Case)
                        .FirstOrDefaultAsync(x => x.Number == number, c.CancellationToken);
                }
                return GlobalId.Parse(c.GetArgument<string?>("id"), CaseType.TypeName) is { } id
                    ? await c.LoadCase(id).GetResultAsync(c.CancellationToken)
                    : null;
            });

        query.Field<NonNullGraphType<ConnectionType<CaseType>>>("cases")
            .Description("Cases, filtered and paged; newest opened first unless orderBy says otherwise. Filters run in PostgreSQL.")
            .Argument<EnumerationGraphType<CaseKind>>("kind", "Only cases of this kind.")
            .Argument<EnumerationGraphType<CaseChannel>>("channel", "Only cases of this channel.")
            .Argument<EnumerationGraphType<CaseStatus>>("status", "Only cases in this status.")
            .Argument<IdGraphType>("unitId", "Only cases moving a cadre into or out of a post in this unit or any unit below it.")
            .Argument<IdGraphType>("cadreId", "Only cases of this cadre.")
            .Argument<DateOnlyGraphType>("openedFrom", "Only cases opened on or after this date.")
            .Argument<DateOnlyGraphType>("openedTo", "Only cases opened on or before this date.")
            .Argument<CaseOrderType>("orderBy", "Sort key: OPENED_ON_DESC (default), OPENED_ON or NUMBER.")
            .PagingArguments()
            .ResolveAsync(async c => await c.PageAsync(await FilterAsync(c)));
    }

    private static async Task<IQueryable<CaseSummary>> FilterAsync(IResolveFieldContext c)
    {
        var session = Session(c);
        var cases = c.RequestServices!.GetRequiredService<Jurisdiction>().Within(session.Query<CaseSummary>(), RemitKind.Case);
        if (c.GetArgument<CaseKind?>("kind") is { } kind)
            cases = cases.Where(x => x.Kind == kind);
        if (c.GetArgument<CaseChannel?>("channel") is { } channel)
            cases = cases.Where(x => x.Channel == channel);
        if (c.GetArgument<CaseStatus?>("status") is { } status)
            cases = cases.Where(x => x.Status == status);
        if (GlobalId.Parse(c.GetArgument<string?>("cadreId"), CadreType.TypeName) is { } cadreId)
            cases = cases.Where(x => x.CadreId == cadreId);
        if (c.GetArgument<DateOnly?>("openedFrom") is { } from)
            cases = cases.Where(x => x.OpenedOn >= from);
        if (c.GetArgument<DateOnly?>("openedTo") is { } to)
            cases = cases.Where(x => x.OpenedOn <= to);
        if (GlobalId.Parse(c.GetArgument<string?>("unitId"), UnitType.TypeName) is { } unitId)
        {
            var subtree = await UnitSubtree.IdsAsync(session, unitId, c.CancellationToken);
            cases = cases.Where(x => (x.ToPost != null && subtree.Contains(x.ToPost.UnitId)) || (x.FromPost != null && subtree.Contains(x.FromPost.UnitId)));
        }
        return c.GetArgument("orderBy", CaseOrder.OpenedOnDesc) switch
        {
            CaseOrder.OpenedOn => cases.OrderBy(x => x.OpenedOn).ThenBy(x => x.Number),
            CaseOrder.Number => cases.OrderBy(x => x.Number),
            _ => cases.OrderByDescending(x => x.OpenedOn).ThenByDescending(x => x.Number),
        };
    }

    /// <summary>"Give exactly one" of id and number, refused as a top-level error (a query has no payload errors).</summary>
    private static void ExactlyOne(bool hasId, bool hasNumber)
    {
        if (hasId && hasNumber)
            throw new ExecutionError("id 与 number 只能给一个 / Give either id or number, not both.") { Code = ErrorCodes.InconsistentInput };
        if (!hasId && !hasNumber)
            throw new ExecutionError("须给 id 或 number / Give id or number.") { Code = ErrorCodes.Required };
    }

    private static IQuerySession Session(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<IQuerySession>();
}

[System.ComponentModel.Description("How a cases connection is sorted.")]
internal enum CaseOrder
{
    [System.ComponentModel.Description("Newest opened first (the default).")]
    OpenedOnDesc,

    [System.ComponentModel.Description("Oldest opened first.")]
    OpenedOn,

    [System.ComponentModel.Description("By case number (案件编号), ascending.")]
    Number,
}

internal sealed class CaseOrderType : EnumerationGraphType<CaseOrder>
{
    public CaseOrderType()
    {
        Name = "CaseOrder";
        Description = "How a cases connection is sorted.";
    }
}
