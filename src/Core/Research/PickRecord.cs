namespace PodSearch.Core.Research;

/// <summary>One recommended item: who picked it (as written and resolved to a person), in which episode, and where it points.</summary>
public sealed record PickRecord
{
    public required string By { get; init; }
    /// <summary>The resolved person's id, or null when the picker's name resolved to nobody.</summary>
    public string? PersonId { get; init; }
    public string? PersonName { get; init; }
    public required EpisodeCard Episode { get; init; }
    public required string Text { get; init; }
    public string? Url { get; init; }
    public string? Domain { get; init; }
    /// <summary>Matching terms of the text and URL (see <see cref="ResearchText"/>).</summary>
    internal IReadOnlySet<string> Terms { get; init; } = new HashSet<string>();
    /// <summary>The keys under which two picks are the same item (page URL, folded text), computed once at build time.</summary>
    internal IReadOnlyList<string> SameItemKeys { get; init; } = [];
    /// <summary>The picker's folded name, for picks whose name resolved to nobody.</summary>
    internal string ByKey { get; init; } = "";
}
