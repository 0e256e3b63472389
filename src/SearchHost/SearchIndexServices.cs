namespace PodSearch.SearchHost;

internal static class SearchIndexServices
{
    /// <summary>The index and the core searcher over it, opened once at start-up (a missing index stops the host with a message), and its refresher.</summary>
    public static IServiceCollection AddSearchIndex(this IServiceCollection services)
    {
        services.AddSingleton<SearchIndex>();
        // The host's limits are the core's: a configured page size is served, not cut to the default.
        services.AddSingleton(sp => new Core.Search.EpisodeSearcher(sp.GetRequiredService<SearchIndex>().Provider,
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SearchHostOptions>>().Value.ToLimits()));
        // The people catalog behind with= on /api/search and the research endpoints, built once per generation.
        services.AddSingleton(ResearchEndpoints.ResearchState.Create);
        services.AddSingleton<TimeBudget>();
        services.AddSingleton<SearchResultCache>();
        services.AddHostedService<IndexRefreshService>();
        return services;
    }
}
