namespace PodSearch.SearchHost;

internal static class SearchIndexServices
{
    /// <summary>The index and the core searcher over it, opened once at start-up (a missing index stops the host with a message), and its refresher.</summary>
    public static IServiceCollection AddSearchIndex(this IServiceCollection services)
    {
        services.AddSingleton<SearchIndex>();
        services.AddSingleton(sp => new Core.Search.EpisodeSearcher(sp.GetRequiredService<SearchIndex>().Provider));
        services.AddSingleton<TimeBudget>();
        services.AddSingleton<SearchResultCache>();
        services.AddHostedService<IndexRefreshService>();
        return services;
    }
}
