namespace CaseLedger.Api.Remit;

/// <summary>
/// The one definition of "in the remit of the unit bound to <c>?</c>" (that unit and every unit below it),
/// as SQL over <see cref="RemitIndex"/>'s tables: for LINQ (<c>MatchesSql</c>, document alias <c>d</c>) and
/// raw queries alike. Each predicate binds the remit's root unit once; each costs index lookups, not a scan.
/// </summary>
internal static class RemitSql
{
    /// <summary>The unit id <paramref name="subject"/> is the root or below it.</summary>
    public static string Unit(string schema, string subject) =>
        $"{subject} in (select a.unit_id from {schema}.{RemitIndex.AncestorTable} a where a.ancestor_id = ?)";

    /// <summary>The case id <paramref name="subject"/>'s toPost, fromPost or secondment host unit is in the remit.</summary>
    public static string Case(string schema, string subject) => Member(schema, subject, "m.via = 'case'");

    /// <summary>
    /// The cadre id <paramref name="subject"/> held a post (or secondment) in the remit, has a case in it, or was
    /// registered by a registrar of it and has not been placed anywhere since.
    /// </summary>
    public static string Cadre(string schema, string subject) => Member(schema, subject, "m.via in ('cadre-case', 'career', 'custody')");

    /// <summary>A finding (document alias <c>d</c>) is about a case in the remit, or about the record of a cadre in it.</summary>
    public static string Finding(string schema) =>
        $"case when d.data ->> 'CaseId' is null then {Cadre(schema, "(d.data ->> 'CadreId')::uuid")} else {Case(schema, "(d.data ->> 'CaseId')::uuid")} end";

    /// <summary>
    /// Which of the ids bound to the first <c>?</c> (a uuid[], or with <paramref name="single"/> one uuid) are in the remit
    /// rooted at the second.
    /// </summary>
    public static string Covered(string schema, RemitKind kind, bool single = false)
    {
        var ids = single ? "= ?" : "= any(?)";
        return kind switch
        {
            RemitKind.Unit => $"select a.unit_id from {schema}.{RemitIndex.AncestorTable} a where a.unit_id {ids} and a.ancestor_id = ?",
            _ => $"""
                select distinct m.subject_id from {schema}.{RemitIndex.MemberTable} m
                  join {schema}.{RemitIndex.AncestorTable} a on a.unit_id = m.unit_id
                 where m.subject_id {ids} and a.ancestor_id = ? and {(kind == RemitKind.Case ? "m.via = 'case'" : "m.via in ('cadre-case', 'career', 'custody')")}
                """,
        };
    }

    /// <summary>The cases whose toPost, fromPost, secondment host or sending unit is one of the units bound to <c>?</c> (a uuid[]).</summary>
    public static string CasesNaming(string schema) =>
        $"select distinct m.subject_id from {schema}.{RemitIndex.MemberTable} m where m.unit_id = any(?) and m.via in ('case', 'sending')";

    private static string Member(string schema, string subject, string via) =>
        $"{subject} in (select m.subject_id from {schema}.{RemitIndex.AncestorTable} a join {schema}.{RemitIndex.MemberTable} m on m.unit_id = a.unit_id where a.ancestor_id = ? and {via})";
}

/// <summary>What a remit question is about.</summary>
internal enum RemitKind
{
    Unit,
    Cadre,
    Case,
}
