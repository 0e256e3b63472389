namespace PodSearch.Core.Indexing;

/// <summary>Finds the notes under a notes root: every <c>*.md</c>, skipping hidden and <c>_</c>-prefixed folders (<c>_data</c>, <c>.git</c>).</summary>
internal static class NoteFiles
{
    public static List<NoteFile> Find(string notesRoot)
    {
        var files = new List<NoteFile>();
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(notesRoot));
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var sub in dir.EnumerateDirectories("*", options))
                if (!sub.Name.StartsWith('.') && !sub.Name.StartsWith('_'))
                    pending.Push(sub);
            foreach (var file in dir.EnumerateFiles("*.md", options))
                files.Add(new NoteFile(file.FullName, Path.GetRelativePath(notesRoot, file.FullName).Replace('\\', '/'), file.Length));
        }
        // Deterministic order for reports; the indexer reorders by size for load balance.
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }
}

/// <summary>One note file: absolute path, path relative to the notes root with '/', size in bytes.</summary>
internal sealed record NoteFile(string FullPath, string RelativePath, long Length);
