using System.Reflection;
using CaseLedger.Domain.Cases;
using GraphQL.Types;

namespace CaseLedger.Api.Cases.StepDetails;

/// <summary>
/// The details of a step that has no hand-written type: its event's own fields, named and described as the
/// event declares them (<c>[property: Description(…)]</c>). Ids are left out — a reference to a unit or cadre
/// needs a hand-written type (<see cref="StepDetailsType{T}"/>) so that it resolves within the caller's remit.
/// </summary>
internal sealed class RecordedStepDetailsType<TStep> : AutoRegisteringObjectGraphType<TStep>
    where TStep : class, ICaseStep
{
    public RecordedStepDetailsType()
    {
        Name = typeof(TStep).Name + "Details";
        Description ??= $"{typeof(TStep).Name}: the step as recorded.";
        Interface<CaseStepDetailsInterface>();
    }

    protected override IEnumerable<MemberInfo> GetRegisteredMembers() =>
        typeof(TStep).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != nameof(ICaseStep.Step) && p.PropertyType != typeof(Guid) && p.PropertyType != typeof(Guid?));
}
