namespace PodSearch.SearchHost.Suggestions;

/// <summary>What a suggestion names; the page opens an episode and turns the others into a filter.</summary>
public enum SuggestionKind { Episode, Guest, Host, Show, Tag }
