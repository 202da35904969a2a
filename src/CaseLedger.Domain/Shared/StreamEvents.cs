namespace CaseLedger.Domain.Shared;

// Which stream an event belongs to, declared on the event itself: readers that route events by
// stream (the audit evaluator, live updates) ask the type, never its namespace or a list of names.

/// <summary>An event of a case stream (交流、挂职、任用 case).</summary>
public interface ICaseEvent;

/// <summary>An event of a cadre's own record.</summary>
public interface ICadreEvent;

/// <summary>An event of a unit's stream.</summary>
public interface IUnitEvent;

/// <summary>An event of an audit finding's stream.</summary>
public interface IFindingEvent;
