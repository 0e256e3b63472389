using System.Reflection;

namespace PodSearch.Indexer.Commands;

/// <summary>All sub-commands in this assembly, by name.</summary>
internal static class CommandCatalog
{
    public static IReadOnlyDictionary<string, ICliCommand> All { get; } = typeof(CommandCatalog).Assembly
        .GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
        .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
        .ToDictionary(c => c.Name, StringComparer.Ordinal);
}
