namespace PodSearch.Core.Notes;

/// <summary>
/// Turns a markdown show note (YAML front matter + body) into an <see cref="Episode"/>.
/// Built once per notes folder (it reads the folder's <c>_data/</c> show and host metadata) and then
/// thread-safe and reusable. Never throws for bad content: problems become <see cref="Episode.Warnings"/>.
/// </summary>
public sealed class NoteParser
{
    /// <param name="notesRoot">The folder holding one sub-folder per show, and optionally <c>_data/</c>.</param>
    public NoteParser(string notesRoot)
    {
        NotesRoot = Path.GetFullPath(notesRoot);
    }

    public string NotesRoot { get; }

    /// <summary>Parses one file under <see cref="NotesRoot"/>.</summary>
    public Episode ParseFile(string path) => throw new NotImplementedException("parser lands in issue 2");

    /// <summary>Parses note text as if it were read from <paramref name="relativePath"/> (e.g. <c>show/file.md</c>).</summary>
    public Episode Parse(string relativePath, string text) => throw new NotImplementedException("parser lands in issue 2");
}
