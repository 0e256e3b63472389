namespace PodSearch.Core.Search;

/// <summary>Where the schema version sits in a commit's user data (written by the indexer).</summary>
internal static class IndexSchemaVersion
{
    public const string CommitKey = "schemaVersion";
}
