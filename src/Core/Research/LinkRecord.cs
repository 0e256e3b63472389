namespace PodSearch.Core.Research;

/// <summary>One link from an episode's links section.</summary>
public sealed record LinkRecord
{
    public required EpisodeCard Episode { get; init; }
    public required string Text { get; init; }
    public required string Url { get; init; }
    public string? Domain { get; init; }
    internal IReadOnlySet<string> Terms { get; init; } = new HashSet<string>();
    /// <summary>The URL as <see cref="LinkDomain.Normalize"/> gives it, computed once at build time.</summary>
    internal string? PageKey { get; init; }
}
