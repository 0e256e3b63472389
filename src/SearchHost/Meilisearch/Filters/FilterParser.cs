namespace PodSearch.SearchHost.Meilisearch.Filters;

/// <summary>
/// Meilisearch's filter language, by recursive descent: <c>OR</c> binds loosest, then <c>AND</c>, then <c>NOT</c>;
/// parentheses group; a condition is <c>attr = v</c>, <c>!=</c>, <c>&gt;</c>, <c>&gt;=</c>, <c>&lt;</c>, <c>&lt;=</c>,
/// <c>attr a TO b</c>, <c>attr [NOT] IN [v, ...]</c>, <c>attr [NOT] EXISTS</c>, <c>attr IS [NOT] EMPTY|NULL</c>.
/// Keywords are case-insensitive. Every error names the character range at fault (<see cref="FilterSyntaxException"/>).
/// </summary>
internal sealed class FilterParser
{
    private readonly string source;
    private readonly IReadOnlySet<string> attributes;
    private readonly List<FilterToken> tokens;
    private int next;

    private FilterParser(string source, IReadOnlySet<string> attributes)
    {
        this.source = source;
        this.attributes = attributes;
        tokens = FilterLexer.Tokenize(source);
    }

    /// <summary>The expression, or null when it is blank (no filter).</summary>
    /// <param name="source">The filter as the client wrote it.</param>
    /// <param name="attributes">The filterable attributes; any other is an error naming them.</param>
    public static FilterNode? Parse(string source, IReadOnlySet<string> attributes)
    {
        var parser = new FilterParser(source, attributes);
        if (parser.Peek.Kind == FilterTokenKind.End)
            return null;
        var node = parser.Or();
        if (parser.Peek.Kind != FilterTokenKind.End)
            throw parser.Error($"Found unexpected characters at the end of the filter: `{parser.source[parser.Peek.Start..]}`. You probably forgot an `OR` or an `AND` rule.",
                parser.Peek.Start, parser.source.Length);
        return node;
    }

    private FilterToken Peek => tokens[next];

    private FilterToken PeekAt(int ahead) => tokens[Math.Min(next + ahead, tokens.Count - 1)];

    private FilterToken Take() => tokens[next++];

    private FilterNode Or()
    {
        var parts = new List<FilterNode> { And() };
        while (Peek.IsKeyword("OR"))
        {
            var or = Take();
            if (Peek.Kind == FilterTokenKind.End)
                throw Error("Expected a condition after `OR`.", or.Start, or.End);
            parts.Add(And());
        }
        return parts.Count == 1 ? parts[0] : new OrNode(parts, parts[0].Start, parts[^1].End);
    }

    private FilterNode And()
    {
        var parts = new List<FilterNode> { Not() };
        while (Peek.IsKeyword("AND"))
        {
            var and = Take();
            if (Peek.Kind == FilterTokenKind.End)
                throw Error("Expected a condition after `AND`.", and.Start, and.End);
            parts.Add(Not());
        }
        return parts.Count == 1 ? parts[0] : new AndNode(parts, parts[0].Start, parts[^1].End);
    }

    private FilterNode Not()
    {
        if (Peek.IsKeyword("NOT"))
        {
            var not = Take();
            var inner = Not();
            return new NotNode(inner, not.Start, inner.End);
        }
        return Primary();
    }

    private FilterNode Primary()
    {
        var token = Peek;
        if (token.Kind == FilterTokenKind.OpenParen)
        {
            Take();
            var inner = Or();
            if (Peek.Kind != FilterTokenKind.CloseParen)
                throw Error("Expression is missing the closing `)` of the `(` here.", token.Start, Peek.Start);
            Take();
            return inner;
        }
        if (!token.IsValue)
            throw Error(token.Kind == FilterTokenKind.End
                ? "Was expecting a condition (`attribute = value`, `attribute IN [...]`, ...) but the filter ends here."
                : $"Was expecting an attribute at `{source[token.Start..]}`.", token.Start, Math.Max(token.End, token.Start + 1));
        return Condition();
    }

    private FilterNode Condition()
    {
        var attribute = Take();
        if (attribute.Kind == FilterTokenKind.Word && attribute.Text.StartsWith("_geo", StringComparison.Ordinal))
            throw Error($"`{attribute.Text}` is not supported: PodSearch episodes have no geographic position.", attribute.Start, attribute.End);
        if (!attributes.Contains(attribute.Text))
            throw Error($"Attribute `{attribute.Text}` is not filterable. Available filterable attributes are: `{string.Join(", ", attributes.Order(StringComparer.Ordinal))}`.",
                attribute.Start, attribute.End);
        var name = attribute.Text;
        var op = Peek;

        if (op.Kind == FilterTokenKind.Operator)
        {
            Take();
            var value = Value(op);
            var condition = new ConditionNode(name, op.Text switch
            {
                "=" or "!=" => FilterOperator.Equal,
                ">" => FilterOperator.Greater,
                ">=" => FilterOperator.GreaterOrEqual,
                "<" => FilterOperator.Less,
                _ => FilterOperator.LessOrEqual,
            }, [value.Text], attribute.Start, value.End);
            return op.Text == "!=" ? new NotNode(condition, attribute.Start, value.End) : condition;
        }
        if (op.IsKeyword("IN"))
            return In(name, attribute.Start);
        if (op.IsKeyword("EXISTS"))
            return new ConditionNode(name, FilterOperator.Exists, [], attribute.Start, Take().End);
        if (op.IsKeyword("NOT") && (PeekAt(1).IsKeyword("IN") || PeekAt(1).IsKeyword("EXISTS")))
        {
            Take();
            var inner = PeekAt(0).IsKeyword("IN") ? In(name, attribute.Start) : new ConditionNode(name, FilterOperator.Exists, [], attribute.Start, Take().End);
            return new NotNode(inner, attribute.Start, inner.End);
        }
        if (op.IsKeyword("IS"))
        {
            Take();
            var negated = Peek.IsKeyword("NOT");
            if (negated)
                Take();
            var what = Peek;
            FilterOperator test = what.IsKeyword("EMPTY") ? FilterOperator.IsEmpty
                : what.IsKeyword("NULL") ? FilterOperator.IsNull
                : throw Error("Was expecting `EMPTY` or `NULL` after `IS`" + (negated ? " NOT" : "") + ".", what.Start, Math.Max(what.End, what.Start + 1));
            Take();
            var condition = new ConditionNode(name, test, [], attribute.Start, what.End);
            return negated ? new NotNode(condition, attribute.Start, what.End) : condition;
        }
        if (op.IsValue && PeekAt(1).IsKeyword("TO"))
        {
            var from = Take();
            var to = Take();
            var until = Value(to);
            return new ConditionNode(name, FilterOperator.Between, [from.Text, until.Text], attribute.Start, until.End);
        }
        throw Error($"Was expecting an operation `=`, `!=`, `>=`, `>`, `<=`, `<`, `IN`, `NOT IN`, `TO`, `EXISTS`, `NOT EXISTS`, `IS NULL`, `IS NOT NULL`, `IS EMPTY` or `IS NOT EMPTY` after `{name}`.",
            attribute.Start, op.Kind == FilterTokenKind.End ? attribute.End : op.End);
    }

    private FilterNode In(string name, int start)
    {
        var keyword = Take();
        var open = Peek;
        if (open.Kind != FilterTokenKind.OpenBracket)
            throw Error("Expected `[` after `IN` to start a list of values.", keyword.Start, Math.Max(open.End, keyword.End));
        Take();
        var values = new List<string>();
        while (Peek.Kind != FilterTokenKind.CloseBracket)
        {
            if (!Peek.IsValue)
                throw Error(Peek.Kind == FilterTokenKind.End ? "Expected `]` to end the list of values started here." : $"Was expecting a value in the list at `{source[Peek.Start..]}`.",
                    Peek.Kind == FilterTokenKind.End ? open.Start : Peek.Start, Peek.Kind == FilterTokenKind.End ? open.End : Math.Max(Peek.End, Peek.Start + 1));
            values.Add(Take().Text);
            if (Peek.Kind == FilterTokenKind.Comma)
                Take();
            else if (Peek.Kind != FilterTokenKind.CloseBracket)
                throw Error(Peek.Kind == FilterTokenKind.End ? "Expected `]` to end the list of values started here." : "Expected `,` or `]` after a value in the list.",
                    Peek.Kind == FilterTokenKind.End ? open.Start : Peek.Start, Peek.Kind == FilterTokenKind.End ? open.End : Math.Max(Peek.End, Peek.Start + 1));
        }
        var close = Take();
        return new ConditionNode(name, FilterOperator.In, values, start, close.End);
    }

    private FilterToken Value(FilterToken after)
    {
        var value = Peek;
        if (!value.IsValue || value.Kind == FilterTokenKind.Word && IsReserved(value.Text))
            throw Error($"Was expecting a value after `{after.Text}`" + (value.Kind == FilterTokenKind.End ? " but the filter ends here." : $" at `{source[value.Start..]}`."),
                after.Start, value.Kind == FilterTokenKind.End ? after.End : value.End);
        return Take();
    }

    private static bool IsReserved(string word) => word.ToUpperInvariant() is "AND" or "OR" or "NOT" or "TO" or "IN";

    private FilterSyntaxException Error(string problem, int start, int end) => new(problem, start, end, source);
}
