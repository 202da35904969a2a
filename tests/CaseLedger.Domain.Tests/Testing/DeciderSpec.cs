using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Testing;

/// <summary>
/// Given(events) / When(decision) / Then(events) or ThenFails(code): folds the given events with the
/// aggregate's own Evolve, as the API does, then runs one decision. Events compare by type and JSON,
/// so records holding lists compare by content.
/// </summary>
public sealed class Spec<T>
    where T : class, IAggregate<T>
{
    private readonly T? state;
    private Func<T, object> decide = _ => throw new InvalidOperationException("Call When before Then.");

    private Spec(T? state) => this.state = state;

    /// <summary>With no events the state is null: use it for creation decisions (Open, Register).</summary>
    [SuppressMessage("Design", "CA1000", Justification = "Spec<Case>.Given(...) reads as the scenario does.")]
    public static Spec<T> Given(params object[] events) => new(events.Aggregate((T?)null, T.Evolve));

    /// <summary>The decision returns one event or an <see cref="IReadOnlyList{T}"/> of events.</summary>
    public Spec<T> When(Func<T, object> decision)
    {
        decide = decision;
        return this;
    }

    public void Then(params object[] expected)
    {
        var result = decide(state!);
        var actual = result is IReadOnlyList<object> many ? many : [result];
        Assert.Equal(expected.Select(Describe), actual.Select(Describe));
    }

    /// <summary>Asserts the refusal's code (and field, when given) and returns it for more checks.</summary>
    public DomainException ThenFails(string code, string? field = null)
    {
        var refusal = Assert.Throws<DomainException>(() => decide(state!));
        Assert.Equal(code, refusal.Code);
        if (field is not null)
            Assert.Equal(field, refusal.Field);
        return refusal;
    }

    private static string Describe(object e) => $"{e.GetType().Name} {JsonSerializer.Serialize(e, e.GetType())}";
}
