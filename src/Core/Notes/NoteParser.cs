using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace PodSearch.Core.Notes;

/// <summary>
/// Turns a markdown show note (YAML front matter + body) into an <see cref="Episode"/>.
/// Built once per notes folder (it reads the folder's <c>_data/</c> show and host metadata) and then
/// thread-safe and reusable. Never throws for bad content: problems become <see cref="Episode.Warnings"/>, and
/// files that cannot be read as text at all come back with a fatal warning and <see cref="Episode.Unreadable"/> set.
/// </summary>
public sealed partial class NoteParser
{
    private readonly ShowCatalog catalog;

    /// <param name="notesRoot">The folder holding one sub-folder per show, and optionally <c>_data/</c>.</param>
    public NoteParser(string notesRoot)
    {
        NotesRoot = Path.GetFullPath(notesRoot);
        catalog = ShowCatalog.Load(NotesRoot);
    }

    public string NotesRoot { get; }

    /// <summary>How much time and memory one note's parse may use before the note is skipped.</summary>
    public ParseBudget Budget { get; init; } = ParseBudget.Default;

    /// <summary>Parses one file; <paramref name="path"/> may be absolute or relative to the working directory.
    /// Files outside <see cref="NotesRoot"/> get an id from their own folder and file name.</summary>
    public Episode ParseFile(string path)
    {
        var full = Path.GetFullPath(path);
        // '\' is a separator only on Windows; on Unix it is part of a name, and x\y.md must not become x/y.
        var relative = Path.GetRelativePath(NotesRoot, full);
        if (Path.DirectorySeparatorChar == '\\')
            relative = relative.Replace('\\', '/');
        if (relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            relative = $"{Path.GetFileName(Path.GetDirectoryName(full))}/{Path.GetFileName(full)}";
        var warnings = new List<ParseWarning>();
        var text = NoteFileReader.Read(full, warnings, out var bytes);
        if (text is null)
            return Unreadable(relative, warnings, bytes);
        return Build(relative, text, warnings, Hash(bytes));
    }

    /// <summary>Parses note text as if it were read from <paramref name="relativePath"/> (e.g. <c>show/file.md</c>).</summary>
    public Episode Parse(string relativePath, string text)
    {
        var warnings = new List<ParseWarning>();
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        if (NoteFileReader.Decode(bytes, warnings) is null)
            return Unreadable(relativePath, warnings, bytes);
        return Build(relativePath.Replace('\\', '/'), text.TrimStart('\uFEFF'), warnings, Hash(bytes));
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static (string Id, string Podcast) IdOf(string relativePath)
    {
        var withoutExtension = relativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? relativePath[..^3] : relativePath;
        var slash = withoutExtension.IndexOf('/');
        return (withoutExtension, slash > 0 ? withoutExtension[..slash] : "");
    }

    private Episode Unreadable(string relativePath, List<ParseWarning> warnings, byte[] bytes)
    {
        var (id, podcast) = IdOf(relativePath);
        return new Episode
        {
            Id = id, Kind = EpisodeKind.Other, Podcast = podcast, PodcastTitle = catalog.TitleOf(podcast),
            Warnings = warnings, SourcePath = relativePath, ContentHash = bytes.Length > 0 ? Hash(bytes) : "",
        };
    }

    private Episode Build(string relativePath, string text, List<ParseWarning> warnings, string hash)
    {
        try
        {
            return BuildUnguarded(relativePath, text, warnings, hash);
        }
        catch (ParseBudgetExceededException ex)
        {
            warnings.Add(new ParseWarning(0, $"{ex.Message}; note skipped", Fatal: true, FailedSection: "note"));
            return NotParsed(relativePath, warnings, hash);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A parser bug must not stop a run over thousands of notes: report it as this note's problem.
            warnings.Add(new ParseWarning(0, $"parser error ({ex.GetType().Name}: {ex.Message}); note not parsed", Fatal: true, FailedSection: "note"));
            return NotParsed(relativePath, warnings, hash);
        }
    }

    private static Episode NotParsed(string relativePath, List<ParseWarning> warnings, string hash)
    {
        var (id, podcast) = IdOf(relativePath);
        return new Episode { Id = id, Kind = EpisodeKind.Other, Podcast = podcast, Warnings = warnings, SourcePath = relativePath, ContentHash = hash };
    }

    private Episode BuildUnguarded(string relativePath, string text, List<ParseWarning> warnings, string hash)
    {
        var (id, podcast) = IdOf(relativePath);
        var guard = new SectionGuard(relativePath, warnings, Budget.Start());
        var (frontMatter, body, bodyLine) = guard.Run("front matter", 1, () => SplitFrontMatter(text, warnings), (null, text, 1));
        var (transcriptHeading, transcriptStart) = guard.Run("transcript heading", bodyLine, () => TranscriptText.Find(body), (-1, 0));
        var markdown = transcriptHeading < 0 ? body : body[..transcriptHeading];
        var sections = guard.Run("body", bodyLine, () => NoteSectionSplitter.Split(BodyReader.Read(markdown, bodyLine, warnings)), []);
        if (transcriptHeading >= 0)
        {
            var transcriptLine = bodyLine + LineCount(markdown);
            var transcript = new NoteSection(SectionKind.Transcript, transcriptLine, 3);
            guard.Run("transcript", transcriptLine, () => transcript.Lines.AddRange(TranscriptText.Lines(body[transcriptStart..], transcriptLine + 1)));
            sections.Add(transcript);
        }
        var content = NoteContentReader.Read(sections, frontMatter?.Title ?? "", podcast, catalog, text, guard);

        var title = InlineText.Normalize(frontMatter?.Title ?? "");
        var kind = frontMatter is null || guard.Run("page kind", 1, () => NonEpisodePage.Is(frontMatter, content), false) ? EpisodeKind.Other : EpisodeKind.Episode;
        var number = FrontMatterValues.RawNumber(frontMatter?.EpisodeNumber);
        return new Episode
        {
            Id = id,
            Kind = kind,
            Podcast = podcast,
            PodcastTitle = catalog.TitleOf(podcast),
            Title = title,
            Number = number,
            NumberValue = FrontMatterValues.NumberValue(number),
            Date = FrontMatterValues.ParseDate(frontMatter?.Date),
            DurationSeconds = FrontMatterValues.ParseDuration(frontMatter?.Duration),
            AudioUrl = string.IsNullOrWhiteSpace(frontMatter?.AudioUrl) ? null : frontMatter.AudioUrl.Trim(),
            Tags = frontMatter?.Tags ?? [],
            Hosts = content.Hosts,
            Guests = content.Guests,
            Sponsors = content.Sponsors,
            Summary = content.Summary is null ? null : InlineText.DecodeEntities(content.Summary).Replace('\u00A0', ' '),
            Topics = content.Topics,
            Links = content.Links,
            Picks = content.Picks,
            Transcript = content.Transcript,
            Warnings = warnings,
            Extra = frontMatter?.Extra ?? new Dictionary<string, string>(),
            SourcePath = relativePath,
            ContentHash = hash,
        };
    }

    private static int LineCount(string text) => text.AsSpan().Count('\n');

    /// <summary>Splits <c>---</c> fenced YAML from the body; null front matter (with a warning) when there is none.</summary>
    private static (FrontMatter? FrontMatter, string Body, int BodyLine) SplitFrontMatter(string text, List<ParseWarning> warnings)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal) || (text.Length > 3 && text[3] is not ('\n' or '\r' or ' ')))
        {
            warnings.Add(new ParseWarning(1, "no YAML front matter (the file does not start with a --- line); read as a non-episode"));
            return (null, text, 1);
        }
        var firstNewline = text.IndexOf('\n');
        if (firstNewline < 0)
        {
            warnings.Add(new ParseWarning(1, "front matter is opened with --- but the file ends there"));
            return (null, "", 1);
        }
        var position = firstNewline + 1;
        var line = 2;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineEnd = end < 0 ? text.Length : end;
            var content = text.AsSpan(position, lineEnd - position).TrimEnd();
            if (content is "---" or "...")
            {
                var yaml = text[(firstNewline + 1)..position];
                var frontMatter = FrontMatterReader.Read(yaml, 2, warnings);
                var body = end < 0 ? "" : text[(end + 1)..];
                return (frontMatter, body, line + 1);
            }
            position = lineEnd + 1;
            line++;
        }
        warnings.Add(new ParseWarning(1, "front matter opened with --- on line 1 is never closed; read as a non-episode"));
        return (null, text[(firstNewline + 1)..], 2);
    }
}
