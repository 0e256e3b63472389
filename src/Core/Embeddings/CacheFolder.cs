namespace PodSearch.Core.Embeddings;

/// <summary>
/// Where PodSearch keeps what it can always make again (extracted models, passage vectors): the folder named
/// by <c>PODSEARCH_CACHE</c>, else <c>$XDG_CACHE_HOME/podsearch</c>, else <c>~/.cache/podsearch</c>. Deleting
/// it only costs time.
/// </summary>
public static class CacheFolder
{
    public const string Variable = "PODSEARCH_CACHE";

    /// <summary>A folder for the calls of the current async flow only (tests with a cache of their own); wins over the rest.</summary>
    internal static readonly AsyncLocal<string?> ScopedRoot = new();

    public static string Root
    {
        get
        {
            if (ScopedRoot.Value is { } scoped)
                return scoped;
            if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } own)
                return Path.GetFullPath(own);
            if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg)
                return Path.Combine(Path.GetFullPath(xdg), "podsearch");
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            return string.IsNullOrEmpty(home)
                ? Path.Combine(Path.GetTempPath(), "podsearch-cache")
                : Path.Combine(home, ".cache", "podsearch");
        }
    }
}
