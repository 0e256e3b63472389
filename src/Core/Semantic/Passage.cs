namespace PodSearch.Core.Semantic;

/// <summary>
/// A stretch of one episode that gets its own vector: the title with the summary, the topics, the picks,
/// or a transcript chunk of whole speaker turns. <see cref="Speaker"/> (who says most of it) and <see cref="Time"/>
/// are set when known; <see cref="Turns"/> says where each speaker's words are in <see cref="Text"/>, so the
/// "matched: Speaker ..." snippet names the speaker of the words it shows, not the passage's main speaker.
/// </summary>
internal sealed record Passage(PassageKind Kind, string Text, string? Speaker = null, string? Time = null)
{
    /// <summary>The speaker turns of a transcript passage, in order and covering its text; empty for the others.</summary>
    public IReadOnlyList<PassageTurn> Turns { get; init; } = [];
}

/// <summary>One speaker's stretch of a transcript passage: <see cref="Length"/> characters of its text from <see cref="Start"/>.</summary>
internal readonly record struct PassageTurn(int Start, int Length, string? Speaker);

internal enum PassageKind : byte { TitleSummary, Topics, Picks, Transcript }
