namespace PodSearch.Core.Indexing;

/// <summary>
/// Finds the notes under a notes root: every regular file named <c>*.md</c> (any case), skipping hidden and
/// <c>_</c>-prefixed folders (<c>_data</c>, <c>.git</c>). The folder may not be ours (a site's repository, a shared
/// drive), so the walk cannot be trapped: folder links are not followed (a link to <c>.</c> would repeat the
/// tree forever), FIFOs and devices are never opened (a FIFO blocks, <c>/dev/zero</c> never ends), and every
/// file or folder passed over for such a reason is reported, as is a hidden <c>.md</c> file and a second file
/// that would get an id already taken (both files are named).
/// </summary>
internal static class NoteFiles
{
    public static NoteWalk Find(string notesRoot)
    {
        var walk = new NoteWalk();
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0 };
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(notesRoot));
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = dir.EnumerateFileSystemInfos("*", options).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                walk.Warnings.Add(new NoteProblem(Relative(notesRoot, dir.FullName) + "/", 0, $"folder cannot be read ({ex.Message}); its notes are not indexed"));
                continue;
            }
            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo sub)
                    Folder(notesRoot, sub, pending, walk);
                else if (entry.Name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                    Note(notesRoot, (FileInfo)entry, walk);
            }
        }
        // Deterministic order for reports and for which of two colliding files wins; the indexer reorders by size.
        walk.Files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        walk.DropIdCollisions();
        return walk;
    }

    private static void Folder(string notesRoot, DirectoryInfo sub, Stack<DirectoryInfo> pending, NoteWalk walk)
    {
        if (sub.Name.StartsWith('.') || sub.Name.StartsWith('_'))
            return; // by design: _data holds show metadata, .git and the like are not notes
        if (sub.LinkTarget is { } target)
        {
            walk.Warnings.Add(new NoteProblem(Relative(notesRoot, sub.FullName) + "/", 0, $"folder is a symbolic link (to {target}); not followed"));
            return;
        }
        pending.Push(sub);
    }

    private static void Note(string notesRoot, FileInfo file, NoteWalk walk)
    {
        var relative = Relative(notesRoot, file.FullName);
        if (file.Name.StartsWith('.'))
        {
            walk.Skipped.Add(new NoteProblem(relative, 0, "hidden file (name starts with '.'); not indexed"));
            return;
        }
        var kind = FileKind.Of(file.FullName);
        if (kind != FileKindValue.Regular)
        {
            var link = file.LinkTarget is { } target ? $" (a link to {target})" : "";
            walk.Skipped.Add(new NoteProblem(relative, 0, $"{FileKind.Describe(kind)}{link}, not a regular file; not read"));
            return;
        }
        long length;
        try
        {
            // The length of a linked note is its target's.
            length = file.LinkTarget is not null && file.ResolveLinkTarget(returnFinalTarget: true) is FileInfo final ? final.Length : file.Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            walk.Skipped.Add(new NoteProblem(relative, 0, $"cannot read file ({ex.Message}); not indexed"));
            return;
        }
        walk.Files.Add(new NoteFile(file.FullName, relative, length));
    }

    /// <summary>The path relative to the notes root with '/' between folders. A '\' is kept where it is an
    /// ordinary file name character (Unix), so <c>x\y.md</c> and <c>x/y.md</c> stay two notes.</summary>
    public static string Relative(string notesRoot, string fullPath)
    {
        var relative = Path.GetRelativePath(notesRoot, fullPath);
        return Path.DirectorySeparatorChar == '\\' ? relative.Replace('\\', '/') : relative;
    }
}

/// <summary>One note file: absolute path, path relative to the notes root with '/', size in bytes.</summary>
internal sealed record NoteFile(string FullPath, string RelativePath, long Length);
