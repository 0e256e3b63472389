using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PodSearch.Core.Analysis;
using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;
using PodSearch.Corpus.Tests.Notes;
using Xunit.Abstractions;

namespace PodSearch.Corpus.Tests.Indexing;

/// <summary>
/// The index of the shared corpus against the notes themselves: counts per person, show and year come from
/// parsing each note separately, never from the index.
/// </summary>
public sealed class CorpusIndexTests(CorpusIndexFixture corpus, ITestOutputHelper output) : IClassFixture<CorpusIndexFixture>
{
    [SkippableFact]
    public void EveryReadableNoteIsIndexedOnce()
    {
        Skip.If(SharedCorpus.Devchat is null, "../shared/corpus is not present");
        var report = corpus.Report!;
        var readable = corpus.Parsed!.Where(e => !e.Unreadable).ToList();
        output.WriteLine($"indexed {report.Indexed} notes ({report.IndexedEpisodes} episodes, {report.IndexedOthers} other) in {report.Elapsed.TotalSeconds:0.0} s, " +
                         $"{report.IndexSizeBytes / 1e6:0.0} MB, {report.Skipped.Count} skipped, {report.Warnings.Count} warnings");

        Assert.Equal(corpus.Parsed!.Count, report.NotesRead);
        Assert.Equal(readable.Count(e => e.Kind == EpisodeKind.Episode), report.IndexedEpisodes);
        Assert.Equal(readable.Count(e => e.Kind == EpisodeKind.Other), report.IndexedOthers);
        Assert.Equal(corpus.Parsed.Count - readable.Count, report.Skipped.Select(s => s.Path).Distinct().Count());
        using var reader = IndexMetadata.OpenReader(corpus.IndexPath!);
        Assert.Equal(readable.Count, reader.NumDocs);
    }

    [SkippableFact]
    public void PersonKeysMatchTheEpisodesThatNameEachPerson()
    {
        Skip.If(SharedCorpus.Devchat is null, "../shared/corpus is not present");
        using var reader = IndexMetadata.OpenReader(corpus.IndexPath!);
        var searcher = new IndexSearcher(reader);
        var readable = corpus.Parsed!.Where(e => !e.Unreadable).ToList();
        foreach (var (field, people) in new[] { (IndexSchema.GuestKey, (Func<Episode, IEnumerable<string>>)(e => e.Guests)), (IndexSchema.HostKey, e => e.Hosts) })
        {
            var expected = readable
                .SelectMany(e => people(e).Select(NameKey.Fold).Where(k => k.Length > 0).Distinct().Select(k => (Key: k, e.Id)))
                .GroupBy(p => p.Key)
                .ToDictionary(g => g.Key, g => g.Count());
            output.WriteLine($"{field}: {expected.Count} people");
            Assert.NotEmpty(expected);
            foreach (var (key, count) in expected)
                Assert.True(count == Count(searcher, new TermQuery(new Term(field, key))), $"{field} '{key}': notes say {count}");
        }
    }

    [SkippableFact]
    public void FacetCountsPerShowAndYearMatchTheNotes()
    {
        Skip.If(SharedCorpus.Devchat is null, "../shared/corpus is not present");
        using var reader = IndexMetadata.OpenReader(corpus.IndexPath!);
        var readable = corpus.Parsed!.Where(e => !e.Unreadable).ToList();
        var expectedShows = readable.GroupBy(e => e.Podcast).ToDictionary(g => g.Key, g => g.Count());
        var expectedYears = readable.Where(e => e.Date is not null).GroupBy(e => e.Date!.Value.Year.ToString()).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(expectedShows, CountDocValues(reader, IndexSchema.Podcast));
        Assert.Equal(expectedYears, CountDocValues(reader, IndexSchema.Year));
    }

    [SkippableFact]
    public void StoredDocumentsGiveBackTheParsedEpisodes()
    {
        Skip.If(SharedCorpus.Devchat is null, "../shared/corpus is not present");
        using var reader = IndexMetadata.OpenReader(corpus.IndexPath!);
        var searcher = new IndexSearcher(reader);
        // Every 10th note: enough to cover all shows and formats without reading 50 MB of stored fields.
        foreach (var parsed in corpus.Parsed!.Where(e => !e.Unreadable).OrderBy(e => e.Id, StringComparer.Ordinal).Where((_, i) => i % 10 == 0))
        {
            var hits = searcher.Search(new TermQuery(new Term(IndexSchema.Id, parsed.Id)), 2);
            Assert.Equal(1, hits.TotalHits);
            var stored = EpisodeDocument.ReadEpisode(searcher.Doc(hits.ScoreDocs[0].Doc));
            Assert.Equal(EpisodeJson.Serialize(parsed), EpisodeJson.Serialize(stored));
        }
    }

    [SkippableFact]
    public void ReRunOverTheUnchangedCorpusChangesNothing()
    {
        Skip.If(SharedCorpus.Devchat is null, "../shared/corpus is not present");
        var report = new EpisodeIndexer(new IndexingOptions { NotesRoot = SharedCorpus.Devchat!, IndexPath = corpus.IndexPath! }).Run();
        output.WriteLine($"no-change re-run: {report.Elapsed.TotalSeconds:0.00} s in process");
        Assert.Equal(corpus.Report!.Indexed, report.Unchanged);
        Assert.Equal(0, report.Indexed);
        Assert.Equal(0, report.Deleted);
        Assert.False(report.Committed);
    }

    private static int Count(IndexSearcher searcher, Query query) => searcher.Search(query, 1).TotalHits;

    private static Dictionary<string, int> CountDocValues(DirectoryReader reader, string field)
    {
        var counts = new Dictionary<string, int>();
        var scratch = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetSortedSetDocValues(field);
            if (values is null)
                continue;
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                    continue;
                values.SetDocument(doc);
                long ord;
                while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    values.LookupOrd(ord, scratch);
                    var key = scratch.Utf8ToString();
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }
        return counts;
    }
}
