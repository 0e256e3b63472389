using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PodSearch.Core.Search;

/// <summary>
/// Lucene's classic syntax with our fields: bare words search every text field at its weight
/// (<see cref="SearchFields.Weighted"/>), prefixes map to schema fields, facet prefixes match values
/// regardless of case and accents, and a word the index does not know gets fuzzy alternatives ranked below
/// exact matches, plus a "did you mean" correction.
/// </summary>
internal sealed class EpisodeQueryParser : QueryParser
{
    /// <summary>Stands for "no prefix": every weighted field.</summary>
    public const string AnyField = "_any";

    private const float FuzzyBoost = 0.25f;

    /// <summary>
    /// How many fuzzy, wildcard, prefix or regex terms one query may hold. Each walks the term dictionary of every
    /// searched field on every request; 105 queries with <c>~2</c> on every word raised other visitors' p90 from
    /// 2 ms to 1 s. A person types one or two of them.
    /// </summary>
    public const int MaxExpandedTerms = 8;

    private int expandedTerms;
    private readonly IndexReader reader;
    private readonly FacetOrdinals ordinals;
    private readonly SpellingCorrector corrector;

    public EpisodeQueryParser(Analyzer analyzer, IndexReader reader, FacetOrdinals ordinals, SpellingCorrector corrector)
        : base(LuceneVersion.LUCENE_48, AnyField, analyzer)
    {
        this.reader = reader;
        this.ordinals = ordinals;
        this.corrector = corrector;
        DefaultOperator = AND_OPERATOR;
        AllowLeadingWildcard = false;
    }

    /// <summary>Misspelt words met while parsing, with their correction (index form).</summary>
    public List<(string Word, string Correction)> Corrections { get; } = [];

    protected override Query? GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (field == AnyField)
            return AnyFieldQuery(queryText, quoted);
        if (SearchFields.IsSchemaField(field))
            return SearchFields.IsFacet(field) ? FacetValueQuery(field, queryText) : base.GetFieldQuery(field, queryText, quoted);
        if (!SearchFields.Prefixes.TryGetValue(field, out var mapped))
            return AnyFieldQuery($"{field} {queryText}", quoted);
        if (SearchFields.IsFacet(mapped))
            return FacetValueQuery(mapped, queryText);
        return base.GetFieldQuery(mapped, queryText, quoted);
    }

    protected override Query? GetFieldQuery(string field, string queryText, int slop)
    {
        if (field != AnyField)
            return base.GetFieldQuery(MapOrAny(field), queryText, slop);
        return AcrossFields(f => base.GetFieldQuery(f, queryText, slop));
    }

    /// <exception cref="SearchRequestException"><c>query_too_expensive</c> past <see cref="MaxExpandedTerms"/>.</exception>
    private void CountExpansion(string termStr)
    {
        if (++expandedTerms > MaxExpandedTerms)
            throw new SearchRequestException("query_too_expensive",
                $"the query has more than {MaxExpandedTerms} fuzzy, wildcard, prefix or regex terms (at '{termStr}'); use fewer", "q");
    }

    protected override Query GetRegexpQuery(string field, string termStr)
    {
        CountExpansion(termStr);
        return field == AnyField || !SearchFields.Prefixes.ContainsKey(field)
            ? AcrossFields(f => base.GetRegexpQuery(f, termStr)) ?? new BooleanQuery()
            : base.GetRegexpQuery(SearchFields.Prefixes[field], termStr);
    }

    protected override Query GetPrefixQuery(string field, string termStr)
    {
        CountExpansion(termStr);
        return field == AnyField || !SearchFields.Prefixes.ContainsKey(field)
            ? AcrossFields(f => base.GetPrefixQuery(f, termStr)) ?? new BooleanQuery()
            : base.GetPrefixQuery(SearchFields.Prefixes[field], termStr);
    }

    protected override Query GetWildcardQuery(string field, string termStr)
    {
        CountExpansion(termStr);
        return field == AnyField || !SearchFields.Prefixes.ContainsKey(field)
            ? AcrossFields(f => base.GetWildcardQuery(f, termStr)) ?? new BooleanQuery()
            : base.GetWildcardQuery(SearchFields.Prefixes[field], termStr);
    }

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity)
    {
        CountExpansion(termStr);
        return field == AnyField || !SearchFields.Prefixes.ContainsKey(field)
            ? AcrossFields(f => base.GetFuzzyQuery(f, termStr, minSimilarity)) ?? new BooleanQuery()
            : base.GetFuzzyQuery(SearchFields.Prefixes[field], termStr, minSimilarity);
    }

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        // A range without a prefix has no sensible target among text fields; titles are the least surprising.
        var mapped = MapOrAny(field);
        return base.GetRangeQuery(mapped == AnyField ? Indexing.IndexSchema.Title : mapped, part1, part2, startInclusive, endInclusive);
    }

    private static string MapOrAny(string field) =>
        SearchFields.Prefixes.TryGetValue(field, out var mapped) ? mapped : AnyField;

    private Query? AcrossFields(Func<string, Query?> perField)
    {
        var disjunction = new DisjunctionMaxQuery(0.1f);
        foreach (var (field, boost) in SearchFields.Weighted)
        {
            var query = perField(field);
            if (query is null)
                continue;
            query.Boost *= boost;
            disjunction.Add(query);
        }
        return disjunction.Disjuncts.Count == 0 ? null : disjunction;
    }

    private Query? AnyFieldQuery(string queryText, bool quoted)
    {
        var exact = AcrossFields(f => base.GetFieldQuery(f, queryText, quoted));
        if (exact is not DisjunctionMaxQuery disjunction || quoted)
            return exact;
        // Each field family analyses the word its own way (names are not stemmed), so look it up per field.
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, _) in SearchFields.Weighted.Concat(SearchFields.Fuzzy))
        {
            var analysed = Analyze(field, queryText);
            if (analysed.Count != 1)
                return exact;
            tokens[field] = analysed[0];
        }
        var correction = corrector.CorrectionFor(reader, tokens);
        if (correction is null)
            return exact;
        Corrections.Add((queryText, correction.Term));
        // The close terms were found once per reader (memoised); searching them is as cheap as exact terms,
        // unlike a FuzzyQuery, which builds its automaton and walks the term dictionary on every request.
        foreach (var alternative in correction.Alternatives)
        {
            var boost = SearchFields.Fuzzy.First(f => f.Field == alternative.Field).Boost;
            disjunction.Add(new TermQuery(new Term(alternative.Field, alternative.Term))
            {
                Boost = boost * FuzzyBoost / alternative.Distance,
            });
        }
        return disjunction;
    }

    private Query FacetValueQuery(string field, string value)
    {
        var matches = ordinals.Resolve(field, value);
        if (matches.Count == 1)
            return new TermQuery(new Term(field, matches[0]));
        var any = new BooleanQuery();
        foreach (var match in matches)
            any.Add(new TermQuery(new Term(field, match)), Occur.SHOULD);
        if (matches.Count == 0)
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        return any;
    }

    private readonly Dictionary<(bool Names, string Text), List<string>> analysed = [];

    /// <summary>The index analyser's tokens for <paramref name="text"/> in <paramref name="field"/>; fields share two analysers, so results are reused.</summary>
    private List<string> Analyze(string field, string text)
    {
        var key = (field is Indexing.IndexSchema.GuestsText or Indexing.IndexSchema.HostsText, text);
        if (!analysed.TryGetValue(key, out var tokens))
            analysed[key] = tokens = AnalyzeUncached(field, text);
        return tokens;
    }

    private static List<string> AnalyzeUncached(string field, string text)
    {
        var tokens = new List<string>();
        // The index analyser: synonyms would make one word several tokens.
        using var stream = SearchAnalysis.Index.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }
}
