namespace PodSearch.SearchHost.Http;

/// <summary>The body of <c>GET /healthz</c>.</summary>
public sealed record HealthResponse(string Status, bool IndexOpened, string IndexPath, int Episodes, int Documents,
    long Generation, DateTimeOffset LastReload, double LoadMs);
