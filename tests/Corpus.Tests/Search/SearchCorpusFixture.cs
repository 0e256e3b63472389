using System.Text;
using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;
using PodSearch.Core.Search;
using PodSearch.Corpus.Tests.Notes;

namespace PodSearch.Corpus.Tests.Search;

/// <summary>
/// The shared corpus indexed once (into a temp folder) for all search corpus tests, plus the same notes parsed
/// independently with <see cref="NoteParser"/>: expected values come from those parsed records, never from the engine.
/// Null members when ../shared/corpus is absent (the tests then skip).
/// </summary>
public sealed class SearchCorpusFixture : IDisposable
{
    public SearchCorpusFixture()
    {
        if (SharedCorpus.Devchat is not { } root)
            return;
        IndexPath = Path.Combine(Path.GetTempPath(), $"podsearch-corpus-search-{Guid.NewGuid():N}");
        new EpisodeIndexer(new IndexingOptions { NotesRoot = root, IndexPath = IndexPath }).Run();
        Provider = new SearcherProvider(IndexPath);
        Searcher = new EpisodeSearcher(Provider);
        var parser = new NoteParser(root);
        Episodes = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).StartsWith('_'))
            .AsParallel()
            .Select(parser.ParseFile)
            .Where(e => e.Kind == EpisodeKind.Episode)
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
    }

    public string? IndexPath { get; }

    public SearcherProvider? Provider { get; }

    public EpisodeSearcher? Searcher { get; }

    public IReadOnlyList<Episode> Episodes { get; } = [];

    /// <summary>Every id matching <paramref name="request"/>, all pages.</summary>
    public HashSet<string> AllIds(SearchRequest request)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var offset = 0; ; offset += EpisodeSearcher.MaxLimit)
        {
            var page = Searcher!.Search(request with { Offset = offset, Limit = EpisodeSearcher.MaxLimit });
            foreach (var hit in page.Hits)
                ids.Add(hit.Id);
            if (page.Hits.Count < EpisodeSearcher.MaxLimit || offset + EpisodeSearcher.MaxLimit >= page.Total)
                return ids;
        }
    }

    /// <summary>
    /// The tests' own "same person" key, written here rather than shared with the engine: Latin accents mapped by an
    /// explicit table (string normalisation is unavailable with invariant globalisation), case folded, apostrophes
    /// dropped, anything else but letters and digits a single space.
    /// </summary>
    public static string PersonKey(string name)
    {
        const string accented = "àáâãäåāăąçćčďđèéêëēėęěìíîïīįıłñńňòóôõöøōőŕřśšşșțťùúûüūůűųýÿźżž";
        const string plain = "aaaaaaaaacccddeeeeeeeeiiiiiiilnnnoooooooorrssssttuuuuuuuuyyzzz";
        var builder = new StringBuilder();
        var space = false;
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is '\'' or '’')
                continue;
            var at = accented.IndexOf(c);
            var mapped = at >= 0 ? plain[at].ToString() : c == 'ß' ? "ss" : c == 'æ' ? "ae" : c == 'œ' ? "oe" : char.IsLetterOrDigit(c) ? c.ToString() : null;
            if (mapped is null)
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(mapped);
        }
        return builder.ToString();
    }

    /// <summary>A facet value as displayed: trimmed, inner whitespace collapsed.</summary>
    public static string Display(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public void Dispose()
    {
        Provider?.Dispose();
        if (IndexPath is not null && Directory.Exists(IndexPath))
            Directory.Delete(IndexPath, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class SearchCorpusCollection : ICollectionFixture<SearchCorpusFixture>
{
    public const string Name = "search corpus";
}
