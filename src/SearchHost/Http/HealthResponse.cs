namespace PodSearch.SearchHost.Http;

/// <summary>The body of <c>GET /healthz</c>; <see cref="IndexPath"/> is the index folder's name, not its absolute path.</summary>
public sealed record HealthResponse(string Status, bool IndexOpened, string IndexPath, int Episodes, int Documents,
    long Generation, DateTimeOffset LastReload, double LoadMs);
