using CaseLedger.Domain.Shared;

namespace CaseLedger.Api.GraphQL;

/// <summary>
/// What one document may hold before the (recursive) parser and validator see it
/// (CaseLedger:Limits:Document:* overrides each). Generous for real clients — the standard
/// introspection query is 15 levels, 3 fragments and a few hundred tokens — and far below what
/// would exhaust the stack or make validation's pairwise field checks expensive.
/// </summary>
internal sealed class DocumentBounds
{
    /// <summary>Characters of the query text.</summary>
    public int MaxLength { get; init; } = 256 * 1024;

    /// <summary>Lexical tokens (names, punctuation, values).</summary>
    public int MaxTokens { get; init; } = 10_000;

    /// <summary>Field selections of the largest operation or fragment, with every fragment spread expanded.</summary>
    public int MaxFields { get; init; } = 1_500;

    /// <summary>Fragment definitions.</summary>
    public int MaxFragments { get; init; } = 64;

    /// <summary>Fragments spreading fragments spreading fragments…</summary>
    public int MaxFragmentChain { get; init; } = 10;

    /// <summary>Nested braces, brackets and parentheses, with every fragment spread expanded.</summary>
    public int MaxNesting { get; init; } = 32;

    public static DocumentBounds From(IConfiguration configuration) =>
        configuration.GetSection("CaseLedger:Limits:Document").Get<DocumentBounds>() ?? new DocumentBounds();
}

/// <summary>A document refused by <see cref="DocumentPrePass"/>: the limit's code and a message naming it.</summary>
internal sealed record DocumentRefusal(string Code, string Message);

/// <summary>
/// One linear, non-recursive pass over the query text that bounds the work the parser and the
/// validation rules will do: length, tokens, expanded fields, fragments, fragment chains, nesting
/// (through spreads) and fragment cycles. It stops at the first limit crossed, so a hostile
/// document costs at most <see cref="DocumentBounds.MaxTokens"/> tokens of scanning. It does not
/// judge syntax: anything it lets through is parsed and validated as usual.
/// </summary>
internal static class DocumentPrePass
{
    private const string LengthCode = ErrorCodes.DocumentTooLong;
    private const string TokensCode = ErrorCodes.TokenLimit;
    private const string FieldsCode = ErrorCodes.FieldLimit;
    private const string FragmentsCode = ErrorCodes.FragmentLimit;
    private const string ChainCode = ErrorCodes.FragmentChainLimit;
    private const string NestingCode = ErrorCodes.NestingLimit;
    private const string CycleCode = ErrorCodes.FragmentCycle;
    private const string TextCode = ErrorCodes.InvalidText;

    /// <summary>After "...": a fragment's name or "on" comes next; after "... on": a type condition.</summary>
    private enum Spread { None, NameOrOn, TypeCondition }

    private sealed class Definition
    {
        public string? FragmentName;
        public int Fields;
        public int Nesting;
        public readonly List<(string Target, int Nesting)> Spreads = [];

        // Filled by the expansion below.
        public long ExpandedFields;
        public int ExpandedNesting;
        public int Chain;
        public byte State; // 0 new, 1 on the path, 2 done
    }

    /// <summary>The first limit <paramref name="query"/> crosses, or null. <paramref name="maxAliases"/> is the alias cap of
    /// <see cref="QueryLimits"/>, counted here too so a document of many aliases is told that rather than the field limit.</summary>
    public static DocumentRefusal? Check(string query, DocumentBounds bounds, int maxAliases = int.MaxValue)
    {
        if (query.Length > bounds.MaxLength)
            return new(LengthCode, $"The query is {query.Length} characters long; at most {bounds.MaxLength} are allowed (limit: document length).");
        if (FirstInvalidCharacter(query) is { } at)
            return new(TextCode, $"The query holds an invalid character at offset {at} (a NUL, another control character or a lone UTF-16 surrogate) (limit: text).");

        var definitions = new List<Definition>();
        Definition? current = null;
        // The open brackets, innermost last: '{' of a selection set is 's', any other '{', '[' or '(' itself.
        var open = new Stack<char>();
        var parens = 0; // '(' on the stack: braces inside arguments or variable definitions are values, not selections
        var tokens = 0;
        string? previous = null; // the previous token ("..." for a spread, "on", "@", ":", a name, a punctuator)
        var spread = Spread.None; // where a "..." stands
        var pendingFragment = false; // "fragment" seen at top level, its name comes next
        var fragmentCount = 0;
        var aliases = 0;

        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (c is ' ' or '\t' or '\n' or '\r' or ',' or '\uFEFF')
            {
                i++;
                continue;
            }
            if (c == '#')
            {
                while (i < query.Length && query[i] is not ('\n' or '\r'))
                    i++;
                continue;
            }

            if (++tokens > bounds.MaxTokens)
                return new(TokensCode, $"The query has more than {bounds.MaxTokens} tokens (limit: tokens).");

            if (IsNameStart(c))
            {
                var start = i;
                while (i < query.Length && IsNameChar(query[i]))
                    i++;
                var name = query[start..i];
                if (open.Count == 0)
                {
                    // Top level: a definition starts with a keyword, or with '{' (shorthand query) below.
                    if (pendingFragment)
                    {
                        current!.FragmentName = name;
                        pendingFragment = false;
                    }
                    else if (previous is null or "}" && name is "fragment" or "query" or "mutation" or "subscription")
                    {
                        definitions.Add(current = new Definition());
                        pendingFragment = name == "fragment";
                        if (pendingFragment && ++fragmentCount > bounds.MaxFragments)
                            return new(FragmentsCode, $"The query defines more than {bounds.MaxFragments} fragments (limit: fragments).");
                    }
                }
                else if (current is not null && parens == 0 && open.Peek() == 's')
                {
                    switch (spread)
                    {
                        case Spread.NameOrOn when name == "on":
                            spread = Spread.TypeCondition;
                            break;
                        case Spread.NameOrOn:
                            current.Spreads.Add((name, open.Count));
                            spread = Spread.None;
                            break;
                        case Spread.TypeCondition:
                            spread = Spread.None;
                            break;
                        default:
                            if (previous is not ("@" or ":"))
                                current.Fields++;
                            break;
                    }
                }
                previous = name;
                continue;
            }

            if (c == '"')
            {
                i = SkipString(query, i);
                previous = "\"";
                spread = Spread.None;
                continue;
            }

            if (c == '.' && i + 2 < query.Length && query[i + 1] == '.' && query[i + 2] == '.')
            {
                i += 3;
                previous = "...";
                spread = Spread.NameOrOn;
                continue;
            }

            if (c is '-' or (>= '0' and <= '9'))
            {
                while (i < query.Length && (char.IsAsciiLetterOrDigit(query[i]) || query[i] is '.' or '-' or '+'))
                    i++;
                previous = "0";
                continue;
            }

            i++;
            if (c == ':' && current is not null && parens == 0 && open.Count > 0 && open.Peek() == 's' && previous is not null && IsNameStart(previous[0]))
                aliases++;
            switch (c)
            {
                case '{':
                    if (open.Count == 0 && (current is null || previous is null or "}"))
                        definitions.Add(current = new Definition()); // a shorthand query
                    open.Push(parens == 0 ? 's' : '{');
                    break;
                case '(' or '[':
                    open.Push(c);
                    if (c == '(')
                        parens++;
                    break;
                case '}' or ')' or ']':
                    if (open.TryPop(out var top) && top == '(')
                        parens--;
                    break;
            }
            if (open.Count > bounds.MaxNesting)
                return new(NestingCode, $"The query nests more than {bounds.MaxNesting} levels deep (limit: nesting depth).");
            if (current is not null && open.Count > current.Nesting)
                current.Nesting = open.Count;
            spread = Spread.None;
            previous = c.ToString();
        }

        if (aliases > maxAliases)
            return new(ErrorCodes.AliasLimit, $"Query has {aliases} aliases; at most {maxAliases} are allowed (limit: aliases).");

        var fragments = new Dictionary<string, Definition>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (definition.FragmentName is { } name)
                fragments.TryAdd(name, definition);
        }

        foreach (var definition in definitions)
        {
            if (Expand(definition, fragments, bounds) is { } refusal)
                return refusal;
            if (definition.ExpandedFields > bounds.MaxFields)
                return new(FieldsCode, $"The {(definition.FragmentName is { } f ? $"fragment {f}" : "operation")} selects {(definition.ExpandedFields >= long.MaxValue / 2 ? "too many" : definition.ExpandedFields)} fields with its fragments expanded; at most {bounds.MaxFields} are allowed (limit: fields).");
        }
        return null;
    }

    /// <summary>
    /// Fields, nesting and chain length of a definition with its spreads expanded: a depth-first walk
    /// over the spread graph with an explicit stack (no recursion), which also finds cycles.
    /// </summary>
    private static DocumentRefusal? Expand(Definition root, Dictionary<string, Definition> fragments, DocumentBounds bounds)
    {
        if (root.State == 2)
            return null;
        var stack = new Stack<(Definition Node, int NextSpread)>();
        root.State = 1;
        stack.Push((root, 0));
        while (stack.TryPop(out var frame))
        {
            var (node, next) = frame;
            if (next < node.Spreads.Count)
            {
                stack.Push((node, next + 1));
                if (!fragments.TryGetValue(node.Spreads[next].Target, out var target))
                    continue; // unknown fragment: validation names it
                if (target.State == 1)
                    return new(CycleCode, $"Cannot spread fragment '{target.FragmentName}' within itself (fragment cycles are refused).");
                if (target.State == 0)
                {
                    // No depth check here: a cycle is reported as such; the explicit stack holds at most every fragment.
                    target.State = 1;
                    stack.Push((target, 0));
                }
                continue;
            }

            // Every spread of this node is done: combine.
            long fields = node.Fields;
            var nesting = node.Nesting;
            var chain = 0;
            foreach (var (name, at) in node.Spreads)
            {
                if (!fragments.TryGetValue(name, out var target))
                    continue;
                fields = Math.Min(long.MaxValue / 2, fields + target.ExpandedFields);
                nesting = Math.Max(nesting, at + target.ExpandedNesting - 1);
                chain = Math.Max(chain, target.Chain + 1);
            }
            node.ExpandedFields = fields;
            node.ExpandedNesting = nesting;
            node.Chain = chain;
            node.State = 2;
            if (chain > bounds.MaxFragmentChain)
                return new(ChainCode, $"Fragments spread fragments {chain} levels deep; at most {bounds.MaxFragmentChain} are allowed (limit: fragment chain).");
            if (nesting > bounds.MaxNesting)
                return new(NestingCode, $"The query nests {nesting} levels deep with its fragments expanded; at most {bounds.MaxNesting} are allowed (limit: nesting depth).");
            if (fields > bounds.MaxFields)
                return new(FieldsCode, $"The {(node.FragmentName is { } f ? $"fragment {f}" : "operation")} selects {(fields >= long.MaxValue / 2 ? "too many" : fields)} fields with its fragments expanded; at most {bounds.MaxFields} are allowed (limit: fields).");
        }
        return null;
    }

    /// <summary>The index of the first NUL/control character (tab, LF, CR allowed) or lone surrogate; null when the text is clean.</summary>
    public static int? FirstInvalidCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' && c is not ('\t' or '\n' or '\r'))
                return i;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }
                return i;
            }
            if (char.IsLowSurrogate(c))
                return i;
        }
        return null;
    }

    private static int SkipString(string query, int i)
    {
        if (i + 2 < query.Length && query[i + 1] == '"' && query[i + 2] == '"')
        {
            // Block string: ends at an unescaped """.
            i += 3;
            while (i < query.Length)
            {
                if (query[i] == '\\' && i + 3 < query.Length && query[i + 1] == '"' && query[i + 2] == '"' && query[i + 3] == '"')
                    i += 4;
                else if (query[i] == '"' && i + 2 < query.Length && query[i + 1] == '"' && query[i + 2] == '"')
                    return i + 3;
                else
                    i++;
            }
            return i;
        }
        i++;
        while (i < query.Length && query[i] is not ('"' or '\n' or '\r'))
            i += query[i] == '\\' ? 2 : 1;
        return Math.Min(query.Length, i + 1);
    }

    private static bool IsNameStart(char c) => c == '_' || char.IsAsciiLetter(c);

    private static bool IsNameChar(char c) => c == '_' || char.IsAsciiLetterOrDigit(c);
}
