using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PodSearch.Core.Search;

namespace PodSearch.SearchHost;

/// <summary>
/// Recent search results per index generation, so that the queries a site's visitors repeat (the popular ones
/// and every keystroke's page of results that the search box asks for again) are answered without searching.
/// A result depends only on the request and the index commit, so an entry is exact until the next commit; a new
/// generation empties the cache. Bounded with two halves: when the newer half fills, the older one is dropped
/// and the newer becomes the older, so entries still asked for are copied forward (a cheap LRU approximation
/// with no bookkeeping on reads). Size is counted in pages of ten hits, so a cache of 100-hit pages holds a tenth
/// as many. <c>Search:ResultCacheEntries</c> 0 turns it off.
/// </summary>
internal sealed class SearchResultCache(IOptions<SearchHostOptions> options)
{
    private static readonly JsonSerializerOptions KeyJson = new() { WriteIndented = false };

    private readonly Lock gate = new();
    private readonly int capacity = options.Value.ResultCacheEntries;
    private long generation = -1;
    private ConcurrentDictionary<string, SearchResult> newer = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, SearchResult> older = new(StringComparer.Ordinal);
    private int newerSize;

    public bool Enabled => capacity > 0;

    /// <summary>The cached result of <paramref name="key"/> in <paramref name="indexGeneration"/>, or null.</summary>
    public SearchResult? Find(string key, long indexGeneration)
    {
        if (!Enabled || Volatile.Read(ref generation) != indexGeneration)
            return null;
        if (newer.TryGetValue(key, out var result))
            return result;
        if (older.TryGetValue(key, out result))
        {
            Store(key, indexGeneration, result);
            return result;
        }
        return null;
    }

    public void Store(string key, long indexGeneration, SearchResult result)
    {
        if (!Enabled)
            return;
        lock (gate)
        {
            if (indexGeneration < generation)
                return; // computed on a commit that has since been replaced
            if (indexGeneration > generation)
            {
                generation = indexGeneration;
                newer = new(StringComparer.Ordinal);
                older = new(StringComparer.Ordinal);
                newerSize = 0;
            }
            if (newerSize >= (capacity + 1) / 2)
            {
                older = newer;
                newer = new(StringComparer.Ordinal);
                newerSize = 0;
            }
            newer[key] = result;
            newerSize += 1 + result.Hits.Count / 10;
        }
    }

    /// <summary>A key naming everything a result depends on: the whole request, in one canonical text.</summary>
    public static string KeyOf(string kind, object request) => kind + ":" + JsonSerializer.Serialize(request, request.GetType(), KeyJson);
}
