using Lucene.Net.Analysis;
using PodSearch.Core.Analysis;

namespace PodSearch.Core.Search;

/// <summary>The analysers search uses: the index's own, so query words meet indexed terms.</summary>
internal static class SearchAnalysis
{
    /// <summary>For parsing queries: index analysis plus domain synonyms.</summary>
    public static Analyzer Query => Analyzers.Default.Query;

    /// <summary>For matching words of stored text in snippets: exactly as they were indexed.</summary>
    public static Analyzer Index => Analyzers.Default.Index;
}
