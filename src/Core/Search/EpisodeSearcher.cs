using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;

namespace PodSearch.Core.Search;

/// <summary>
/// Answers <see cref="SearchRequest"/>s against the index of a <see cref="SearcherProvider"/>: ranked hits with
/// snippets, exact totals and facet counts. Thread-safe; build one per index and share it.
/// </summary>
/// <remarks>
/// Counts for a facet field that is itself filtered are disjunctive: they are computed as if that field's
/// filter were off, so a UI can offer the other values. Every request runs lexically for now;
/// <see cref="SearchResult.Mode"/> says so.
/// </remarks>
public sealed class EpisodeSearcher
{
    /// <summary>The largest page a request may ask for; larger limits are cut to this.</summary>
    public const int MaxLimit = 100;
    /// <summary>Paging deeper than this is refused: nobody reads page 1,000, and it costs a full sort.</summary>
    public const int MaxOffset = 10_000;

    private readonly SearcherProvider provider;
    private readonly Analyzer analyzer;
    private readonly QueryBuilder queryBuilder;
    private readonly Semantic.HybridSearch hybrid;

    public EpisodeSearcher(SearcherProvider provider)
    {
        this.provider = provider;
        hybrid = new Semantic.HybridSearch(provider.IndexPath);
        // The index's own analysers: its stored user synonyms (podsearch index --synonyms) reach every query.
        var analyzers = Analysis.Analyzers.ForIndex(provider.IndexPath);
        analyzer = analyzers.Index;
        queryBuilder = new QueryBuilder(analyzers.Query, new SpellingCorrector());
    }

    /// <exception cref="SearchRequestException">An unknown facet field, an inverted range, negative paging.</exception>
    public SearchResult Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        FilterBuilder.Validate(request);
        if (request.Offset > MaxOffset)
            throw new SearchRequestException("invalid_paging", $"offset may be at most {MaxOffset}");
        using var lease = provider.Acquire();
        var searcher = lease.Searcher;
        var reader = searcher.IndexReader;
        var ordinals = FacetOrdinals.For(reader);
        var limit = Math.Min(request.Limit, MaxLimit);
        var notices = new List<string>();

        var filter = FilterBuilder.Build(request, ordinals);
        // Semantic and hybrid modes (see Semantic/HybridSearch): null, with a notice, when they cannot run.
        var semantic = request.Mode == SearchMode.Lexical ? null : hybrid.Prepare(reader, request, notices);
        var depth = semantic is null ? request.Offset + limit : Math.Max(request.Offset + limit, Semantic.HybridSearch.FusionDepth);
        // The vector scan starts first and runs beside parsing and the lexical query (on another core when one is free).
        // Each filtered facet field is counted as if its own filter were off: those filters are built once, here.
        var withoutField = Semantic.HybridSearch.DisjunctiveFacets(request)
            .ToDictionary(field => field, field => FilterBuilder.Build(request, ordinals, without: field), StringComparer.Ordinal);
        var semanticRanking = semantic is null ? null : hybrid.StartRanking(reader, semantic, filter, [.. withoutField.Values], depth, request.ExactSemantic);
        try
        {
            return Complete(request, searcher, ordinals, filter, withoutField, semantic, semanticRanking, depth, limit, notices, clock);
        }
        finally
        {
            semanticRanking?.Abandon(); // after a failure, no chunk may outlive the lease
        }
    }

    private SearchResult Complete(SearchRequest request, IndexSearcher searcher, FacetOrdinals ordinals, Filter? filter,
        Dictionary<string, Filter?> withoutField, Semantic.SemanticQuery? semantic, Semantic.RankingScan? semanticRanking, int depth, int limit, List<string> notices, Stopwatch clock)
    {
        var reader = searcher.IndexReader;
        var parsed = queryBuilder.Parse(request.Query, reader, ordinals);
        var pass = Run(searcher, request, parsed, filter, ordinals, depth, collectMatches: semantic is not null);
        if (pass.Ranked.Total == 0 && parsed.Relaxable)
        {
            var relaxed = queryBuilder.Parse(request.Query, reader, ordinals, anyWord: true);
            var relaxedPass = Run(searcher, request, relaxed, filter, ordinals, depth, collectMatches: semantic is not null);
            if (relaxedPass.Ranked.Total > 0)
            {
                notices.Add("no episode has all the words; showing episodes with any of them");
                (parsed, pass) = (relaxed, relaxedPass);
            }
        }
        notices.InsertRange(0, parsed.Notices);

        var snippets = request.Snippets ? new SnippetBuilder(pass.Terms) : null;
        if (semantic is not null && semanticRanking is not null)
        {
            var lexical = new Semantic.LexicalOutcome
            {
                Ranked = pass.Ranked.Docs,
                Total = pass.Ranked.Total,
                Matching = pass.Text is null ? null : Filtered(pass.Text, filter),
                Matched = pass.Matches?.Docs,
                Counts = pass.Counter,
                CountedFields = pass.FacetFields,
                FilterWithout = field => field is null ? filter : withoutField[field],
                Filtered = f => Filtered(pass.Text, f),
                ToHits = page => ToHits(reader, page, snippets),
                Ordinals = ordinals,
            };
            return hybrid.Complete(request, searcher, semantic, semanticRanking, lexical, parsed.Suggestion, notices, clock, limit);
        }
        var hits = ToHits(reader, pass.Ranked.Docs.Skip(request.Offset).Take(limit).ToList(), snippets);

        return new SearchResult
        {
            Query = request.Query ?? "",
            Total = pass.Ranked.Total,
            Suggestion = parsed.Suggestion,
            Hits = hits,
            Facets = CountFacets(searcher, request, pass, ordinals, withoutField),
            Notices = notices,
            Mode = "lexical",
            TookMs = clock.Elapsed.TotalMilliseconds,
        };
    }

    /// <summary>
    /// Values of one facet field over the episodes matching <paramref name="query"/> (all episodes when null),
    /// optionally only those starting with <paramref name="prefix"/> (the value or any of its words, case and
    /// accents ignored), most frequent first.
    /// </summary>
    public IReadOnlyList<FacetValue> FacetValues(string field, string? query = null, string? prefix = null, int top = 10)
    {
        if (!IndexSchema.FacetFields.Contains(field))
            throw new SearchRequestException("unknown_facet", $"unknown facet field '{field}'; use one of {string.Join(", ", IndexSchema.FacetFields)}");
        using var lease = provider.Acquire();
        var searcher = lease.Searcher;
        var ordinals = FacetOrdinals.For(searcher.IndexReader);
        var parsed = queryBuilder.Parse(query, searcher.IndexReader, ordinals);
        var counter = new FacetCountsCollector(ordinals, [field]);
        searcher.Search(EpisodesOnly(parsed.Query), counter);
        var field_ = ordinals.Field(field);
        var folded = prefix is null ? null : Analysis.NameKey.Fold(prefix);
        Func<int, bool>? accept = string.IsNullOrEmpty(folded) ? null : ord => StartsWithWord(field_.Folded[ord], folded);
        return FacetTop.Select(field_.Values, counter.Counts[0], top, accept);
    }

    /// <summary>The stored episode with this id, or null.</summary>
    public Episode? Show(string id)
    {
        using var lease = provider.Acquire();
        var doc = FindDoc(lease.Searcher, id);
        return doc < 0 ? null : EpisodeStore.Load(lease.Searcher.IndexReader, doc).Episode;
    }

    /// <summary>
    /// Episodes most like the one with id <paramref name="id"/>, best first: by its words, people and show
    /// (<see cref="SimilarQuery"/>), by meaning (its passage vectors, <see cref="Semantic.EpisodeVector"/>), or
    /// both fused (hybrid, the default), as for <see cref="Search"/>.
    /// </summary>
    /// <exception cref="SearchRequestException">No episode has this id (<c>unknown_episode</c>).</exception>
    public SearchResult Similar(string id, int limit = 10, SearchMode mode = SearchMode.Hybrid)
    {
        var clock = Stopwatch.StartNew();
        using var lease = provider.Acquire();
        var searcher = lease.Searcher;
        var reader = searcher.IndexReader;
        var doc = FindDoc(searcher, id);
        if (doc < 0)
            throw new SearchRequestException("unknown_episode", $"no episode with id '{id}'");
        limit = Math.Min(limit, MaxLimit);
        var notices = new List<string>();
        var semantic = mode == SearchMode.Lexical ? null : Semantic.HybridSearch.RankLike(reader, doc, Math.Max(limit, Semantic.HybridSearch.FusionDepth), notices);
        if (semantic is null)
            mode = SearchMode.Lexical;
        var episode = EpisodeStore.Load(reader, doc).Episode;
        var ranked = mode == SearchMode.Semantic
            ? new RankedDocs([], 0)
            : LexicalRanker.Rank(searcher, EpisodesOnly(SimilarQuery.Build(reader, analyzer, episode)), null, semantic is null ? limit : Math.Max(limit, Semantic.HybridSearch.FusionDepth));
        var result = semantic is null
            ? new SearchResult { Total = ranked.Total, Hits = ToHits(reader, ranked.Docs, new SnippetBuilder([])) }
            : Semantic.HybridSearch.FuseSimilar(ranked, semantic, mode, limit, page => ToHits(reader, page, new SnippetBuilder([])));
        return result with
        {
            Query = id,
            Notices = notices,
            Mode = Semantic.HybridSearch.ModeName(mode),
            TookMs = clock.Elapsed.TotalMilliseconds,
        };
    }

    /// <summary>Episodes per show, distinct people, distinct terms and the index's size on disk.</summary>
    public IndexStats Stats()
    {
        using var lease = provider.Acquire();
        return IndexStats.Compute(lease.Searcher, provider.IndexPath);
    }

    private Pass Run(IndexSearcher searcher, SearchRequest request, ParsedText parsed, Filter? filter, FacetOrdinals ordinals, int depth, bool collectMatches)
    {
        Query? text = parsed.Query is null ? null : searcher.Rewrite(parsed.Query);
        var query = Filtered(text, filter);
        var facetFields = request.Facets.Distinct().Where(f => !request.Filters.ContainsKey(f)).ToList();
        var counter = facetFields.Count == 0 ? null : new FacetCountsCollector(ordinals, facetFields);
        var matches = collectMatches ? new MatchSetCollector(searcher.IndexReader.MaxDoc) : null;
        ICollector? alongside = (counter, matches) switch
        {
            (null, null) => null,
            (not null, null) => counter,
            (null, not null) => matches,
            _ => MultiCollector.Wrap(counter, matches),
        };
        var ranked = LexicalRanker.Rank(searcher, query, SortFor(request, text is null), depth, alongside);
        return new Pass(ranked, text, counter, facetFields, TermsOf(text), matches);
    }

    private IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> CountFacets(IndexSearcher searcher, SearchRequest request, Pass pass,
        FacetOrdinals ordinals, Dictionary<string, Filter?> withoutField)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        foreach (var field in request.Facets.Distinct())
        {
            var index = pass.FacetFields.IndexOf(field);
            if (index >= 0)
            {
                facets[field] = pass.Counter!.Top(index, request.FacetTop);
                continue;
            }
            // Disjunctive: count this field as if its own filter were off.
            var counter = new FacetCountsCollector(ordinals, [field]);
            searcher.Search(Filtered(pass.Text, withoutField[field]), counter);
            facets[field] = counter.Top(0, request.FacetTop);
        }
        return facets;
    }

    private static Query Filtered(Query? text, Filter? filter)
    {
        var query = EpisodesOnly(text);
        return filter is null ? query : new FilteredQuery(query, filter);
    }

    /// <summary>Notes that are not episodes (show pages, blog posts) may be in the index; search never returns them.</summary>
    private static Query EpisodesOnly(Query? query)
    {
        var episodes = new BooleanQuery
        {
            { query ?? new MatchAllDocsQuery(), Occur.MUST },
            { new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindOther)), Occur.MUST_NOT },
        };
        return episodes;
    }

    private static Sort? SortFor(SearchRequest request, bool filtersOnly)
    {
        var sort = request.Sort == SearchSort.Relevance && filtersOnly ? SearchSort.Newest : request.Sort;
        return sort switch
        {
            SearchSort.Newest => new Sort(new SortField(IndexSchema.DateTicks, SortFieldType.INT64, reverse: true)),
            SearchSort.Oldest => new Sort(new SortField(IndexSchema.DateTicks, SortFieldType.INT64, reverse: false)),
            _ => null,
        };
    }

    private static HashSet<Term> TermsOf(Query? query)
    {
        var terms = new HashSet<Term>();
        if (query is null)
            return terms;
        try
        {
            query.ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            // Some rewritten multi-term queries cannot list their terms; snippets then mark what they can.
        }
        // Words matched through the catch-all are the same analysed terms in the stored prose fields.
        foreach (var term in terms.Where(t => t.Field == IndexSchema.All).ToList())
        {
            foreach (var field in SearchFields.ThroughAll)
                terms.Add(new Term(field, term.Text));
        }
        return terms;
    }

    /// <summary>The hits of a page of top-level documents; without snippets when <paramref name="snippets"/> is null.</summary>
    private static List<EpisodeHit> ToHits(IndexReader reader, IReadOnlyList<ScoreDoc> page, SnippetBuilder? snippets)
    {
        var stored = page.Select(d => EpisodeStore.Load(reader, d.Doc)).ToList();
        var passages = snippets?.Build(reader, page.Select(d => d.Doc).ToList(), stored)
            ?? Enumerable.Repeat<IReadOnlyList<Snippet>>([], page.Count).ToArray();
        var hits = new List<EpisodeHit>(page.Count);
        for (var i = 0; i < page.Count; i++)
        {
            var episode = stored[i].Episode;
            hits.Add(new EpisodeHit
            {
                Id = episode.Id,
                Title = episode.Title,
                Podcast = episode.Podcast,
                PodcastTitle = episode.PodcastTitle,
                Date = episode.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Guests = episode.Guests,
                Hosts = episode.Hosts,
                Score = float.IsNaN(page[i].Score) ? 0 : Math.Round(page[i].Score, 4),
                Snippets = passages[i],
            });
        }
        return hits;
    }

    private static int FindDoc(IndexSearcher searcher, string id)
    {
        var top = searcher.Search(new TermQuery(new Term(IndexSchema.Id, id)), 1);
        return top.TotalHits == 0 ? -1 : top.ScoreDocs[0].Doc;
    }

    private static bool StartsWithWord(string folded, string prefix)
    {
        if (folded.StartsWith(prefix, StringComparison.Ordinal))
            return true;
        for (var i = folded.IndexOf(' '); i >= 0; i = folded.IndexOf(' ', i + 1))
        {
            if (string.CompareOrdinal(folded, i + 1, prefix, 0, prefix.Length) == 0)
                return true;
        }
        return false;
    }

    private sealed record Pass(RankedDocs Ranked, Query? Text, FacetCountsCollector? Counter, List<string> FacetFields, HashSet<Term> Terms, MatchSetCollector? Matches);
}
