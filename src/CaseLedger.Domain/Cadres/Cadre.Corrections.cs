using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cadres;

/// <summary>信息更正: registered details are corrected one field at a time, keeping the old value in the history.</summary>
public sealed partial record Cadre
{
    /// <summary>
    /// <c>field</c> is one of <see cref="PersonalDetails.Fields"/>; <c>newValue</c> is text as
    /// <see cref="PersonalDetails"/> reads it (null or empty clears partyJoinDate).
    /// </summary>
    public PersonalDetailsCorrected CorrectPersonalDetails(string field, string? newValue, string reason, DateOnly today)
    {
        EnsureInService();
        var old = Details.ValueOf(field);
        var corrected = Details.With(field, newValue).EnsureConsistent("newValue");
        var normalised = corrected.ValueOf(field);
        if (normalised == old)
            throw new DomainException(ErrorCodes.NoChange, $"{field} 与原值相同 / {field} already has this value.", "newValue");
        if (corrected.BirthDate > today)
            throw new DomainException(ErrorCodes.DateInFuture, "出生日期不能晚于今天 / The birth date cannot be in the future.", "newValue");
        return new PersonalDetailsCorrected(Id, field, old, normalised, Require.Text(reason, "reason", 500), today);
    }
}
