namespace PodSearch.Corpus.Tests.Notes;

/// <summary>Finds <c>../shared/corpus</c> beside the checkout (the tests run from bin/…, several levels down).</summary>
internal static class SharedCorpus
{
    public static string? Root { get; } = Find();

    public static string? Devchat => Root is null ? null : Path.Combine(Root, "devchat");

    public static string? Labels => Root is null ? null : Path.Combine(Root, "labels.jsonl");

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Search.sln")))
                continue;
            var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
            return Directory.Exists(Path.Combine(corpus, "devchat")) ? corpus : null;
        }
        return null;
    }
}
