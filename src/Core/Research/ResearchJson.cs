using System.Text.Json;
using PodSearch.Core.Notes;

namespace PodSearch.Core.Research;

/// <summary>JSON for research results (CLI <c>--json</c>, API bodies): the same conventions as <see cref="EpisodeJson"/>.</summary>
public static class ResearchJson
{
    public static string Serialize<T>(T value, bool indented = false) =>
        JsonSerializer.Serialize(value, indented ? EpisodeJson.Indented : EpisodeJson.Options);
}
