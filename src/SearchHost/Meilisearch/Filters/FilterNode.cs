namespace PodSearch.SearchHost.Meilisearch.Filters;

/// <summary>A parsed Meilisearch filter expression. <see cref="Start"/>/<see cref="End"/> are character positions in its source text.</summary>
internal abstract record FilterNode(int Start, int End);

internal sealed record AndNode(IReadOnlyList<FilterNode> Parts, int Start, int End) : FilterNode(Start, End);

internal sealed record OrNode(IReadOnlyList<FilterNode> Parts, int Start, int End) : FilterNode(Start, End);

internal sealed record NotNode(FilterNode Inner, int Start, int End) : FilterNode(Start, End);

/// <summary>One test on one attribute: <c>guest = "Ilse"</c>, <c>year 2018 TO 2020</c>, <c>tag IN [a, b]</c>, <c>host EXISTS</c>.</summary>
internal sealed record ConditionNode(string Attribute, FilterOperator Operator, IReadOnlyList<string> Values, int Start, int End) : FilterNode(Start, End);

internal enum FilterOperator
{
    Equal,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
    /// <summary><c>a TO b</c>, both ends included: Values holds the two ends.</summary>
    Between,
    In,
    Exists,
    IsEmpty,
    IsNull,
}
