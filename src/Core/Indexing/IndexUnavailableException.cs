namespace PodSearch.Core.Indexing;

/// <summary>
/// There is no usable index at a path. The message says what was found and how to build one, ready to show
/// to a user as is (the CLI prints it, the host returns it as a 503 problem).
/// </summary>
public class IndexUnavailableException(string indexPath, string message, Exception? inner = null) : Exception(message, inner)
{
    public string IndexPath { get; } = indexPath;

    internal static string BuildHint(string indexPath) =>
        $"build it with: podsearch index <notes-dir> --index {indexPath}";
}
