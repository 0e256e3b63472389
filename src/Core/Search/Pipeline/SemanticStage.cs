using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PodSearch.Core.Concurrency;
using PodSearch.Core.Embeddings;
using PodSearch.Core.Semantic;

namespace PodSearch.Core.Search.Pipeline;

/// <summary>
/// The meaning ranker: encodes the query and ranks the episodes each filter view allows by their best passage
/// (<see cref="SemanticRanker"/>). It starts before the lexical ranker and runs beside it: the encoding on a free
/// core (or on the request's thread when it joins, if none was free), then the vector scan in chunks that free
/// cores share. When the index has no usable encoder, <see cref="Start"/> returns null with a notice and the
/// request runs lexically, saying so.
/// </summary>
internal sealed class SemanticStage(string indexPath)
{
    /// <summary>How many episodes each ranking contributes to fusion (and the most a semantic-only search returns).</summary>
    public const int FusionDepth = 100;

    /// <summary>
    /// A semantic hit counts as a match only when its similarity is at least this share of the best hit's.
    /// Every episode has some similarity to any query, so without a floor the semantic side always offers
    /// <see cref="FusionDepth"/> episodes and a hybrid total says "100 more" for any word. Measured on
    /// tests/Eval (BENCHMARKS.md): 0.6 keeps hybrid nDCG@10 and Recall@100 as they were, 0.8 starts to cost recall.
    /// </summary>
    public const double SimilarityFloor = 0.6;

    private readonly SemanticModelCache models = new(indexPath);

    /// <summary>Starts encoding and scanning for <paramref name="request"/>, or returns null (with a notice when the encoder is missing).</summary>
    public Running? Start(IndexReader reader, SearchRequest request, SearchFilters filters, int depth, List<SearchNotice> notices)
    {
        if (request.Mode == SearchMode.Lexical || string.IsNullOrWhiteSpace(request.Query))
            return null; // filters only: nothing to compare meanings with; the lexical ranker sorts by date
        var (embedder, problem) = models.For(reader);
        if (embedder is null)
        {
            notices.Add(new(SearchNotice.SemanticUnavailable, $"{SearchPipeline.ModeName(request.Mode)} search unavailable: {problem}; showing lexical results"));
            return null;
        }
        IReadOnlyList<Func<AtomicReaderContext, IBits?>> views =
            [AllowedBy(filters.Request), .. filters.DisjunctiveFields.Select(field => AllowedBy(filters.Without[field]))];
        // Semantic mode scans every passage: with no lexical list beside it, a passage the nearest clusters miss is
        // an episode lost (tuning half of tests/Eval, semantic nDCG@10: clusters 0.667, every passage 0.687; hybrid
        // 0.826 against 0.830). Hybrid keeps the clusters, the lexical list covers what they miss.
        var probeShare = request.ExactSemantic || request.Mode == SearchMode.Semantic ? 1 : SemanticRanker.ProbeShare;
        return new Running(reader, embedder, request, views, depth, probeShare);
    }

    /// <summary>The query's vector, or null with a notice when no word of it is known to the encoder.</summary>
    internal static (SemanticQuery? Query, SearchNotice? Notice) Encode(ITextEmbedder embedder, string text, SearchMode mode)
    {
        var words = WordTokenizer.Tokenize(text);
        var vector = embedder.EncodeQuery(text);
        if (vector.AsSpan().IndexOfAnyExcept(0f) < 0)
            return (null, new(SearchNotice.SemanticUnknownWords, $"no word of the query is known to the semantic model; {SearchPipeline.ModeName(mode)} search fell back to lexical results"));
        return (new SemanticQuery(vector, embedder, words), null);
    }

    /// <summary>
    /// The episodes closest in meaning to top-level document <paramref name="doc"/> (itself left out), or null
    /// with a notice when it has no passage vectors.
    /// </summary>
    public static List<SemanticHit>? RankLike(IndexReader reader, int doc, int depth, List<SearchNotice> notices)
    {
        var vector = EpisodeVector.Of(reader, doc);
        if (vector is null)
        {
            notices.Add(new(SearchNotice.NoPassageVectors, "this episode has no passage vectors (index built with --no-vectors?); similar episodes are found by words only"));
            return null;
        }
        var hits = SemanticRanker.Start(reader, vector, [_ => null], depth + 1, SharedWork.DefaultHelpers).Join();
        return hits.Where(h => h.Doc != doc).Take(depth).ToList();
    }

    private static List<SemanticHit> CloseEnough(List<SemanticHit> ranked)
    {
        if (ranked.Count == 0 || ranked[0].Score <= 0)
            return ranked;
        var floor = ranked[0].Score * SimilarityFloor;
        return ranked.Where(hit => hit.Score >= floor).ToList();
    }

    /// <summary>Per segment, the documents <paramref name="filter"/> accepts (null: all).</summary>
    private static Func<AtomicReaderContext, IBits?> AllowedBy(Filter? filter) => context =>
    {
        if (filter is null)
            return null;
        var set = filter.GetDocIdSet(context, context.AtomicReader.LiveDocs);
        if (set is null)
            return new Bits.MatchNoBits(context.AtomicReader.MaxDoc);
        if (set.Bits is { } bits)
            return bits;
        var fixedSet = new FixedBitSet(context.AtomicReader.MaxDoc);
        var iterator = set.GetIterator();
        if (iterator is not null)
            fixedSet.Or(iterator);
        return fixedSet;
    };

    /// <summary>A semantic ranking under way: the encoding, then the scan it starts.</summary>
    internal sealed class Running
    {
        private readonly SharedWork<(SemanticQuery? Query, SearchNotice? Notice)> encoding;
        private RankingScan? scan;

        public Running(IndexReader reader, ITextEmbedder embedder, SearchRequest request, IReadOnlyList<Func<AtomicReaderContext, IBits?>> views,
            int depth, double probeShare)
        {
            var cancellation = request.Cancellation;
            // One chunk: a free core encodes while the request's thread parses and runs the lexical query; the scan
            // is started by whichever thread finished the encoding, so it too runs beside the lexical query.
            encoding = SharedWork<(SemanticQuery? Query, SearchNotice? Notice)>.Start(1, _ => Encode(embedder, request.Query!, request.Mode), helpers: 1,
                results =>
                {
                    if (results[0].Query is { } query)
                        scan = SemanticRanker.Start(reader, query.Vector, views, depth, SharedWork.DefaultHelpers, probeShare, cancellation: cancellation);
                });
        }

        /// <summary>Every view's ranking above the similarity floor, or null (with a notice) when the query could not be encoded.</summary>
        public SemanticRanking? Join(List<SearchNotice> notices)
        {
            var (query, notice) = encoding.Join()[0];
            if (notice is not null)
                notices.Add(notice);
            if (query is null || scan is null)
                return null;
            var views = scan.JoinAll().Select(CloseEnough).ToArray();
            return new SemanticRanking(views, query.Words);
        }

        /// <summary>After a failure: no encoding or scan chunk may outlive the request's searcher lease.</summary>
        public void Abandon()
        {
            encoding.Abandon();
            scan?.Abandon();
        }
    }
}

/// <summary>
/// What the semantic ranker hands on: per filter view (0: the request's own filter, then one per disjunctive
/// facet field) the episodes above the similarity floor, best first; and the query's words for snippets.
/// </summary>
internal sealed record SemanticRanking(List<SemanticHit>[] Views, IReadOnlyList<string> Words)
{
    public List<SemanticHit> Hits => Views[0];

    /// <summary>Only the hits among <paramref name="allowed"/> (top-level doc ids), in every view.</summary>
    public SemanticRanking Within(Lucene.Net.Util.FixedBitSet allowed) =>
        this with { Views = [.. Views.Select(view => view.Where(hit => allowed.Get(hit.Doc)).ToList())] };
}
