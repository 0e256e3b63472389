using Microsoft.Extensions.Options;
using PodSearch.Core.Search;

namespace PodSearch.SearchHost.Tests.Http;

/// <summary>The result cache's bounds: two halves, entries in use carried forward, big pages counted by size.</summary>
public sealed class SearchResultCacheTests
{
    private static SearchResultCache Cache(int entries) =>
        new(Options.Create(new SearchHostOptions { ResultCacheEntries = entries }));

    private static SearchResult Result(int hits) =>
        new() { Hits = Enumerable.Range(0, hits).Select(i => new EpisodeHit { Id = $"show/{i}" }).ToList() };

    [Fact]
    public void EntriesStillAskedForOutliveTheOnesNobodyAsksFor()
    {
        var cache = Cache(4); // two halves of two
        cache.Store("a", 1, Result(1));
        cache.Store("b", 1, Result(1));
        cache.Store("c", 1, Result(1)); // newer half full: a and b become the older half
        Assert.NotNull(cache.Find("a", 1)); // read from the older half, so carried into the newer one
        cache.Store("d", 1, Result(1)); // the newer half (c, a) is full: it becomes the older, b is dropped

        Assert.NotNull(cache.Find("a", 1));
        Assert.NotNull(cache.Find("c", 1));
        Assert.Null(cache.Find("b", 1));
    }

    [Fact]
    public void ABigPageTakesTheRoomOfManySmallOnes()
    {
        var cache = Cache(24); // halves of 12 pages of ten hits
        cache.Store("big", 1, Result(100)); // counts as 11
        cache.Store("small-1", 1, Result(10)); // 2: the newer half is now full
        cache.Store("small-2", 1, Result(10)); // rotates: big and small-1 become the older half
        cache.Store("big-2", 1, Result(100)); // 11 + 2 = 13: full again
        cache.Store("small-3", 1, Result(10)); // rotates: the first big page is gone

        Assert.Null(cache.Find("big", 1));
        Assert.NotNull(cache.Find("big-2", 1));
    }

    [Fact]
    public void ANewGenerationEmptiesTheCacheAndAnOlderOneIsNeverStored()
    {
        var cache = Cache(100);
        cache.Store("q", 1, Result(3));
        cache.Store("q", 2, Result(5));
        Assert.Null(cache.Find("q", 1));
        Assert.Equal(5, cache.Find("q", 2)!.Hits.Count);

        cache.Store("late", 1, Result(1)); // computed on generation 1 after 2 was seen
        Assert.Null(cache.Find("late", 1));
        Assert.Null(cache.Find("late", 2));
    }

    [Fact]
    public void ZeroEntriesTurnsTheCacheOff()
    {
        var cache = Cache(0);
        Assert.False(cache.Enabled);
        cache.Store("q", 1, Result(1));
        Assert.Null(cache.Find("q", 1));
    }
}
