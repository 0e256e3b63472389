using PodSearch.Core.Search;

namespace PodSearch.Core.Research.Moments;

/// <summary>Where in transcripts something was said: words, optionally one speaker, within the filters of a search.</summary>
public sealed record MomentQuery
{
    public required string Text { get; init; }
    /// <summary>A person id, a full name in any spelling, or a first name that settles on one person.</summary>
    public string? Speaker { get; init; }
    /// <summary>Filters (show, year, guest, ...) as for a search; its query text and paging are ignored.</summary>
    public SearchRequest Filters { get; init; } = new();
    /// <summary>True: one entry per episode with its best moments. False: a flat list of moments.</summary>
    public bool GroupByEpisode { get; init; } = true;
    /// <summary>Episodes (grouped) or moments (flat) to return.</summary>
    public int Limit { get; init; } = 10;
    public int MomentsPerEpisode { get; init; } = 3;
}
