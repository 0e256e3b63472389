using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PodSearch.SearchHost;

namespace PodSearch.SearchHost.Tests;

/// <summary>The real host on Kestrel at 127.0.0.1 with a free port, with its own settings; stopped on dispose.</summary>
public sealed class RunningHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private RunningHost(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
        Client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.None }) { BaseAddress = address };
        Client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    /// <param name="extraArgs">Host switches as on the command line, e.g. <c>--rate-limit 3</c>.</param>
    public static async Task<RunningHost> StartAsync(string indexPath, params string[] extraArgs)
    {
        string[] args = ["--index", indexPath, "--urls", "http://127.0.0.1:0", "--request-log", "false", "--rate-limit", "0", .. extraArgs];
        var app = SearchHostApp.Build(args);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningHost(app, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
