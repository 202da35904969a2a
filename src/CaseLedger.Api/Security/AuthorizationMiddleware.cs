using CaseLedger.Domain.Shared;
using GraphQL;
using GraphQL.Instrumentation;

namespace CaseLedger.Api.Security;

/// <summary>
/// The one place permissions are checked: a field middleware on every field of the schema.
/// Anonymous requests get <c>__typename</c> and (where enabled) introspection, nothing else
/// (AUTH_REQUIRED). A field that declares <c>RequirePermission(...)</c> (<see cref="PermissionMetadata"/>)
/// needs those permissions; a root query field that declares nothing needs <see cref="Permission.Read"/>, a
/// mutation that declares nothing needs <see cref="Permission.Administer"/> (fail closed). What is in remit
/// is the <see cref="Jurisdiction"/>'s business (<see cref="RemitGuard"/> for commands).
/// </summary>
internal sealed class AuthorizationMiddleware : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var field = context.FieldDefinition;
        var required = field.Required();
        var isMutation = context.ParentType == context.Schema.Mutation;
        var isRoot = isMutation || context.ParentType == context.Schema.Query;
        if ((required is null && !isRoot) || field.Name.StartsWith("__", StringComparison.Ordinal))
            return next(context);

        var user = CaseLedgerUser.From(context.User) ?? throw new ExecutionError(
            "需要登录 / Authentication required: send Authorization: Bearer <token> (tools/caseledger token).")
        { Code = ErrorCodes.AuthRequired };
        foreach (var permission in required ?? [isMutation ? Permission.Administer : Permission.Read])
        {
            if (!user.Has(permission))
                throw new ExecutionError($"无权操作 / Your role ({user.Role}) may not use {field.Name}: it needs the {permission} permission.")
                { Code = ErrorCodes.Forbidden };
        }
        return next(context);
    }
}
