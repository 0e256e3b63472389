namespace PodSearch.Core.Indexing;

/// <summary>A problem with one note: <see cref="Line"/> is 1-based, 0 when it concerns the whole file.</summary>
public sealed record NoteProblem(string Path, int Line, string Message)
{
    /// <summary><c>path:line: message</c>, the form compilers use, so editors and grep can jump to it.</summary>
    public override string ToString() => $"{Path}:{Line}: {Message}";
}
