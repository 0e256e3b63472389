namespace PodSearch.Core.Notes;

/// <summary>
/// One parsed show note: the only shape that indexing, search and the host ever see.
/// Immutable; every YAML and markdown oddity has already been resolved by <see cref="NoteParser"/>.
/// </summary>
/// <remarks>
/// <see cref="Number"/> is the raw front-matter text (<c>014</c>, <c>JSJ 391</c>, <c>Bonus</c>) because YAML
/// would read <c>014</c> as octal; <see cref="NumberValue"/> is the number inside it, when there is one.
/// <see cref="Date"/> keeps the wall-clock time as written (no time-zone shift), so its date part is the
/// <c>YYYY-MM-DD</c> prefix of the note.
/// </remarks>
public sealed record Episode
{
    /// <summary><c>&lt;show folder&gt;/&lt;file name without .md&gt;</c>.</summary>
    public required string Id { get; init; }
    public EpisodeKind Kind { get; init; } = EpisodeKind.Episode;
    /// <summary>The show folder's name; the front matter's <c>podcast:</c> is not trusted.</summary>
    public required string Podcast { get; init; }
    public string? PodcastTitle { get; init; }
    public string Title { get; init; } = "";
    public string? Number { get; init; }
    public int? NumberValue { get; init; }
    public DateTime? Date { get; init; }
    public int? DurationSeconds { get; init; }
    public string? AudioUrl { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Hosts { get; init; } = [];
    public IReadOnlyList<string> Guests { get; init; } = [];
    public IReadOnlyList<string> Sponsors { get; init; } = [];
    public string? Summary { get; init; }
    public IReadOnlyList<Topic> Topics { get; init; } = [];
    public IReadOnlyList<EpisodeLink> Links { get; init; } = [];
    public IReadOnlyList<PickGroup> Picks { get; init; } = [];
    public IReadOnlyList<TranscriptTurn> Transcript { get; init; } = [];
    public IReadOnlyList<ParseWarning> Warnings { get; init; } = [];
    /// <summary>True when a <see cref="ParseWarning.Fatal"/> warning says the file could not be read as a note;
    /// callers such as the indexer skip these and report the warning.</summary>
    public bool Unreadable => Warnings.Any(w => w.Fatal);
    /// <summary>Front-matter keys the parser does not model (kept, never fatal), values as raw text.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();
    /// <summary>Path relative to the notes root, with forward slashes.</summary>
    public string SourcePath { get; init; } = "";
    /// <summary>Hash of the file's bytes: incremental indexing re-indexes a note only when it changes.</summary>
    public string ContentHash { get; init; } = "";
}

public enum EpisodeKind
{
    Episode,
    /// <summary>Not an episode: a show index page, a blog post, an event stub.</summary>
    Other,
}

/// <summary>A timestamped topic line such as <c>01:47 - Topic</c>; <see cref="Time"/> as written.</summary>
public sealed record Topic(string? Time, string Text);

public sealed record EpisodeLink(string Text, string Url);

/// <summary>One person's recommendations.</summary>
public sealed record PickGroup(string By, IReadOnlyList<PickItem> Items);

public sealed record PickItem(string Text, string? Url);

/// <summary>A speaker turn; <see cref="Speaker"/> is resolved to a full name when that is unambiguous.</summary>
public sealed record TranscriptTurn(string Speaker, string Text);

/// <summary>A problem found while parsing; <see cref="Line"/> is 1-based in the file, 0 when it concerns the whole file.</summary>
/// <param name="Line">1-based file line, 0 for the whole file.</param>
/// <param name="Message">The reason, readable by a person.</param>
/// <param name="Fatal">True when the note could not be read at all (empty, binary, not UTF-8, too large): the
/// <see cref="Episode"/> then holds only its id, path and warnings, and <see cref="Episode.Unreadable"/> is true.
/// Malformed YAML or a missing front matter are not fatal: the body is still parsed.</param>
/// <param name="FailedSection">Set when a parser bug (an exception) cost a part of the note: the section whose reader
/// threw ("picks", "transcript"), or "note" when the whole note was lost. Null for problems of the note itself.</param>
public sealed record ParseWarning(int Line, string Message, bool Fatal = false, string? FailedSection = null);
