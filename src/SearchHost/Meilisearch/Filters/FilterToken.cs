namespace PodSearch.SearchHost.Meilisearch.Filters;

internal enum FilterTokenKind { Word, Quoted, Operator, OpenParen, CloseParen, OpenBracket, CloseBracket, Comma, End }

/// <summary>One token of a filter: a word (keywords are words), a quoted string with escapes undone, a comparison or punctuation.</summary>
internal sealed record FilterToken(FilterTokenKind Kind, string Text, int Start, int End)
{
    public bool IsKeyword(string keyword) => Kind == FilterTokenKind.Word && Text.Equals(keyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>A token that can be an attribute name or a value.</summary>
    public bool IsValue => Kind is FilterTokenKind.Word or FilterTokenKind.Quoted;
}
