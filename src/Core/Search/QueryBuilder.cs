using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace PodSearch.Core.Search;

/// <summary>
/// Turns the text a person typed into a Lucene query, and never fails: control characters are dropped,
/// over-long or over-nested input is cut back, and a syntax error falls back to the plain words with a
/// notice saying so.
/// </summary>
internal sealed partial class QueryBuilder(Analyzer analyzer, SpellingCorrector corrector)
{
    public const int MaxLength = 1000;
    public const int MaxWords = 32;
    public const int MaxNesting = 16;

    /// <summary>
    /// Parses <paramref name="text"/>: plain words as a <see cref="CoverageQuery"/> (any word, more words rank
    /// higher), query syntax (operators, quotes, prefixes) by its meaning with AND between bare words.
    /// <paramref name="allWords"/>: plain words must all match (still ranked with the whole-note clause).
    /// </summary>
    public ParsedText Parse(string? text, IndexReader reader, FacetOrdinals ordinals, bool allWords = false)
    {
        var notices = new List<SearchNotice>();
        var cleaned = Clean(text ?? "", notices);
        if (cleaned.Length == 0)
            return new ParsedText(null, notices, null);

        Query? query = null;
        EpisodeQueryParser parser;
        // Typed words (most queries): any of them may match, more of them score more (see CoverageQuery).
        if (IsPlain(cleaned))
        {
            parser = NewParser(reader, ordinals, anyWord: !allWords);
            query = ParsePlainWords(parser, cleaned, lowerCase: false); // no operators to defuse; the case shapes the suggestion
            if (query is null || (query is BooleanQuery { Clauses.Count: 0 }))
            {
                notices.Add(new(SearchNotice.QueryNoWords, "no searchable words in the query; showing all episodes"));
                return new ParsedText(null, notices, null);
            }
            return new ParsedText(CoverageQuery.Build(query, cleaned), notices, Suggest(cleaned, parser.Corrections));
        }
        if (Nesting(cleaned) > MaxNesting)
        {
            notices.Add(new(SearchNotice.QueryNesting, $"the query nests brackets more than {MaxNesting} deep; searched for its words instead"));
            parser = NewParser(reader, ordinals, anyWord: false);
            query = ParsePlainWords(parser, cleaned);
        }
        else
        {
            parser = NewParser(reader, ordinals, anyWord: false);
            try
            {
                query = parser.Parse(cleaned);
            }
            catch (Exception ex) when (ex is ParseException or BooleanQuery.TooManyClausesException or ArgumentException or InvalidOperationException)
            {
                notices.Add(new(SearchNotice.QuerySyntax, $"could not read the query syntax ({FirstLine(ex.Message)}); searched for its words instead"));
                parser = NewParser(reader, ordinals, anyWord: false);
                query = ParsePlainWords(parser, cleaned);
            }
        }

        if (query is null || (query is BooleanQuery { Clauses.Count: 0 }))
        {
            notices.Add(new(SearchNotice.QueryNoWords, "no searchable words in the query; showing all episodes"));
            return new ParsedText(null, notices, null);
        }
        return new ParsedText(query, notices, Suggest(cleaned, parser.Corrections));
    }

    private EpisodeQueryParser NewParser(IndexReader reader, FacetOrdinals ordinals, bool anyWord)
    {
        var parser = new EpisodeQueryParser(analyzer, reader, ordinals, corrector);
        if (anyWord)
            parser.DefaultOperator = QueryParserBase.OR_OPERATOR;
        return parser;
    }

    private static Query? ParsePlainWords(EpisodeQueryParser parser, string text, bool lowerCase = true)
    {
        // Lower case so that AND/OR/NOT are words, not operators; only letters and digits survive.
        var words = WordPattern().Matches(text).Select(m => lowerCase ? m.Value.ToLowerInvariant() : m.Value).Take(MaxWords);
        var plain = string.Join(' ', words);
        if (plain.Length == 0)
            return null;
        try
        {
            return parser.Parse(plain);
        }
        catch (ParseException)
        {
            return null;
        }
    }

    private static string Clean(string text, List<SearchNotice> notices)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        foreach (var c in text)
        {
            if (builder.Length >= MaxLength)
            {
                notices.Add(new(SearchNotice.QueryCut, $"the query was cut to its first {MaxLength} characters"));
                break;
            }
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            builder.Append(char.IsControl(c) || category is UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned ? ' ' : c);
        }
        var cleaned = builder.ToString().Trim();
        var words = cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxWords)
        {
            notices.Add(new(SearchNotice.QueryWordsCut, $"the query was cut to its first {MaxWords} words"));
            cleaned = string.Join(' ', words.Take(MaxWords));
        }
        return cleaned;
    }

    private static int Nesting(string text)
    {
        int depth = 0, max = 0;
        foreach (var c in text)
        {
            if (c == '(')
                max = Math.Max(max, ++depth);
            else if (c == ')')
                depth = Math.Max(0, depth - 1);
        }
        return max;
    }

    private static string? Suggest(string text, List<(string Word, string Correction)> corrections)
    {
        if (corrections.Count == 0)
            return null;
        var suggestion = text;
        foreach (var (word, correction) in corrections)
        {
            var replacement = word.Length > 0 && char.IsUpper(word[0]) ? char.ToUpperInvariant(correction[0]) + correction[1..] : correction;
            suggestion = Regex.Replace(suggestion, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}(?![\p{{L}}\p{{N}}])", replacement.Replace("$", "$$"),
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
        }
        return suggestion == text ? null : suggestion;
    }

    /// <summary>
    /// Typed as words, not as query syntax: no AND/OR/NOT, no quotes, brackets, wildcards, boosts, no leading
    /// + or -, no known field prefix. A colon after another word, a hyphen inside a word or a question mark at a
    /// word's end are punctuation.
    /// </summary>
    internal static bool IsPlain(string text) => !OperatorPattern().IsMatch(text);

    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.Length > 120 ? line[..120] + "…" : line;
    }

    [GeneratedRegex(@"\b(AND|OR|NOT)\b|[""()\[\]{}*~^]|(^|[\s])[+\-!]\S|\?\w|(?i:\b(title|guests?|hosts?|summary|topics?|picks?|links|sponsors?|transcript|podcast|show|tag|year|picks_by|link_domain|all):\S)")]
    private static partial Regex OperatorPattern();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}

/// <summary>A parsed query (null: match everything) and what to tell the user about it.</summary>
internal sealed record ParsedText(Query? Query, IReadOnlyList<SearchNotice> Notices, string? Suggestion);
