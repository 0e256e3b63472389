namespace PodSearch.SearchHost.Http;

/// <summary>The OpenAPI descriptions of the path segments that several episode routes share.</summary>
internal static class PathDescriptions
{
    public const string Podcast = "The show: its folder name (`elixir-mix`), the first part of an episode id.";
    public const string Slug = "The note's file name without `.md`, the rest of an episode id. A note in a show's subfolder has a longer id " +
        "(`ruby-rogues/2019/rr-401`): the same routes answer it with the subfolders in the path, unescaped.";
}
