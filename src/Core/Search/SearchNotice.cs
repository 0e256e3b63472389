namespace PodSearch.Core.Search;

/// <summary>
/// A note on how a search was run, with a stable <see cref="Code"/> to branch on: a site's page shows visitors the
/// ones about what they typed (<see cref="AboutTheQuery"/>) and leaves the engine's own (a missing encoder, an index
/// without vectors) to the people running it. <see cref="SearchResult.Notices"/> carries the messages and
/// <see cref="SearchResult.NoticeCodes"/> the codes, in the same order.
/// </summary>
public sealed record SearchNotice(string Code, string Message)
{
    public const string QueryCut = "query_cut";
    public const string QueryWordsCut = "query_words_cut";
    public const string QueryNesting = "query_nesting";
    public const string QuerySyntax = "query_syntax";
    public const string QueryNoWords = "query_no_words";
    public const string SemanticUnavailable = "semantic_unavailable";
    public const string SemanticUnknownWords = "semantic_unknown_words";
    public const string NoPassageVectors = "no_passage_vectors";

    /// <summary>True for notices about the query as typed, which say something a visitor can act on.</summary>
    public bool AboutTheQuery => Code.StartsWith("query_", StringComparison.Ordinal);
}
