using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cadres;

/// <summary>
/// 后备干部库. Entry should follow an inspection (NX-RESERVE-CADRE-POOL); the ledger records the entry as it
/// happened, with the inspection's reference and date when there was one, and the audit flags a missing or later one.
/// </summary>
public sealed partial record Cadre
{
    public ReservePoolEntered EnterReservePool(PostLevel targetLevel, string? inspectionReference, DateOnly? inspectedOn, DateOnly effectiveOn, DateOnly today)
    {
        EnsureInService();
        if (ReservePoolLevel is { } level)
            throw new DomainException(ErrorCodes.AlreadyInReservePool,
                $"已在后备干部库（{level}） / The cadre is already in the reserve pool ({level}).");
        return new ReservePoolEntered(Id, targetLevel,
            string.IsNullOrWhiteSpace(inspectionReference) ? null : Require.Text(inspectionReference, "inspectionReference"),
            Require.NotAfter(effectiveOn, today, "effectiveOn"),
            inspectedOn is { } on ? Require.NotAfter(on, today, "inspectedOn") : null);
    }

    public ReservePoolLeft LeaveReservePool(string reason, DateOnly effectiveOn, DateOnly today)
    {
        EnsureInService();
        if (ReservePoolLevel is null)
            throw new DomainException(ErrorCodes.NotInReservePool, "不在后备干部库 / The cadre is not in the reserve pool.");
        return new ReservePoolLeft(Id, Require.Text(reason, "reason", 500), Require.NotAfter(effectiveOn, today, "effectiveOn"));
    }
}
