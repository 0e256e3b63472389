using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace PodSearch.Core.Analysis;

/// <summary>
/// Reads the built-in domain synonym list (<c>synonyms.txt</c>, embedded) plus an optional user file in the
/// same Solr format into one <see cref="SynonymMap"/>.
/// </summary>
internal static class SynonymFile
{
    private const string BuiltInResource = "PodSearch.Core.Analysis.synonyms.txt";

    /// <exception cref="SynonymFileException">The user file is missing or has a line that cannot be read.</exception>
    public static SynonymMap Load(string? userFile)
    {
        // Entries are analysed the way the synonym filter sees tokens: words, lower case, folded, not yet stemmed.
        using var entryAnalyzer = new SynonymEntryAnalyzer();
        var parser = new SolrSynonymParser(dedup: true, expand: true, entryAnalyzer);
        using (var builtIn = OpenBuiltIn())
            ParseInto(parser, builtIn, "built-in synonyms.txt");
        if (userFile is not null)
        {
            if (!File.Exists(userFile))
                throw new SynonymFileException($"synonym file '{userFile}' does not exist");
            using var reader = new StreamReader(userFile);
            ParseInto(parser, reader, userFile);
        }
        return parser.Build();
    }

    private static StreamReader OpenBuiltIn() =>
        new(typeof(SynonymFile).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"embedded resource {BuiltInResource} is missing from the build"));

    private static void ParseInto(SolrSynonymParser parser, TextReader reader, string source)
    {
        try
        {
            parser.Parse(reader);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Lucene's parser reports "Invalid synonym rule at line N"; keep that and name the file.
            throw new SynonymFileException($"{source}: {ex.Message}", ex);
        }
    }

    private sealed class SynonymEntryAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
            TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(stream));
        }
    }
}

/// <summary>A synonym file that cannot be used; the message names the file and, when known, the line.</summary>
public sealed class SynonymFileException(string message, Exception? inner = null) : Exception(message, inner);
