using System.Collections.Concurrent;
using System.Net;

namespace PodSearch.SearchHost;

/// <summary>
/// Decides which refused (429) requests get a log line: the first from a client in each minute, with how many of
/// its refusals the previous line stood for. A client hammering the limit (232,770 refusals in a 10 s run) must
/// not fill the disk or slow the host with its own log.
/// </summary>
internal sealed class RefusedRequestLog(TimeProvider clock)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Entry> clients = new(StringComparer.Ordinal);

    public RefusedRequestLog() : this(TimeProvider.System) { }

    /// <summary>Whether to log this refusal of <paramref name="client"/>; when so, <paramref name="unlogged"/> is how many were not logged since the last line.</summary>
    public bool ShouldLog(IPAddress? client, out long unlogged)
    {
        var key = client?.ToString() ?? "unknown";
        var now = clock.GetUtcNow();
        var entry = clients.GetOrAdd(key, _ => new Entry());
        lock (entry)
        {
            if (entry.LoggedAt is { } last && now - last < Interval)
            {
                entry.Unlogged++;
                unlogged = 0;
                return false;
            }
            unlogged = entry.Unlogged;
            entry.Unlogged = 0;
            entry.LoggedAt = now;
        }
        if (clients.Count > 10_000)
            Forget(now); // a scan of many addresses must not grow this without bound
        return true;
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, entry) in clients)
            if (entry.LoggedAt is { } last && now - last >= Interval)
                clients.TryRemove(key, out _);
    }

    private sealed class Entry
    {
        public DateTimeOffset? LoggedAt;
        public long Unlogged;
    }
}
