using System.Text.RegularExpressions;
using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;
using PodSearch.Core.Search;

namespace PodSearch.Corpus.Tests.Search;

/// <summary>Issue 3, must show 2: ranking, person search, typos, phrases and NOT on the real corpus.</summary>
[Collection(SearchCorpusCollection.Name)]
public sealed class RankingCorpusTests(SearchCorpusFixture corpus)
{
    private const string Cesarini = "Francesco Cesarini";

    private Episode ElixirMixWithCesarini() => corpus.Episodes.Single(e =>
        e.Podcast == "elixir-mix" && e.Guests.Any(g => SearchCorpusFixture.PersonKey(g) == SearchCorpusFixture.PersonKey(Cesarini)));

    private HashSet<string> WithGuest(string name) => corpus.Episodes
        .Where(e => e.Guests.Any(g => SearchCorpusFixture.PersonKey(g) == SearchCorpusFixture.PersonKey(name)))
        .Select(e => e.Id).ToHashSet();

    [SkippableFact]
    public void FaultTolerantPutsTheElixirMixCesariniEpisodeInTheTopThree()
    {
        Skip.If(corpus.Searcher is null, "../shared/corpus is not present");
        var target = ElixirMixWithCesarini().Id;

        var hits = corpus.Searcher!.Search(new SearchRequest { Query = "fault tolerant", Limit = 3 }).Hits;

        Assert.Contains(target, hits.Select(h => h.Id));
    }

    [SkippableFact]
    public void GuestPrefixFindsExactlyTheGuestsEpisodes()
    {
        Skip.If(corpus.Searcher is null, "../shared/corpus is not present");

        var found = corpus.AllIds(new SearchRequest { Query = $"guest:\"{Cesarini}\"" });

        Assert.Contains(ElixirMixWithCesarini().Id, found);
        Assert.True(WithGuest(Cesarini).SetEquals(found), $"expected {string.Join(", ", WithGuest(Cesarini))}; found {string.Join(", ", found)}");
    }

    [SkippableFact]
    public void GuestFilterFindsTheEpisode()
    {
        Skip.If(corpus.Searcher is null, "../shared/corpus is not present");

        var found = corpus.AllIds(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { [IndexSchema.Guest] = [Cesarini] } });

        Assert.Contains(ElixirMixWithCesarini().Id, found);
        Assert.True(WithGuest(Cesarini).SetEquals(found));
    }

    [SkippableFact]
    public void TheTypoCesarniFindsTheEpisodeAndSuggestsTheName()
    {
        Skip.If(corpus.Searcher is null, "../shared/corpus is not present");

        var result = corpus.Searcher!.Search(new SearchRequest { Query = "Cesarni", Limit = 10 });

        Assert.Contains(ElixirMixWithCesarini().Id, result.Hits.Select(h => h.Id));
        Assert.Equal("Cesarini", result.Suggestion);
    }

    [SkippableFact]
    public void MisspeltTopicWordsStillFindTheEpisode()
    {
        Skip.If(corpus.Searcher is null, "../shared/corpus is not present");

        var result = corpus.Searcher!.Search(new SearchRequest { Query = "fualt tolerant", Limit = 10 });

        Assert.Contains(ElixirMixWithCesarini().Id, result.Hits.Select(h => h.Id));
        Assert.Equal("fault tolerant", result.Suggestion);
    }

    [SkippableTheory]
    [InlineData("fault tolerant", @"\bfault\W+toleran\w*")]
    [InlineData("pair programming", @"\bpair\w*\W+program\w*")]
    [InlineData("test driven development", @"\btest\w*\W+driven\W+develop\w*")]
    public void PhraseQueriesReturnOnlyEpisodesContainingThePhrase(string phrase, string pattern)
    {
        Skip.If(corpus.Searcher is null, "../shared/corpus is not present");
        var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var literal = new Regex($@"\b{Regex.Escape(phrase).Replace(@"\ ", @"[\s-]+")}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        var found = corpus.AllIds(new SearchRequest { Query = $"\"{phrase}\"" });

        Assert.NotEmpty(found);
        var byId = corpus.Episodes.ToDictionary(e => e.Id);
        // Precision: each hit says the phrase (up to stemming) in one of its searchable texts.
        Assert.All(found, id => Assert.True(Texts(byId[id]).Any(regex.IsMatch), $"{id} does not contain \"{phrase}\""));
        // Recall: every episode whose summary, title, topics or transcript has the exact phrase is found.
        var literalIds = corpus.Episodes.Where(e => Texts(e).Any(literal.IsMatch)).Select(e => e.Id).ToHashSet();
        Assert.Empty(literalIds.Except(found));
        Console.WriteLine($"\"{phrase}\": {found.Count} hits, {literalIds.Count} with the literal phrase");
    }

    [SkippableFact]
    public void NotExcludesEpisodesMentioningTheWord()
    {
        Skip.If(corpus.Searcher is null, "../shared/corpus is not present");
        var phoenix = new Regex(@"\bphoenix\b", RegexOptions.IgnoreCase);

        var all = corpus.AllIds(new SearchRequest { Query = "elixir" });
        var without = corpus.AllIds(new SearchRequest { Query = "elixir -phoenix" });
        var with = corpus.AllIds(new SearchRequest { Query = "elixir +phoenix" });

        Assert.NotEmpty(with);
        Assert.NotEmpty(without);
        Assert.Empty(without.Intersect(with));
        Assert.True(all.SetEquals(without.Union(with)));
        var byId = corpus.Episodes.ToDictionary(e => e.Id);
        Assert.All(without, id => Assert.DoesNotContain(Texts(byId[id]), phoenix.IsMatch));
    }

    [SkippableFact]
    public void AccentInsensitivePersonSearch()
    {
        Skip.If(corpus.Searcher is null, "../shared/corpus is not present");
        var accented = corpus.Episodes.SelectMany(e => e.Guests).FirstOrDefault(g => g.Any(c => c > 127 && char.IsLetter(c)) && g.All(c => char.IsLetter(c) || c == ' '));
        Skip.If(accented is null, "no guest with an accented name in the corpus");
        var plain = SearchCorpusFixture.PersonKey(accented);

        var byFilter = corpus.AllIds(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { [IndexSchema.Guest] = [plain] } });
        var byQuery = corpus.AllIds(new SearchRequest { Query = $"guest:\"{plain}\"" });

        Assert.True(WithGuest(accented).SetEquals(byFilter), $"filter '{plain}' for '{accented}'");
        Assert.True(WithGuest(accented).SetEquals(byQuery), $"guest:\"{plain}\" for '{accented}'");
    }

    /// <summary>The texts search matches words in (everything but URLs).</summary>
    private static IEnumerable<string> Texts(Episode e) =>
        new[] { e.Title, e.Summary ?? "" }
            .Concat(e.Topics.Select(t => t.Text))
            .Concat(e.Picks.SelectMany(p => p.Items.Select(i => i.Text)))
            .Concat(e.Links.Select(l => l.Text))
            .Concat(e.Sponsors)
            .Concat(e.Guests)
            .Concat(e.Hosts)
            .Concat(e.Transcript.Select(t => t.Text));
}
