namespace PodSearch.Core.Research;

/// <summary>Episodes linking to a domain (sub-domains included) or a URL, optionally with words in the link text or URL.</summary>
public sealed record LinkQuery
{
    /// <summary>A host name (<c>github.com</c>) or a full URL (then only links to that page match).</summary>
    public string? Domain { get; init; }
    public string? Text { get; init; }
    public string? Podcast { get; init; }
    public int? Year { get; init; }
    public int Offset { get; init; }
    public int Limit { get; init; } = 20;
    public int FacetTop { get; init; } = 10;
}

public sealed record LinkSearchResult
{
    /// <summary>Distinct episodes with at least one matching link.</summary>
    public int TotalEpisodes { get; init; }
    public int TotalLinks { get; init; }
    /// <summary>The requested page of episodes, newest first, each with its matching links.</summary>
    public IReadOnlyList<LinkingEpisode> Episodes { get; init; } = [];
    /// <summary>Matching links per domain, over every match (count = episodes; <see cref="DomainCount.Links"/> = links).</summary>
    public IReadOnlyList<DomainCount> Domains { get; init; } = [];
}

public sealed record LinkingEpisode(EpisodeCard Episode, IReadOnlyList<LinkRecord> Links);

public sealed record DomainCount(string Domain, int Episodes, int Links);
