using PodSearch.Core.Indexing;
using PodSearch.Core.Search;
using PodSearch.Core.Semantic;
using PodSearch.Core.Tests.Indexing;

namespace PodSearch.Core.Tests.Semantic;

/// <summary>
/// Semantic and hybrid search end to end on a real index of invented notes (domain vectors only, no
/// download): modes, filters on semantic hits, incremental embedding and the fallback to lexical ranking.
/// </summary>
public sealed class SemanticSearchTests : IDisposable
{
    private readonly NotesFolder folder = new();

    public SemanticSearchTests()
    {
        TopicNotes.Write(folder, TopicNotes.Episodes);
        Index();
    }

    public void Dispose() => folder.Dispose();

    private IndexingReport Index() => TopicNotes.Index(folder);

    private SearchResult Search(SearchRequest request)
    {
        using var provider = new SearcherProvider(folder.Index);
        return new EpisodeSearcher(provider).Search(request);
    }

    [Fact]
    public void SemanticModeFindsEpisodesBySubjectAndSaysWhichPassageMatched()
    {
        // No episode contains "sourdough" and "tomatoes" both; semantic mode still ranks by the nearer subject.
        var result = Search(new SearchRequest { Query = "kneading the dough and proofing the loaf", Mode = SearchMode.Semantic, Limit = 8 });

        Assert.Equal("semantic", result.Mode);
        Assert.Equal(8, result.Hits.Count);
        Assert.All(result.Hits, h => Assert.Equal("baking", TopicNotes.SubjectOf(int.Parse(h.Id[^3..]))));
        Assert.All(result.Hits, h => Assert.NotNull(h.SemanticScore));
        Assert.Equal(Enumerable.Range(1, 8).Cast<int?>(), result.Hits.Select(h => h.SemanticRank));
        Assert.StartsWith("matched: ", result.Hits[0].Snippets[0].Text);
    }

    [Theory]
    [InlineData("kneading the dough and proofing the loaf")]
    [InlineData("compost soil")]
    [InlineData("harbour regatta")]
    public void AHybridCardShowsTheSameSentencesOnce(string query)
    {
        var result = Search(new SearchRequest { Query = query, Mode = SearchMode.Hybrid, Limit = 20 });
        var cards = result.Hits.Where(h => h.Snippets.Any(s => s.Text.StartsWith("matched: ", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(cards);
        foreach (var hit in cards)
        {
            var matched = hit.Snippets.Single(s => s.Text.StartsWith("matched: ", StringComparison.Ordinal));
            Assert.False(Core.Search.Pipeline.SnippetOverlap.Repeats(matched, hit.Snippets.Where(s => s != matched)),
                $"{hit.Id}: '{matched.Text}' repeats one of {string.Join(" | ", hit.Snippets.Select(s => s.Text))}");
        }
    }

    [Fact]
    public void FiltersApplyToSemanticHitsExactlyAsToLexicalOnes()
    {
        var filters = new Dictionary<string, IReadOnlyList<string>> { ["podcast"] = ["stack-stories"], ["year"] = ["2019"] };
        var expected = Enumerable.Range(0, TopicNotes.Episodes)
            .Where(n => TopicNotes.ShowOf(n) == "stack-stories" && 2018 + n % 3 == 2019)
            .Select(TopicNotes.IdOf).ToHashSet();

        foreach (var mode in new[] { SearchMode.Semantic, SearchMode.Hybrid })
        {
            var result = Search(new SearchRequest { Query = "harbour regatta crew", Mode = mode, Filters = filters, Limit = 100, Facets = ["podcast", "year"] });
            Assert.NotEmpty(result.Hits);
            Assert.All(result.Hits, h => Assert.Contains(h.Id, expected));
            // The facet of a filtered field counts as if its own filter were off, over the fused set.
            Assert.Equal(result.Total, result.Facets["year"].Single(v => v.Value == "2019").Count);
            // ... which is what the same search without that filter finds (the scan ranked under both filters).
            var yearOnly = Search(new SearchRequest
            {
                Query = "harbour regatta crew", Mode = mode, Limit = 100, Facets = ["podcast"],
                Filters = new Dictionary<string, IReadOnlyList<string>> { ["year"] = ["2019"] },
            });
            Assert.Equal(yearOnly.Facets["podcast"], result.Facets["podcast"]);
            Assert.Equal(yearOnly.Total, result.Facets["podcast"].Sum(v => v.Count));
        }
    }

    [Fact]
    public void HybridFusesBothRankingsAndReportsEachRank()
    {
        var lexical = Search(new SearchRequest { Query = "mainsail", Mode = SearchMode.Lexical, Limit = 100 });
        var hybrid = Search(new SearchRequest { Query = "mainsail", Mode = SearchMode.Hybrid, Limit = 100 });

        Assert.Equal("hybrid", hybrid.Mode);
        Assert.True(hybrid.Total >= lexical.Total);
        Assert.Contains(hybrid.Hits, h => h.LexicalRank is not null && h.SemanticRank is not null);
        var lexicalRanks = lexical.Hits.Select((h, i) => (h.Id, Rank: i + 1)).ToDictionary(x => x.Id, x => x.Rank);
        Assert.All(hybrid.Hits.Where(h => h.LexicalRank is not null), h => Assert.Equal(lexicalRanks[h.Id], h.LexicalRank));
        Assert.True(hybrid.Hits.Zip(hybrid.Hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void HybridWithAllWordsOnlyReordersTheEpisodesWithEveryWord()
    {
        var lexical = Search(new SearchRequest { Query = "harbour regatta", Mode = SearchMode.Lexical, AllWords = true, Limit = 100, Facets = ["podcast"] });
        var hybrid = Search(new SearchRequest { Query = "harbour regatta", Mode = SearchMode.Hybrid, AllWords = true, Limit = 100, Facets = ["podcast"] });

        Assert.NotEmpty(lexical.Hits);
        Assert.Equal(lexical.Hits.Select(h => h.Id).Order(), hybrid.Hits.Select(h => h.Id).Order());
        Assert.Equal(lexical.Total, hybrid.Total);
        Assert.Equal(lexical.Facets["podcast"], hybrid.Facets["podcast"]);
        Assert.All(hybrid.Hits, h => Assert.NotNull(h.LexicalRank));

        // No note is about both subjects: the semantic ranker's hits do not come in through the back door.
        var mixed = new SearchRequest { Query = "regatta sourdough", Mode = SearchMode.Hybrid, Limit = 100 };
        Assert.NotEmpty(Search(mixed).Hits);
        Assert.Equal(0, Search(mixed with { AllWords = true }).Total);
    }

    [Fact]
    public void SimilarEpisodesByMeaningShareTheSubjectAndLeaveTheEpisodeOut()
    {
        using var provider = new SearcherProvider(folder.Index);
        var searcher = new EpisodeSearcher(provider);
        var id = TopicNotes.IdOf(0);
        var subject = TopicNotes.SubjectOf(0);
        var sameSubject = Enumerable.Range(1, TopicNotes.Episodes - 1).Count(n => TopicNotes.SubjectOf(n) == subject);

        var semantic = searcher.Similar(id, sameSubject, SearchMode.Semantic);
        Assert.Equal("semantic", semantic.Mode);
        Assert.DoesNotContain(semantic.Hits, h => h.Id == id);
        // Every episode on the same subject is nearer than any on another subject.
        Assert.All(semantic.Hits, h => Assert.Equal(subject, TopicNotes.SubjectOf(int.Parse(h.Id[^3..]))));
        Assert.Equal(Enumerable.Range(1, sameSubject).Cast<int?>(), semantic.Hits.Select(h => h.SemanticRank));

        var hybrid = searcher.Similar(id, 10);
        Assert.Equal("hybrid", hybrid.Mode);
        Assert.DoesNotContain(hybrid.Hits, h => h.Id == id);
        Assert.Contains(hybrid.Hits, h => h.LexicalRank is not null && h.SemanticRank is not null);
    }

    [Fact]
    public void AMissingOrCorruptModelFallsBackToLexicalAndSaysSo()
    {
        var model = Directory.GetFiles(folder.Index, "semantic-*.model").Single();
        File.WriteAllBytes(model, File.ReadAllBytes(model)[..100]);

        var corrupt = Search(new SearchRequest { Query = "compost soil", Mode = SearchMode.Hybrid });
        Assert.Equal("lexical", corrupt.Mode);
        Assert.Contains(corrupt.Notices, n => n.Contains("hybrid search unavailable") && n.Contains(Path.GetFileName(model)));
        Assert.NotEmpty(corrupt.Hits);

        File.Delete(model);
        var missing = Search(new SearchRequest { Query = "compost soil", Mode = SearchMode.Semantic });
        Assert.Equal("lexical", missing.Mode);
        Assert.Contains(missing.Notices, n => n.Contains("not found"));
    }

    [Fact]
    public void AnIndexBuiltWithoutVectorsSearchesLexicallyAndSaysWhy()
    {
        new EpisodeIndexer(new IndexingOptions { NotesRoot = folder.Notes, IndexPath = folder.Index, Full = true }).Run();

        var result = Search(new SearchRequest { Query = "compost soil", Mode = SearchMode.Hybrid });

        Assert.Equal("lexical", result.Mode);
        Assert.Contains(result.Notices, n => n.Contains("no passage vectors"));

        using var provider = new SearcherProvider(folder.Index);
        var similar = new EpisodeSearcher(provider).Similar(TopicNotes.IdOf(0), 5);
        Assert.Equal("lexical", similar.Mode);
        Assert.Contains(similar.Notices, n => n.Contains("no passage vectors"));
        Assert.NotEmpty(similar.Hits);
    }

    [Fact]
    public void AnIncrementalRunEmbedsOnlyTheChangedNoteAndKeepsTheModel()
    {
        var model = Path.GetFileName(Directory.GetFiles(folder.Index, "semantic-*.model").Single());
        TopicNotes.Revise(folder, 3);

        var report = Index();

        Assert.StartsWith("vectors: 1 episodes embedded", report.SemanticSummary);
        Assert.Equal(model, Path.GetFileName(Directory.GetFiles(folder.Index, "semantic-*.model").Single()));
        var result = Search(new SearchRequest { Query = "compost soil", Mode = SearchMode.Semantic, Limit = 100 });
        Assert.Equal("semantic", result.Mode);
        Assert.NotEmpty(result.Hits);
        // Every episode, the re-embedded one too, still has its passage vectors in the new commit.
        using var reader = Lucene.Net.Index.DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(folder.Index));
        var withVectors = reader.Leaves.Sum(leaf =>
        {
            var live = leaf.AtomicReader.LiveDocs;
            return SegmentVectors.For(leaf.AtomicReader).Episodes.Count(d => live is null || live.Get(d));
        });
        Assert.Equal(TopicNotes.Episodes, withVectors);
    }
}
