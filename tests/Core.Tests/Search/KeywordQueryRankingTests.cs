using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;
using PodSearch.Core.Search;

namespace PodSearch.Core.Tests.Search;

/// <summary>
/// Keyword queries (at most <see cref="CoverageQuery.ShortQueryWords"/> words, issue 11): the episode that is about
/// the words as a whole ranks above one that mentions them once in a weightier field, and an episode whose title
/// has all the words still leads over episodes that only say them often.
/// </summary>
public sealed class KeywordQueryRankingTests : IDisposable
{
    private static readonly string Chatter = string.Join(' ', Enumerable.Repeat("we moved the session store to redis and redis streams replaced the old queue;", 6));

    private static readonly Episode[] Episodes =
    [
        Note("show/about-redis", "Caching Strategies", "How a team rebuilt its caching layer.", [("Ana", Chatter)]),
        Note("show/mentions-redis", "Message Queues", "Brokers, acknowledgements and retries; we also touch on Redis.", [("Ana", "Acknowledge after the work is done, never before.")]),
        Note("show/evolution-title", "Language Evolution and Design", "A language designer on growing a language.", [("Ana", "Welcome to the show.")]),
        Note("show/evolution-talk", "Growing Systems", "Architecture that lasts.",
            [("Ana", string.Join(' ', Enumerable.Repeat("the evolution of the design, design reviews and design evolution over years;", 6)))]),
        Note("show/other", "Knitting Patterns", "Charts as programs.", [("Ana", "A dropped stitch is a runtime error.")]),
    ];

    private readonly string path = Path.Combine(Path.GetTempPath(), $"podsearch-keyword-{Guid.NewGuid():N}");
    private readonly SearcherProvider provider;
    private readonly EpisodeSearcher searcher;

    public KeywordQueryRankingTests()
    {
        SearchTestIndex.Write(path, Episodes);
        provider = new SearcherProvider(path);
        searcher = new EpisodeSearcher(provider);
    }

    public void Dispose()
    {
        provider.Dispose();
        Directory.Delete(path, recursive: true);
    }

    [Fact]
    public void AKeywordRanksTheEpisodeAboutItAboveOneMentioningItOnce()
    {
        var ids = searcher.Search(new SearchRequest { Query = "redis", Mode = SearchMode.Lexical }).Hits.Select(h => h.Id).ToList();
        Assert.Equal(["show/about-redis", "show/mentions-redis"], ids);
    }

    [Fact]
    public void TheTitlesWordsFindTheEpisodeOfThatTitleFirst()
    {
        var ids = searcher.Search(new SearchRequest { Query = "Evolution and Design", Mode = SearchMode.Lexical }).Hits.Select(h => h.Id).ToList();
        Assert.Equal("show/evolution-title", ids[0]);
        Assert.Contains("show/evolution-talk", ids);
    }

    private static Episode Note(string id, string title, string summary, (string Speaker, string Text)[] transcript) => new()
    {
        Id = id,
        Podcast = "show",
        PodcastTitle = "Show",
        Title = title,
        Date = new DateTime(2020, 1, 1),
        Summary = summary,
        Hosts = ["Ana"],
        Transcript = [.. transcript.Select(t => new TranscriptTurn(t.Speaker, t.Text))],
        SourcePath = id + ".md",
        ContentHash = id,
    };
}
