namespace PodSearch.Core.Research.Moments;

/// <summary>
/// A place in a transcript that matches a query: the turn's position in the episode (0-based
/// <see cref="TurnIndex"/>), its speaker as written and as resolved to a person, the passage, and a time when
/// the turn starts with one (<c>[00:12:40]</c>).
/// </summary>
public sealed record TranscriptMoment
{
    public required EpisodeCard Episode { get; init; }
    public int TurnIndex { get; init; }
    public required string Speaker { get; init; }
    public string? PersonId { get; init; }
    public string? PersonName { get; init; }
    /// <summary>The turn, cut to a passage around the first match; query words wrapped in <c>&lt;mark&gt;</c>.</summary>
    public required string Passage { get; init; }
    public string? Time { get; init; }
    public double Score { get; init; }
}

/// <summary>An episode with its best moments.</summary>
public sealed record MomentEpisode(EpisodeCard Episode, double Score, IReadOnlyList<TranscriptMoment> Moments);

public sealed record MomentSearchResult
{
    public string Query { get; init; } = "";
    public string? Speaker { get; init; }
    public string? SpeakerId { get; init; }
    /// <summary>Episodes whose transcript matches (before the speaker's turns are checked).</summary>
    public int TotalEpisodes { get; init; }
    /// <summary>Grouped (the default): one entry per episode, best first.</summary>
    public IReadOnlyList<MomentEpisode> Episodes { get; init; } = [];
    /// <summary>Ungrouped (<c>group=none</c>): moments across episodes, best first.</summary>
    public IReadOnlyList<TranscriptMoment> Moments { get; init; } = [];
}
