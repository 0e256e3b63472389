using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PodSearch.Core.Analysis;
using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;

namespace PodSearch.Core.Tests.Indexing;

public sealed class EpisodeDocumentTests : IDisposable
{
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;

    public EpisodeDocumentTests()
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, Analyzers.Default.Index)))
        {
            writer.AddDocument(EpisodeDocument.From(SampleEpisodes.Elixir()));
            writer.AddDocument(EpisodeDocument.From(SampleEpisodes.Minimal("other-show/001", "other-show") with { Kind = EpisodeKind.Other }));
        }
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }

    private int Count(Query query) => searcher.Search(query, 10).TotalHits;

    private static PhraseQuery Phrase(string field, params string[] words)
    {
        var phrase = new PhraseQuery();
        foreach (var word in words)
            phrase.Add(new Term(field, AnalyzersTests_Tokens(field, word)));
        return phrase;
    }

    private static string AnalyzersTests_Tokens(string field, string word) =>
        PodSearch.Core.Tests.Analysis.AnalyzersTests.Tokens(Analyzers.Default.Index, field, word).Single();

    [Fact]
    public void IdAndKindAreExactTerms()
    {
        Assert.Equal(1, Count(new TermQuery(new Term(IndexSchema.Id, "beam-talk/042-supervisors"))));
        Assert.Equal(1, Count(new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindEpisode))));
        Assert.Equal(1, Count(new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindOther))));
    }

    [Fact]
    public void AccentlessNameFindsTheAccentedGuestByKeyAndByText()
    {
        Assert.Equal(1, Count(new TermQuery(new Term(IndexSchema.GuestKey, NameKey.Fold("Sasa Juric")))));
        Assert.Equal(1, Count(Phrase(IndexSchema.GuestsText, "Sasa", "Juric")));
        Assert.Equal(1, Count(new TermQuery(new Term(IndexSchema.Guest, "Saša Jurić"))));
        Assert.Equal(0, Count(new TermQuery(new Term(IndexSchema.Guest, "Sasa Juric"))));
    }

    [Fact]
    public void PhrasesMatchWithinATurnButNotAcrossTurns()
    {
        // "having me" is inside turn 2; "slogan" ends turn 2 and "crash" starts turn 3: adjacent in text, separated by the value gap.
        Assert.Equal(1, Count(Phrase(IndexSchema.Transcript, "having", "me")));
        Assert.Equal(0, Count(Phrase(IndexSchema.Transcript, "slogan", "crash")));
    }

    [Fact]
    public void PhrasesDoNotRunFromOneHostIntoTheNext()
    {
        Assert.Equal(1, Count(Phrase(IndexSchema.HostsText, "ada", "quill")));
        Assert.Equal(0, Count(Phrase(IndexSchema.HostsText, "quill", "bram")));
    }

    [Fact]
    public void FacetValuesAreNormalisedAndCountedOncePerEpisode()
    {
        var segment = reader.Leaves[0].AtomicReader;
        Assert.Equal(["elixir", "otp"], FacetValuesOf(segment, IndexSchema.Tag, 0));
        Assert.Equal(["Ada Quill", "Bram Oaks"], FacetValuesOf(segment, IndexSchema.Host, 0));
        Assert.Equal(["2019"], FacetValuesOf(segment, IndexSchema.Year, 0));
        Assert.Equal(["github.com", "manning.example"], FacetValuesOf(segment, IndexSchema.LinkDomain, 0));
        Assert.Equal(["Ada Quill", "Saša Jurić"], FacetValuesOf(segment, IndexSchema.PicksBy, 0));
        Assert.Equal(["beam-talk"], FacetValuesOf(segment, IndexSchema.Podcast, 0));
        Assert.Equal(1, Count(new TermQuery(new Term(IndexSchema.Host, "Bram Oaks"))));
    }

    private static List<string> FacetValuesOf(AtomicReader segment, string field, int doc)
    {
        var values = segment.GetSortedSetDocValues(field);
        values.SetDocument(doc);
        var result = new List<string>();
        var scratch = new BytesRef();
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            values.LookupOrd(ord, scratch);
            result.Add(scratch.Utf8ToString());
        }
        return result;
    }

    [Fact]
    public void NumbersSupportRangesAndSorting()
    {
        var episode = SampleEpisodes.Elixir();
        var day = episode.Date!.Value.Date;
        Assert.Equal(1, Count(NumericRangeQuery.NewInt64Range(IndexSchema.DateTicks, day.Ticks, day.AddDays(1).Ticks, true, false)));
        Assert.Equal(0, Count(NumericRangeQuery.NewInt64Range(IndexSchema.DateTicks, day.AddDays(1).Ticks, null, true, true)));
        Assert.Equal(1, Count(NumericRangeQuery.NewInt32Range(IndexSchema.DurationSeconds, 3600, 4100, true, true)));
        Assert.Equal(1, Count(NumericRangeQuery.NewInt32Range(IndexSchema.EpisodeNumber, 42, 42, true, true)));
        var segment = reader.Leaves[0].AtomicReader;
        Assert.Equal(episode.Date.Value.Ticks, segment.GetNumericDocValues(IndexSchema.DateTicks).Get(0));
        Assert.Equal(4091, segment.GetNumericDocValues(IndexSchema.DurationSeconds).Get(0));
        var newest = searcher.Search(new MatchAllDocsQuery(), null, 2, new Sort(new SortField(IndexSchema.DateTicks, SortFieldType.INT64, true)));
        Assert.Equal("beam-talk/042-supervisors", searcher.Doc(newest.ScoreDocs[0].Doc).Get(IndexSchema.Id));
    }

    [Fact]
    public void StoredDocumentGivesBackTheWholeEpisode()
    {
        var original = SampleEpisodes.Elixir();
        var stored = searcher.Doc(searcher.Search(new TermQuery(new Term(IndexSchema.Id, original.Id)), 1).ScoreDocs[0].Doc);
        var roundTrip = EpisodeDocument.ReadEpisode(stored);
        Assert.Equal(EpisodeJson.Serialize(original), EpisodeJson.Serialize(roundTrip));
        Assert.Equal(original.Title, stored.Get(IndexSchema.Title));
        Assert.Equal("Beam Talk", stored.Get(IndexSchema.PodcastTitle));
        Assert.Equal(["Ada Quill", "Saša Jurić", "Ada Quill"], stored.GetValues(IndexSchema.TranscriptSpeaker));
        // The transcript is stored once, turn by turn, not again inside the JSON.
        Assert.DoesNotContain("Let it crash", stored.Get(IndexSchema.EpisodeJson));
    }

    [Fact]
    public void TranscriptOffsetsFollowTheDocumentedValueLayout()
    {
        // IndexSchema.OffsetGap: value i starts at the sum of the earlier values' lengths plus one gap each.
        var turns = SampleEpisodes.Elixir().Transcript;
        var start = turns[0].Text.Length + IndexSchema.OffsetGap + turns[1].Text.Length + IndexSchema.OffsetGap;
        var expected = start + turns[2].Text.IndexOf("debugging", StringComparison.Ordinal);

        var segment = reader.Leaves[0].AtomicReader;
        var terms = segment.GetTerms(IndexSchema.Transcript).GetEnumerator();
        Assert.True(terms.SeekExact(new BytesRef(AnalyzersTests_Tokens(IndexSchema.Transcript, "debugging"))));
        var postings = terms.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
        Assert.Equal(0, postings.NextDoc());
        postings.NextPosition();
        Assert.Equal(expected, postings.StartOffset);
    }

    [Fact]
    public void CatchAllFieldHoldsShortTextButNotTheTranscript()
    {
        Assert.Equal(1, Count(new TermQuery(new Term(IndexSchema.All, AnalyzersTests_Tokens(IndexSchema.All, "supervision")))));
        Assert.Equal(1, Count(new TermQuery(new Term(IndexSchema.All, AnalyzersTests_Tokens(IndexSchema.All, "boots")))));
        Assert.Equal(0, Count(new TermQuery(new Term(IndexSchema.All, AnalyzersTests_Tokens(IndexSchema.All, "debugging")))));
    }
}
