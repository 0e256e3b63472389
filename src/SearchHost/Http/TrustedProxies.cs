using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace PodSearch.SearchHost.Http;

/// <summary>
/// <c>--trust-proxy 10.0.0.5,::1</c>: <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are honoured only from
/// those addresses, so behind a reverse proxy each visitor has its own rate-limit budget and log address, while a
/// client talking to the host directly cannot choose its address by sending the header. Without the setting no
/// forwarded header is read at all (ASP.NET Core's default would trust loopback).
/// </summary>
internal static class TrustedProxies
{
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IOptions<SearchHostOptions>>().Value.TrustedProxies;
        if (addresses.Length == 0)
            return app;
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var address in addresses)
            options.KnownProxies.Add(IPAddress.Parse(address));
        app.UseForwardedHeaders(options);
        return app;
    }

    /// <summary>The setting's problems, for the start-up validation: every entry must be an IP address.</summary>
    public static IEnumerable<string> Problems(SearchHostOptions options) => options.TrustedProxies
        .Where(address => !IPAddress.TryParse(address, out _))
        .Select(address => $"Search:TrustedProxies (--trust-proxy): '{address}' is not an IP address such as 10.0.0.5 or ::1");
}
