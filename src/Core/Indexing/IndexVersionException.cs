namespace PodSearch.Core.Indexing;

/// <summary>The index was written with another <see cref="IndexSchema.Version"/> and must be rebuilt.</summary>
public sealed class IndexVersionException(string indexPath, int? foundVersion)
    : IndexUnavailableException(indexPath,
        $"the index at {indexPath} has schema version {(foundVersion?.ToString() ?? "unknown")}, this podsearch needs version " +
        $"{IndexSchema.Version}; re-index: podsearch index <notes-dir> --index {indexPath}")
{
    public int? FoundVersion { get; } = foundVersion;
}
