using CaseLedger.Api.GraphQL;
using GraphQL;
using GraphQL.Types;
using Marten;

namespace CaseLedger.Api.Cases;

internal static class CaseQueries
{
    public static void AddCaseQueries(this ObjectGraphType query) =>
        query.Field<CaseType>("case").Description("A case by id or by case number; null when none matches. Give exactly one.")
            .Argument<IdGraphType>("id", "Global id (or UUID) of the case.")
            .Argument<StringGraphType>("number", "案件编号, e.g. JL-2026-000123.")
            .ResolveAsync(async c =>
            {
                var session = c.RequestServices!.GetRequiredService<IQuerySession>();
                var number = c.GetArgument<string?>("number");
                if (number is not null)
                    return await session.Query<CaseSummary>().FirstOrDefaultAsync(x => x.Number == number, c.CancellationToken);
                return GlobalId.Parse(c.GetArgument<string?>("id"), CaseType.TypeName) is { } id
                    ? await session.LoadAsync<CaseSummary>(id, c.CancellationToken)
                    : null;
            });
}
