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

    /// <summary>
    /// Typed corrections of one or more fields, taking effect on <paramref name="effectiveOn"/> (not after today): one
    /// event per field, each with the value it replaces. A refusal names the input field it is about.
    /// </summary>
    public IReadOnlyList<PersonalDetailsCorrected> CorrectPersonalDetails(PersonalDetailsCorrection correction, string reason, DateOnly effectiveOn, DateOnly today)
    {
        EnsureInService();
        var changes = correction.Changes();
        if (changes.Count == 0)
            throw new DomainException(ErrorCodes.Required, "至少更正一项 / Give at least one field to correct.");
        if (effectiveOn > today)
            throw new DomainException(ErrorCodes.DateInFuture, "更正生效日期不能晚于今天 / A correction cannot take effect after today.", "effectiveOn");
        var why = Require.Text(reason, "reason", 500);
        var details = Details;
        var events = new List<PersonalDetailsCorrected>(changes.Count);
        foreach (var (field, value) in changes)
        {
            var old = details.ValueOf(field);
            details = AsField(field, () => details.With(field, value));
            var normalised = details.ValueOf(field);
            if (normalised == old)
                throw new DomainException(ErrorCodes.NoChange, $"{field} 与原值相同 / {field} already has this value.", field);
            events.Add(new PersonalDetailsCorrected(Id, field, old, normalised, why, effectiveOn));
        }
        AsField(changes[0].Field, () => details.EnsureConsistent("newValue"));
        if (details.BirthDate > today)
            throw new DomainException(ErrorCodes.DateInFuture, "出生日期不能晚于今天 / The birth date cannot be in the future.", "birthDate");
        return events;
    }

    /// <summary>PersonalDetails names the text input "newValue"; a typed correction names its own field.</summary>
    private static T AsField<T>(string field, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (DomainException ex) when (ex.Field == "newValue")
        {
            throw new DomainException(ex.Code, ex.Message, field);
        }
    }
}
