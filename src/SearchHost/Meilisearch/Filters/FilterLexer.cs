using System.Text;

namespace PodSearch.SearchHost.Meilisearch.Filters;

/// <summary>Cuts a filter expression into <see cref="FilterToken"/>s, as Meilisearch reads them: unquoted words end at
/// white space or one of <c>()[],=!&lt;&gt;'"</c>; quoted strings take <c>'</c> or <c>"</c> with backslash escapes.</summary>
internal static class FilterLexer
{
    private const string Delimiters = "()[],=!<>'\"";

    public static List<FilterToken> Tokenize(string source)
    {
        var tokens = new List<FilterToken>();
        var i = 0;
        while (true)
        {
            while (i < source.Length && char.IsWhiteSpace(source[i]))
                i++;
            if (i == source.Length)
            {
                tokens.Add(new FilterToken(FilterTokenKind.End, "", i, i));
                return tokens;
            }
            var start = i;
            var c = source[i];
            switch (c)
            {
                case '(': tokens.Add(new(FilterTokenKind.OpenParen, "(", i, ++i)); break;
                case ')': tokens.Add(new(FilterTokenKind.CloseParen, ")", i, ++i)); break;
                case '[': tokens.Add(new(FilterTokenKind.OpenBracket, "[", i, ++i)); break;
                case ']': tokens.Add(new(FilterTokenKind.CloseBracket, "]", i, ++i)); break;
                case ',': tokens.Add(new(FilterTokenKind.Comma, ",", i, ++i)); break;
                case '=':
                    tokens.Add(new(FilterTokenKind.Operator, "=", i, ++i));
                    break;
                case '!' or '<' or '>':
                    i++;
                    if (i < source.Length && source[i] == '=')
                        i++;
                    else if (c == '!')
                        throw new FilterSyntaxException("Found `!` alone: use `!=` to exclude a value or `NOT` before a condition.", start, i, source);
                    tokens.Add(new(FilterTokenKind.Operator, source[start..i], start, i));
                    break;
                case '\'' or '"':
                    tokens.Add(Quoted(source, ref i));
                    break;
                default:
                    while (i < source.Length && !char.IsWhiteSpace(source[i]) && !Delimiters.Contains(source[i]))
                        i++;
                    tokens.Add(new(FilterTokenKind.Word, source[start..i], start, i));
                    break;
            }
        }
    }

    private static FilterToken Quoted(string source, ref int i)
    {
        var start = i;
        var quote = source[i++];
        var text = new StringBuilder();
        while (i < source.Length && source[i] != quote)
        {
            if (source[i] == '\\' && i + 1 < source.Length)
                i++;
            text.Append(source[i++]);
        }
        if (i == source.Length)
            throw new FilterSyntaxException($"Expression `{source[start..]}` is missing the closing `{quote}`.", start, source.Length, source);
        i++;
        return new FilterToken(FilterTokenKind.Quoted, text.ToString(), start, i);
    }
}
