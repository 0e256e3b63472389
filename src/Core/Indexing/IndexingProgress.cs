namespace PodSearch.Core.Indexing;

/// <summary>How far a run is: notes looked at (read, and parsed when changed) out of all notes found.</summary>
public readonly record struct IndexingProgress(int Done, int Total, int Indexed);
