namespace PodSearch.Core.Notes;

/// <summary>
/// Tells pages that are not episodes (a show's index page, a blog post, an event announcement) from episode notes.
/// Missing audio, number or duration alone is not enough: old episodes and screencasts often have none of the three.
/// A page is not an episode when it has no such episode evidence and its front matter says what else it is:
/// a pagination block or a permalink (listings and site pages; episode notes get their address from the file name),
/// or a layout named for a listing, a post of a blog, or an event.
/// </summary>
internal static class NonEpisodePage
{
    /// <summary>Layout name words that mark a page other than an episode note (<c>layouts/blog.njk</c>, <c>index.html</c>).</summary>
    private static readonly string[] PageLayoutWords =
        ["index", "list", "archive", "home", "page", "category", "tag", "collection", "blog", "article", "news", "event", "podcast", "show"];

    public static bool Is(FrontMatter frontMatter, NoteContent content) =>
        (string.IsNullOrWhiteSpace(frontMatter.Title) && string.IsNullOrWhiteSpace(frontMatter.Date))
        || IsEventStub(frontMatter, content)
        || (!HasEpisodeEvidence(frontMatter, content) && HasPageHint(frontMatter));

    /// <summary>An audio file, an episode number, a duration or a transcript: something only an episode has.</summary>
    private static bool HasEpisodeEvidence(FrontMatter frontMatter, NoteContent content) =>
        !string.IsNullOrWhiteSpace(frontMatter.AudioUrl) || !string.IsNullOrWhiteSpace(frontMatter.EpisodeNumber)
        || !string.IsNullOrWhiteSpace(frontMatter.Duration) || content.Transcript.Count > 0;

    private static bool HasPageHint(FrontMatter frontMatter)
    {
        if (frontMatter.Extra.ContainsKey("pagination") || frontMatter.Extra.ContainsKey("permalink"))
            return true;
        if (!frontMatter.Extra.TryGetValue("layout", out var layout))
            return false;
        // "layouts/blog.njk" -> "blog"; words split at separators so "show-index" and "blog_post" count too.
        var name = Path.GetFileNameWithoutExtension(layout.Trim().Replace('\\', '/'));
        var words = name.ToLowerInvariant().Split(['-', '_', '.', ' '], StringSplitOptions.RemoveEmptyEntries);
        // "podcast-episode" names an episode layout, whatever else it says.
        return !words.Contains("episode") && words.Any(PageLayoutWords.Contains);
    }

    /// <summary>An event stub: no audio and no transcript, and a link to a live-event page.</summary>
    private static bool IsEventStub(FrontMatter frontMatter, NoteContent content) =>
        string.IsNullOrWhiteSpace(frontMatter.AudioUrl) && content.Transcript.Count == 0
        && content.Links.Any(l => l.Url.Contains("crowdcast.io", StringComparison.OrdinalIgnoreCase));
}
