using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cases;

/// <summary>讨论决定 and 公示: tallies and dates are kept as minuted; only impossible figures are refused.</summary>
public sealed partial record Case
{
    /// <summary>Quorum, majority, the body's validity and the principal speaking last are audited, not enforced.</summary>
    public CollectiveDecisionTaken TakeCollectiveDecision(
        DecisionBody body, int membersEntitled, int attendees, int votesFor, int votesAgainst, int abstentions,
        bool principalSpokeLast, DateOnly effectiveOn)
    {
        EnsureNew(ProcedureStep.CollectiveDecision);
        Tally(membersEntitled, attendees, votesFor, votesAgainst, abstentions, "");
        return new CollectiveDecisionTaken(Id, body, membersEntitled, attendees, votesFor, votesAgainst, abstentions, principalSpokeLast,
            effectiveOn);
    }

    /// <summary>Only impossible figures are refused: counts below zero, more present than entitled, more votes than present.</summary>
    private static void Tally(int membersEntitled, int attendees, int votesFor, int votesAgainst, int abstentions, string fieldPrefix)
    {
        Require.Positive(membersEntitled, fieldPrefix + "membersEntitled");
        Require.NotNegative(attendees, fieldPrefix + "attendees");
        Require.NotNegative(votesFor, fieldPrefix + "votesFor");
        Require.NotNegative(votesAgainst, fieldPrefix + "votesAgainst");
        Require.NotNegative(abstentions, fieldPrefix + "abstentions");
        if (attendees > membersEntitled)
            throw new DomainException(ErrorCodes.CountExceedsTotal,
                $"到会人数 {attendees} 超过应到会人数 {membersEntitled} / {attendees} attendees exceed the {membersEntitled} members entitled.", fieldPrefix + "attendees");
        if (votesFor + votesAgainst + abstentions > attendees)
            throw new DomainException(ErrorCodes.CountExceedsTotal,
                $"表决票数超过到会人数 {attendees} / More votes were cast than the {attendees} attendees.", fieldPrefix + "votesFor");
    }

    /// <summary>A notice shorter than 5 working days is recorded (TL-PUBLICITY-5WD is audited); it is dated by its end.</summary>
    public PublicNoticeGiven GivePublicNotice(string scope, DateOnly startOn, DateOnly endOn, int objectionsReceived, int objectionsResolved)
    {
        EnsureNew(ProcedureStep.PublicNotice);
        Require.NotBefore(endOn, startOn, "endOn");
        Require.NotNegative(objectionsReceived, "objectionsReceived");
        Require.NotNegative(objectionsResolved, "objectionsResolved");
        if (objectionsResolved > objectionsReceived)
            throw new DomainException(ErrorCodes.CountExceedsTotal,
                $"已处理异议多于收到的 {objectionsReceived} 件 / More objections resolved than the {objectionsReceived} received.", "objectionsResolved");
        return new PublicNoticeGiven(Id, Require.Text(scope, "scope"), startOn, endOn, objectionsReceived, objectionsResolved, endOn);
    }
}
