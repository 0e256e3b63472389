using Microsoft.Extensions.Options;

namespace PodSearch.SearchHost;

/// <summary>Starting and stopping the host: the entry of both <c>podsearch serve</c> and <c>dotnet run</c>.</summary>
public static partial class SearchHostApp
{
    /// <summary>Runs until Ctrl+C or SIGTERM; returns the exit code (2 when the configuration is wrong).</summary>
    public static int Run(string[] args)
    {
        try
        {
            using var app = Build(args);
            app.Run();
            return 0;
        }
        catch (Exception ex) when (StartupMessage(ex) is { } message)
        {
            Console.Error.WriteLine($"podsearch serve: {message}");
            return 2;
        }
    }

    /// <summary>The configuration and index problems that stop the host with a message instead of a stack trace.</summary>
    internal static string? StartupMessage(Exception ex) => ex switch
    {
        OptionsValidationException options => string.Join(Environment.NewLine, options.Failures),
        // Binding a setting that is not of its type ("--result-cache lots"): the message names the setting and value.
        InvalidOperationException { Message: var message } when message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) => message,
        // No index, an unreadable one, or one of another schema version (the subclass IndexVersionException).
        Core.Indexing.IndexUnavailableException unavailable => unavailable.Message,
        AggregateException { InnerExceptions.Count: 1 } aggregate => StartupMessage(aggregate.InnerException!),
        _ => null,
    };

    /// <summary>The switches <c>podsearch serve</c> passes through to the host (<c>index</c>, <c>urls</c>, <c>result-cache</c>, ...).</summary>
    public static IEnumerable<string> SwitchNames => Switches.Select(s => s.Name);

    /// <summary>The same switches with their help lines.</summary>
    public static IReadOnlyList<HostSwitch> Switches => HostConfiguration.All;

    internal static IServiceCollection AddSearchHostOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchHostOptions>().Bind(configuration.GetSection(SearchHostOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<SearchHostOptions>, SearchHostOptionsValidator>();
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        return services;
    }

    internal static void AddSearchHostLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss.fff ";
            o.UseUtcTimestamp = true;
        });
        // Kestrel and routing log several lines per request at Information; RequestLogMiddleware writes the one we want.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        if (!builder.Configuration.GetValue("Search:RequestLog", true))
            builder.Logging.AddFilter(typeof(RequestLogMiddleware).FullName, LogLevel.None);
    }
}
