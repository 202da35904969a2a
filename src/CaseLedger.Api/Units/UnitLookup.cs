using CaseLedger.Api.Ledger;
using CaseLedger.Api.GraphQL;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Api.Units;

internal static class UnitLookup
{
    /// <summary>The UUID of a unit given in an input, after checking it exists and is not dissolved.</summary>
    public static async Task<Guid> ExistingUnitIdAsync(this DecisionContext context, string value, string field)
    {
        var id = GlobalId.ParseInput(value, UnitType.TypeName, field);
        var unit = await context.Session.LoadAsync<UnitDetails>(id, context.CancellationToken)
            ?? throw new DomainException(ErrorCodes.NotFound, $"{field} 单位不存在 / No unit has this {field}.", field);
        return unit.IsDissolved
            ? throw new DomainException(ErrorCodes.UnitDissolved, $"{field} 单位已撤销 / The unit of {field} is dissolved.", field)
            : id;
    }
}
