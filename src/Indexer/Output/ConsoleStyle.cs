namespace PodSearch.Indexer.Output;

/// <summary>ANSI colours for human output, only when stdout is a terminal and NO_COLOR is not set.</summary>
internal static class ConsoleStyle
{
    public static bool Enabled { get; } = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;

    public static string Bold(string text) => Wrap(text, "1");

    public static string Dim(string text) => Wrap(text, "2");

    public static string Accent(string text) => Wrap(text, "36");

    public static string Warn(string text) => Wrap(text, "33");

    /// <summary>Snippet markup to terminal text: <c>&lt;mark&gt;</c> becomes bold yellow (or *stars* without colour), entities are unescaped.</summary>
    public static string Snippet(string html)
    {
        var (open, close) = Enabled ? ("\u001b[1;33m", "\u001b[0m") : ("*", "*");
        return html.Replace("<mark>", open).Replace("</mark>", close)
            .Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&");
    }

    private static string Wrap(string text, string code) => Enabled ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
