using PodSearch.Core.Indexing;

namespace PodSearch.Core.Search;

/// <summary>
/// Which index fields a query reads, with what weight, and what the user-facing field prefixes
/// (<c>guest:</c>, <c>title:</c>, ...) stand for. The weights are the ranking's main lever: a match in a title
/// or a guest's name must beat the same word said once in a two-hour transcript.
/// </summary>
internal static class SearchFields
{
    /// <summary>Fields searched by words without a prefix, with their boosts.</summary>
    /// <remarks>
    /// Measured on the tuning half of tests/Eval (BENCHMARKS.md): the show notes (<c>all</c>) at 6 rather than 2.5 and
    /// the transcript at 0.5 rather than 1 raise known-item nDCG@10 from 0.41 to 0.48 with topical unchanged (0.71) and
    /// no type lower; a title weight of 4 or 8 instead of 6 lowered topical.
    /// Summary, topics, picks, links and sponsors are searched through the <c>all</c> catch-all (which holds them,
    /// the title and the names) rather than one by one: five fewer scorers per word, and a word in the short
    /// show-notes text still outweighs the transcript.
    /// </remarks>
    public static readonly IReadOnlyList<(string Field, float Boost)> Weighted =
    [
        (IndexSchema.Title, 6f),
        (IndexSchema.GuestsText, 6f),
        (IndexSchema.HostsText, 2f),
        (IndexSchema.All, 6f),
        (IndexSchema.Transcript, 0.5f),
    ];

    /// <summary>Stored prose fields whose words are matched through <c>all</c>: snippets look for the same terms in them.</summary>
    public static readonly IReadOnlyList<string> ThroughAll = [IndexSchema.Summary, IndexSchema.Topics, IndexSchema.PicksText];

    /// <summary>Fields that a misspelt word is matched against (fuzzy), cheapest and most telling first.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Fuzzy =
    [
        (IndexSchema.GuestsText, 6f),
        (IndexSchema.HostsText, 2f),
        // Every text field but the transcript, whose vocabulary is mostly noise for spelling.
        (IndexSchema.All, 2f),
    ];

    /// <summary>User prefix to index field. Exact (facet) fields are matched by value, not analysed.</summary>
    public static readonly IReadOnlyDictionary<string, string> Prefixes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = IndexSchema.Title,
        ["guest"] = IndexSchema.GuestsText,
        ["guests"] = IndexSchema.GuestsText,
        ["host"] = IndexSchema.HostsText,
        ["hosts"] = IndexSchema.HostsText,
        ["summary"] = IndexSchema.Summary,
        ["topic"] = IndexSchema.Topics,
        ["topics"] = IndexSchema.Topics,
        ["picks"] = IndexSchema.PicksText,
        ["pick"] = IndexSchema.PicksText,
        ["links"] = IndexSchema.LinksText,
        ["sponsor"] = IndexSchema.SponsorsText,
        ["sponsors"] = IndexSchema.SponsorsText,
        ["transcript"] = IndexSchema.Transcript,
        ["podcast"] = IndexSchema.Podcast,
        ["show"] = IndexSchema.Podcast,
        ["tag"] = IndexSchema.Tag,
        ["year"] = IndexSchema.Year,
        ["picks_by"] = IndexSchema.PicksBy,
        ["link_domain"] = IndexSchema.LinkDomain,
    };

    public static bool IsFacet(string field) => IndexSchema.FacetFields.Contains(field);

    /// <summary>An index field name (as opposed to a user prefix): already mapped, used as is.</summary>
    public static bool IsSchemaField(string field) =>
        IsFacet(field) || field == IndexSchema.All || ThroughAll.Contains(field) || Weighted.Any(w => w.Field == field)
        || field is IndexSchema.LinksText or IndexSchema.SponsorsText;
}
