namespace PodSearch.Core.Search;

/// <summary>
/// There is no index where one was expected, or it was written by another schema version.
/// The message says how to build it; the CLI prints it and the host reports it as unavailable.
/// </summary>
public sealed class IndexUnavailableException(string message) : Exception(message);
