namespace PodSearch.Core.Indexing;

/// <summary>
/// The one place that names every index field: how it is analysed, stored and faceted.
/// <see cref="Version"/> is written into each commit's user data; an index of another version must be rebuilt.
/// </summary>
public static class IndexSchema
{
    /// <summary>Bump when fields or analysis change in a way an old index cannot serve.</summary>
    public const int Version = 1;

    // Identity and bookkeeping
    public const string Id = "id";                 // StringField, stored; the UpdateDocument key
    public const string ContentHash = "hash";      // StringField, stored; incremental indexing
    public const string SourcePath = "path";       // StringField, stored
    public const string Kind = "kind";             // StringField, stored
    public const string EpisodeJson = "episode";   // StoredField: the whole Episode as JSON, for display

    // Analysed text (English stemming, ASCII and case folding)
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Topics = "topics";
    public const string GuestsText = "guests_text";
    public const string HostsText = "hosts_text";
    public const string PicksText = "picks";
    public const string LinksText = "links";
    public const string SponsorsText = "sponsors";
    public const string Transcript = "transcript"; // one value per turn, with a position gap between turns
    public const string All = "all";               // catch-all for default-field matching

    // Exact facet fields (SortedSetDocValues, plus an indexed StringField for filtering).
    public const string Guest = "guest";
    public const string Host = "host";
    public const string Podcast = "podcast";
    public const string Tag = "tag";
    public const string Year = "year";
    public const string PicksBy = "picks_by";
    public const string LinkDomain = "link_domain";

    // Numeric fields (range filters and sorting)
    public const string DateTicks = "date";
    public const string DurationSeconds = "duration";
    public const string EpisodeNumber = "number";

    /// <summary>The fields that can be filtered and counted as facets.</summary>
    public static readonly IReadOnlyList<string> FacetFields = [Guest, Host, Podcast, Tag, Year, PicksBy, LinkDomain];
}
