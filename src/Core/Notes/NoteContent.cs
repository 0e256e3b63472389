namespace PodSearch.Core.Notes;

/// <summary>What the body of a note says, before it is put together with the front matter into an <see cref="Episode"/>.</summary>
internal sealed record NoteContent(
    IReadOnlyList<string> Hosts,
    IReadOnlyList<string> Guests,
    IReadOnlyList<string> Sponsors,
    string? Summary,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<EpisodeLink> Links,
    IReadOnlyList<PickGroup> Picks,
    IReadOnlyList<TranscriptTurn> Transcript);
