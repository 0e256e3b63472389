namespace PodSearch.Core.People;

/// <summary>One person in one episode in one role, with the name as the note wrote it.</summary>
public sealed record PersonAppearance(string EpisodeId, string Podcast, DateTime? Date, PersonRole Role, string NameAsWritten);
