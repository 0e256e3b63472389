namespace PodSearch.SearchHost.Suggestions;

/// <summary>
/// One as-you-type suggestion. <see cref="Field"/> and <see cref="Value"/> are the filter to apply
/// (<c>guest</c> = <c>Saša Jurić</c>), or for an episode <c>id</c> and its id. <see cref="Typo"/> is true when the
/// typed text matched only with one edit.
/// </summary>
public sealed record Suggestion(SuggestionKind Kind, string Text, string Field, string Value, int Count, bool Typo);
