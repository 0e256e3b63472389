using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using PodSearch.Core.Indexing;

namespace PodSearch.Core.Analysis;

/// <summary>
/// The analysers every part of PodSearch shares, built once: <see cref="Index"/> for writing documents and
/// <see cref="Query"/> for parsing queries. Both are per-field wrappers that follow <see cref="IndexSchema"/>;
/// they differ only in that <see cref="Query"/> expands domain synonyms. Thread-safe (Lucene analysers keep
/// per-thread token streams).
/// </summary>
/// <remarks>
/// Field to analyser: prose fields (<see cref="IndexSchema.TextFieldWeights"/>) use <see cref="EnglishTextAnalyzer"/>;
/// <see cref="IndexSchema.GuestsText"/> and <see cref="IndexSchema.HostsText"/> use <see cref="PersonNameAnalyzer"/>;
/// the <c>*_key</c> fields use <see cref="NameKeyAnalyzer"/>; exact fields (facets, id) use
/// <see cref="KeywordAnalyzer"/>, so <c>podcast:js-jabber</c> parses to the one exact term.
/// </remarks>
internal sealed class Analyzers
{
    private static readonly Lazy<Analyzers> BuiltIn = new(() => Create(userSynonymsFile: null));

    private Analyzers(Analyzer index, Analyzer query)
    {
        Index = index;
        Query = query;
    }

    /// <summary>Built-in synonyms only.</summary>
    public static Analyzers Default => BuiltIn.Value;

    /// <summary>Analyses fields as they are written to the index.</summary>
    public Analyzer Index { get; }

    /// <summary>Analyses query text for any field: like <see cref="Index"/>, plus synonyms on prose fields.</summary>
    public Analyzer Query { get; }

    /// <summary>The name of the user synonym file that <c>podsearch index --synonyms FILE</c> copies into the index folder.</summary>
    public const string IndexSynonymsFileName = "synonyms.txt";

    /// <summary>
    /// The analysers for querying the index at <paramref name="indexPath"/>: the built-in synonyms plus the user
    /// file stored there by <c>podsearch index --synonyms</c>, if any. Search and host should use this rather than
    /// <see cref="Default"/> so one option at index time reaches every query.
    /// </summary>
    /// <exception cref="SynonymFileException">The stored file is malformed.</exception>
    public static Analyzers ForIndex(string indexPath)
    {
        var stored = Path.Combine(indexPath, IndexSynonymsFileName);
        return File.Exists(stored) ? Create(stored) : Default;
    }

    /// <summary>Analysers with the built-in synonyms plus those in <paramref name="userSynonymsFile"/> (Solr format).</summary>
    /// <exception cref="SynonymFileException">The file is missing or malformed.</exception>
    public static Analyzers Create(string? userSynonymsFile)
    {
        var synonyms = SynonymFile.Load(userSynonymsFile);
        return new Analyzers(
            Wrap(new EnglishTextAnalyzer()),
            Wrap(new EnglishTextAnalyzer(synonyms)));
    }

    /// <summary>The analyser of <see cref="IndexSchema.Baseline"/>, for indexing and querying it.</summary>
    public static Analyzer BaselineAnalyzer { get; } = new Lucene.Net.Analysis.En.EnglishAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48);

    private static PerFieldAnalyzerWrapper Wrap(Analyzer prose)
    {
        var names = new PersonNameAnalyzer();
        var keys = new NameKeyAnalyzer();
        var exact = new KeywordAnalyzer();
        var perField = new Dictionary<string, Analyzer>(StringComparer.Ordinal)
        {
            [IndexSchema.GuestsText] = names,
            [IndexSchema.HostsText] = names,
            [IndexSchema.TranscriptSpeaker] = names,
            // The baseline is stock Lucene (standard tokenizer, possessives, lower case, English stop words, Porter):
            // no folding, no synonyms, at index and query time alike.
            [IndexSchema.Baseline] = BaselineAnalyzer,
        };
        foreach (var field in IndexSchema.KeyFields)
            perField[field] = keys;
        foreach (var field in IndexSchema.ExactFields)
            perField[field] = exact;
        return new PerFieldAnalyzerWrapper(prose, perField);
    }
}
