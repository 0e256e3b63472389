namespace PodSearch.Core.Semantic;

/// <summary>
/// A stretch of one episode that gets its own vector: the title with the summary, the topics, the picks,
/// or a transcript chunk of whole speaker turns. <see cref="Speaker"/> and <see cref="Time"/> are set
/// when known, for the "matched: Speaker at 12:40 ..." snippet.
/// </summary>
internal sealed record Passage(PassageKind Kind, string Text, string? Speaker = null, string? Time = null);

internal enum PassageKind : byte { TitleSummary, Topics, Picks, Transcript }
