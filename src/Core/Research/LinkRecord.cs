namespace PodSearch.Core.Research;

/// <summary>One link from an episode's links section.</summary>
public sealed record LinkRecord
{
    public required EpisodeCard Episode { get; init; }
    public required string Text { get; init; }
    public required string Url { get; init; }
    public string? Domain { get; init; }
    internal IReadOnlySet<string> Terms { get; init; } = new HashSet<string>();
}
