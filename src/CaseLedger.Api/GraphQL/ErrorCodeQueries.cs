using CaseLedger.Domain.Shared;
using GraphQL.Types;

namespace CaseLedger.Api.GraphQL;

/// <summary>One entry of the error-code catalogue (<see cref="ErrorCodes.Descriptions"/>).</summary>
public sealed record ErrorCodeInfo(string Code, string Description);

internal sealed class ErrorCodeInfoType : ObjectGraphType<ErrorCodeInfo>
{
    public ErrorCodeInfoType()
    {
        Name = "ErrorCodeInfo";
        Description = "错误代码 / an error code a mutation can return in UserError.code, and what to do about it.";
        Field(x => x.Code).Description("The stable code, e.g. STEP_MISSING.");
        Field(x => x.Description).Description("What it means and how the user can fix the input.");
    }
}

internal static class ErrorCodeQueries
{
    public static void AddErrorCodeQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ErrorCodeInfoType>>>>("errorCodes")
            .Description("错误代码表 / every error code a mutation can return (UserError.code), with what to do about it; a closed list to switch on.")
            .Resolve(_ => ErrorCodes.Descriptions.Select(d => new ErrorCodeInfo(d.Key, d.Value)).ToList());
}
