namespace PodSearch.Core.People;

/// <summary>How a person takes part in an episode. One person may have several roles in one episode.</summary>
public enum PersonRole
{
    Host,
    Guest,
    /// <summary>Gave at least one pick.</summary>
    Picks,
    /// <summary>Speaks in the episode's transcript.</summary>
    Speaker,
}
