namespace PodSearch.Core.Indexing;

/// <summary>
/// The one place that names every index field: how it is analysed, stored and faceted.
/// <see cref="Version"/> is written into each commit's user data; an index of another version must be rebuilt
/// (<see cref="IndexMetadata.OpenReader(string)"/> says so with an <see cref="IndexVersionException"/>).
/// </summary>
/// <remarks>
/// One Lucene document per note (<see cref="Kind"/> is <c>episode</c> or <c>other</c>; search normally
/// filters on <c>kind:episode</c>). Analysers per field live in <c>Analysis/Analyzers</c>; norms are written
/// by <c>BM25Similarity</c> (the same norm encoding as Lucene's default similarity).
/// Stored fields are written in the order below, small display fields first and the transcript last, so a
/// visitor that needs only display fields can stop early.
/// </remarks>
public static class IndexSchema
{
    /// <summary>Bump when fields or analysis change in a way an old index cannot serve.</summary>
    public const int Version = 3; // 3: the baseline field

    /// <summary>Position increment (and so phrase barrier) between two values of one multi-valued text field.</summary>
    public const int ValueGap = 100;

    /// <summary>
    /// Offset gap between two values of one multi-valued text field (Lucene's default of 1). Value <c>i</c> of a
    /// field with offsets starts at offset <c>sum over j &lt; i of (length(value j) + OffsetGap)</c>.
    /// </summary>
    public const int OffsetGap = 1;

    // Identity and bookkeeping
    public const string Id = "id";                 // StringField stored + SortedDocValues; the UpdateDocument key
    public const string ContentHash = "hash";      // StringField stored + BinaryDocValues; incremental indexing
    public const string SourcePath = "path";       // StringField stored + SortedDocValues (relative to the notes root, '/')
    public const string Kind = "kind";             // StringField stored + SortedDocValues: "episode" | "other"
    public const string EpisodeJson = "episode";   // StoredField: the Episode as JSON *without* its transcript
                                                   // (see EpisodeDocument.ReadEpisode to get the whole record)

    // Display fields, stored as plain values so a hit list needs no JSON:
    // Title (stored), Podcast (stored), PodcastTitle, Guest and Host (stored, one per person), DateTicks (stored long).
    public const string PodcastTitle = "podcast_title"; // StoredField

    // Analysed text (English stemming, ASCII and case folding). "offsets" = postings carry character offsets,
    // so snippets can find matches from the postings without re-analysing; those fields are also stored.
    public const string Title = "title";                 // stored, offsets
    public const string Summary = "summary";             // stored, offsets
    public const string Topics = "topics";               // one stored value per topic (text only), offsets
    public const string GuestsText = "guests_text";      // names analysed (folded, no stemming), one value per guest
    public const string HostsText = "hosts_text";        // likewise per host
    public const string PicksText = "picks";             // one stored value per pick item text, offsets
    public const string LinksText = "links";             // one value per link text, not stored
    public const string SponsorsText = "sponsors";       // one value per sponsor name, not stored
    public const string Transcript = "transcript";       // one stored value per turn, gap between turns, offsets
    public const string TranscriptSpeaker = "transcript_speaker"; // StoredField, one per turn, parallel to Transcript
    public const string All = "all";                     // catch-all of every text field except the transcript
    // Title, tags, summary, notes text and transcript in one field, analysed by Lucene's stock EnglishAnalyzer,
    // frequencies only: the plain BM25 baseline that `podsearch eval` compares every ranking with (issue 11).
    public const string Baseline = "baseline";
                                                         // (default field, spelling suggestions)

    // Exact facet fields: one SortedSetDocValues value plus one indexed StringField per value, both holding the
    // display form (trimmed, inner whitespace collapsed). Guest, Host, Podcast are also stored.
    public const string Guest = "guest";
    public const string Host = "host";
    public const string Podcast = "podcast";
    public const string Tag = "tag";
    public const string Year = "year";                   // "2019", from the date
    public const string PicksBy = "picks_by";
    public const string LinkDomain = "link_domain";      // link host name, lower case, without "www."

    // Folded person keys (StringField, NameKey.Fold of the name): tolerant filtering, "Sasa Juric" = "Saša Jurić".
    public const string GuestKey = "guest_key";
    public const string HostKey = "host_key";
    public const string PicksByKey = "picks_by_key";

    // Numeric fields: indexed Int64Field/Int32Field (NumericRangeQuery) plus NumericDocValues (sorting).
    public const string DateTicks = "date";              // Int64: DateTime.Ticks of the note's wall-clock date; stored
    public const string DurationSeconds = "duration";    // Int32
    public const string EpisodeNumber = "number";        // Int32: Episode.NumberValue

    /// <summary>Kind values.</summary>
    public const string KindEpisode = "episode";
    public const string KindOther = "other";

    /// <summary>The fields that can be filtered and counted as facets.</summary>
    public static readonly IReadOnlyList<string> FacetFields = [Guest, Host, Podcast, Tag, Year, PicksBy, LinkDomain];

    /// <summary>Facet field to its folded-key twin, for fields that hold people.</summary>
    public static readonly IReadOnlyDictionary<string, string> PersonKeyFields = new Dictionary<string, string>
    {
        [Guest] = GuestKey,
        [Host] = HostKey,
        [PicksBy] = PicksByKey,
    };

    /// <summary>Fields holding NameKey-folded names.</summary>
    public static readonly IReadOnlyList<string> KeyFields = [GuestKey, HostKey, PicksByKey];

    /// <summary>Fields indexed as one exact, unanalysed term per value.</summary>
    public static readonly IReadOnlyList<string> ExactFields = [Id, ContentHash, SourcePath, Kind, .. FacetFields];

    /// <summary>Analysed text fields with a suggested query weight: a title or guest match outranks a transcript one.</summary>
    public static readonly IReadOnlyDictionary<string, float> TextFieldWeights = new Dictionary<string, float>
    {
        [Title] = 5f,
        [GuestsText] = 4f,
        [HostsText] = 2f,
        [Topics] = 2.5f,
        [Summary] = 2.5f,
        [PicksText] = 1.5f,
        [SponsorsText] = 1f,
        [LinksText] = 1f,
        [Transcript] = 1f,
    };

    /// <summary>Text fields whose postings carry offsets and whose values are stored (snippet sources).</summary>
    public static readonly IReadOnlyList<string> SnippetFields = [Summary, Topics, PicksText, Transcript];
}
