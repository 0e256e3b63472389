using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using PodSearch.Core.Indexing;
using PodSearch.Core.Search;
using PodSearch.SearchHost.Suggestions;

namespace PodSearch.SearchHost;

/// <summary>
/// The index as the host serves it: the core's <see cref="SearcherProvider"/> (one searcher per request,
/// swapped after a commit) plus the <see cref="IndexSnapshot"/> built from the same generation. Only
/// <see cref="IndexRefreshService"/> calls <see cref="Refresh"/>; requests in flight keep the searcher they
/// leased, so a reload never fails one.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private readonly ILogger<SearchIndex> logger;
    private IndexSnapshot snapshot;

    public SearchIndex(IOptions<SearchHostOptions> options, ILogger<SearchIndex> logger)
    {
        this.logger = logger;
        Provider = new SearcherProvider(options.Value.IndexPath);
        snapshot = Load();
        logger.LogInformation("index {Path}: generation {Generation}, {Episodes} episodes, {Suggestions} suggestions, loaded in {Ms:0} ms",
            Provider.IndexPath, snapshot.Generation, snapshot.Episodes, snapshot.Suggestions.Count, snapshot.LoadTime.TotalMilliseconds);
    }

    public SearcherProvider Provider { get; }

    public IndexSnapshot Current => Volatile.Read(ref snapshot);

    /// <summary>Opens a newer commit if there is one; returns true when the served generation changed.</summary>
    public bool Refresh()
    {
        Provider.Refresh();
        // Compare generations rather than trusting the refresh's return value: Lucene's MaybeRefresh reports
        // true whenever it was not busy, changed or not, and rebuilding suggestions every tick costs real time.
        using (var lease = Provider.Acquire())
            if (GenerationOf(lease.Searcher) == Current.Generation)
                return false;
        var loaded = Load();
        Volatile.Write(ref snapshot, loaded);
        logger.LogInformation("index reloaded: generation {Generation}, {Episodes} episodes, in {Ms:0} ms",
            loaded.Generation, loaded.Episodes, loaded.LoadTime.TotalMilliseconds);
        return true;
    }

    /// <summary>
    /// The whole stored episode, transcript included, read back by the indexer's own mapping
    /// (<see cref="EpisodeDocument.ReadEpisode"/>); null when no episode has this id.
    /// </summary>
    public Core.Notes.Episode? FindEpisode(string id)
    {
        using var lease = Provider.Acquire();
        var top = lease.Searcher.Search(new TermQuery(new Term(IndexSchema.Id, id)), 1);
        return top.TotalHits == 0 ? null : EpisodeDocument.ReadEpisode(lease.Searcher.Doc(top.ScoreDocs[0].Doc));
    }

    /// <summary>The commit generation a leased searcher reads; the basis of ETags.</summary>
    public static long GenerationOf(IndexSearcher searcher) =>
        searcher.IndexReader is DirectoryReader reader ? reader.IndexCommit.Generation : 0;

    public void Dispose() => Provider.Dispose();

    private IndexSnapshot Load()
    {
        var started = Stopwatch.GetTimestamp();
        using var lease = Provider.Acquire();
        var searcher = lease.Searcher;
        var episodes = searcher.Search(new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindEpisode)), 1).TotalHits;
        var suggestions = SuggestionSource.Build(searcher.IndexReader);
        return new IndexSnapshot(GenerationOf(searcher), searcher.IndexReader.NumDocs, episodes, DateTimeOffset.UtcNow,
            Stopwatch.GetElapsedTime(started), suggestions);
    }
}
