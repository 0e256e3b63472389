using PodSearch.SearchHost.Suggestions;

namespace PodSearch.SearchHost;

/// <summary>What the host knows about the index generation it serves: for <c>/healthz</c> and suggestions.</summary>
public sealed record IndexSnapshot(long Generation, int Documents, int Episodes, DateTimeOffset LoadedAt, TimeSpan LoadTime, SuggestionIndex Suggestions);
