using Lucene.Net.Index;
using Lucene.Net.Search;
using PodSearch.Core.Indexing;

namespace PodSearch.Core.Search;

/// <summary>What an index holds: <c>podsearch stats</c>.</summary>
public sealed record IndexStats
{
    public int Episodes { get; init; }
    public IReadOnlyList<FacetValue> EpisodesPerShow { get; init; } = [];
    public int Guests { get; init; }
    public int Hosts { get; init; }
    /// <summary>Distinct people, guests and hosts together (by exact name).</summary>
    public int People { get; init; }
    /// <summary>Distinct terms over the searchable text fields.</summary>
    public long Terms { get; init; }
    public long SizeBytes { get; init; }
    public int SchemaVersion { get; init; } = IndexSchema.Version;

    internal static IndexStats Compute(IndexSearcher searcher, string indexPath)
    {
        var reader = searcher.IndexReader;
        var ordinals = FacetOrdinals.For(reader);
        var counter = new FacetCountsCollector(ordinals, [IndexSchema.Podcast]);
        var episodes = new TotalHitCountCollector();
        var episodesOnly = new BooleanQuery
        {
            { new MatchAllDocsQuery(), Occur.MUST },
            { new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindOther)), Occur.MUST_NOT },
        };
        searcher.Search(episodesOnly, MultiCollector.Wrap(counter, episodes));
        var guests = ordinals.Field(IndexSchema.Guest).Values;
        var hosts = ordinals.Field(IndexSchema.Host).Values;
        long terms = 0;
        foreach (var (field, _) in SearchFields.Weighted)
        {
            var fieldTerms = MultiFields.GetTerms(reader, field);
            if (fieldTerms is null)
                continue;
            var iterator = fieldTerms.GetEnumerator();
            while (iterator.MoveNext())
                terms++;
        }
        return new IndexStats
        {
            Episodes = episodes.TotalHits,
            EpisodesPerShow = counter.Top(0, int.MaxValue),
            Guests = guests.Length,
            Hosts = hosts.Length,
            People = guests.Union(hosts, StringComparer.Ordinal).Count(),
            Terms = terms,
            SizeBytes = new DirectoryInfo(indexPath).EnumerateFiles().Sum(f => f.Length),
        };
    }
}
