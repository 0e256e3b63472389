using PodSearch.Core.Indexing;

namespace PodSearch.Core.Requests;

/// <summary>
/// The one list of what a search can ask for. The command line's options (<c>podsearch search --help</c>), the HTTP
/// parameters of <c>/api/search</c> (and its JSON body), their OpenAPI descriptions and the checks of
/// <see cref="SearchRequestReader"/> all come from it, so a parameter added here is added to every door.
/// </summary>
public static class SearchParameters
{
    public static readonly SearchParameter Query = new("q", ParameterKind.Text,
        "Free text with Lucene syntax (phrases in quotes, AND/OR/NOT, field prefixes such as title:); empty for filters only. The command line takes it as its words.");
    public static readonly SearchParameter Guest = Filter(IndexSchema.Guest, "A guest's name: episodes with that guest. Repeat for any of several.") with { Placeholder = "NAME" };
    public static readonly SearchParameter Host = Filter(IndexSchema.Host, "A host's name: episodes on that panel. Repeat for any of several.") with { Placeholder = "NAME" };
    public static readonly SearchParameter Podcast = Filter(IndexSchema.Podcast, "A show's folder name (js-jabber): episodes of that show. Repeat for any of several.") with { Placeholder = "SHOW" };
    public static readonly SearchParameter Tag = Filter(IndexSchema.Tag, "A topic tag from the front matter. Repeat for any of several.") with { Placeholder = "TAG" };
    public static readonly SearchParameter Year = Filter(IndexSchema.Year, "A four-digit year of the episode date. Repeat for any of several.") with { Placeholder = "YYYY" };
    public static readonly SearchParameter PicksBy = Filter(IndexSchema.PicksBy, "A person's name: episodes in which that person made picks.") with { Placeholder = "NAME" };
    public static readonly SearchParameter LinkDomain = Filter(IndexSchema.LinkDomain, "A domain (github.com): episodes whose notes link to it.") with { Placeholder = "DOMAIN" };
    public static readonly SearchParameter From = new("from", ParameterKind.Date, "First day, YYYY-MM-DD (or YYYY-MM, YYYY).");
    public static readonly SearchParameter To = new("to", ParameterKind.Date, "Last day, inclusive, YYYY-MM-DD (or YYYY-MM, YYYY: the whole month or year).");
    public static readonly SearchParameter MinMinutes = new("min_minutes", ParameterKind.Integer, "Shortest episode, in minutes.");
    public static readonly SearchParameter MaxMinutes = new("max_minutes", ParameterKind.Integer, "Longest episode, in minutes.");
    public static readonly SearchParameter Sort = new("sort", ParameterKind.Choice, "Order of the hits: relevance (default; newest first without a query), newest or oldest.")
    {
        Choices = ["relevance", "newest", "oldest"],
    };
    public static readonly SearchParameter Limit = new("limit", ParameterKind.Integer, "Page size, 0 to the largest page (100 unless the host is configured otherwise); default 10.");
    public static readonly SearchParameter Offset = new("offset", ParameterKind.Integer, "Hits to skip before the page; offset + limit may not pass the result window (10,000).");
    public static readonly SearchParameter Facets = new("facets", ParameterKind.Values,
        $"Facet fields to count over all matches, comma-separated or repeated: {string.Join(", ", IndexSchema.FacetFields)} (picks-by also accepted).");
    public static readonly SearchParameter FacetTop = new("facet_top", ParameterKind.Integer, "Values per facet, 1 to 1000; default 10.") { Minimum = 1 };
    public static readonly SearchParameter Mode = new("mode", ParameterKind.Choice,
        "Ranking: hybrid (default: words and meaning fused), lexical (BM25 over the words) or semantic (meaning only).")
    {
        Choices = ["hybrid", "lexical", "semantic"],
    };
    public static readonly SearchParameter SemanticRatio = new("semantic_ratio", ParameterKind.Ratio,
        $"Weight of the semantic ranking in hybrid fusion, 0 to 1; default {Text(Search.Pipeline.SemanticRatios.Keywords)} for a query of up to {Search.CoverageQuery.ShortQueryWords} words (stop words aside), {Text(Search.Pipeline.SemanticRatios.Sentence)} for a longer one.");
    public static readonly SearchParameter Exact = new("exact", ParameterKind.Flag, "Score every passage rather than the nearest clusters' (slower; for measuring).")
    {
        CommandLineOnly = true,
    };
    public static readonly SearchParameter With = new("with", ParameterKind.Values,
        "A person (id or name) who must appear in every episode; repeat for episodes with all of them.")
    {
        Placeholder = "NAME",
    };

    /// <summary>Every parameter, in the order help and documentation list them.</summary>
    public static IReadOnlyList<SearchParameter> All { get; } =
    [
        Query, Guest, Host, Podcast, Tag, Year, PicksBy, LinkDomain, From, To, MinMinutes, MaxMinutes,
        Sort, Limit, Offset, Facets, FacetTop, Mode, SemanticRatio, Exact, With,
    ];

    /// <summary>The filter parameters, one per facet field.</summary>
    public static IReadOnlyList<SearchParameter> Filters { get; } = [.. All.Where(p => p.FilterField is not null)];

    /// <summary>The parameters of <c>/api/search</c> (query string and JSON body).</summary>
    public static IReadOnlyList<SearchParameter> Http { get; } = [.. All.Where(p => !p.CommandLineOnly)];

    /// <summary>A parameter by its snake_case name or its kebab-case command-line spelling; null when there is none.</summary>
    public static SearchParameter? Find(string name) => All.FirstOrDefault(p => p.Name == name || p.CliName == name);

    private static string Text(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static SearchParameter Filter(string field, string description) =>
        new(field, ParameterKind.Values, description) { FilterField = field };
}
