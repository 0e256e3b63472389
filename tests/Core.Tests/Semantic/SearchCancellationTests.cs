using PodSearch.Core.Search;
using PodSearch.Core.Tests.Indexing;

namespace PodSearch.Core.Tests.Semantic;

/// <summary>
/// A cancelled <see cref="SearchRequest.Cancellation"/> (the host's time budget) stops a search in every mode
/// with <see cref="OperationCanceledException"/>, and the searcher keeps answering afterwards.
/// </summary>
public sealed class SearchCancellationTests : IDisposable
{
    private readonly NotesFolder folder = new();

    public SearchCancellationTests()
    {
        TopicNotes.Write(folder, TopicNotes.Episodes);
        TopicNotes.Index(folder);
    }

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(SearchMode.Lexical)]
    [InlineData(SearchMode.Semantic)]
    [InlineData(SearchMode.Hybrid)]
    public void ACancelledRequestThrowsAndTheNextOneIsAnswered(SearchMode mode)
    {
        using var provider = new SearcherProvider(folder.Index);
        var searcher = new EpisodeSearcher(provider);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            searcher.Search(new SearchRequest { Query = "sourdough", Mode = mode, Facets = ["podcast"], Cancellation = cancelled.Token }));

        var answered = searcher.Search(new SearchRequest { Query = "sourdough", Mode = mode, Facets = ["podcast"] });
        Assert.NotEmpty(answered.Hits);
    }
}
