namespace PodSearch.Core.Indexing;

/// <summary>What <see cref="NoteFiles.Find"/> found: the notes to read, the files passed over (each with why) and
/// the folders passed over.</summary>
internal sealed class NoteWalk
{
    public List<NoteFile> Files { get; } = [];
    /// <summary>Files named like notes that are not read: not regular files, hidden, unreadable, or an id taken.</summary>
    public List<NoteProblem> Skipped { get; } = [];
    /// <summary>Folders not entered: links, unreadable.</summary>
    public List<NoteProblem> Warnings { get; } = [];

    /// <summary>
    /// A note's id is its path without the extension (see <c>NoteParser</c>), so <c>a.md</c> and <c>a.MD</c> would
    /// share one and the later would replace the earlier in the index. The first in path order is kept and the
    /// other reported with both names, so the outcome does not depend on which core parsed first.
    /// </summary>
    public void DropIdCollisions()
    {
        var byId = new Dictionary<string, NoteFile>(StringComparer.Ordinal);
        Files.RemoveAll(file =>
        {
            var id = file.RelativePath[..^3];
            if (byId.TryAdd(id, file))
                return false;
            Skipped.Add(new NoteProblem(file.RelativePath, 0, $"would get the id '{id}' of {byId[id].RelativePath}; rename one of the two; not indexed"));
            return true;
        });
    }
}
