namespace PodSearch.Core.Notes;

/// <summary>
/// Runs one part of a note's reading (a section reader, the body walk, the people rules) so that a parser bug costs
/// only that part: the exception becomes a warning naming the file, the line and the section, and the note keeps
/// everything else. A note is never lost to one bad section. After each part the note's <see cref="ParseBudget"/> is
/// checked; running past it ends the whole note's parse.
/// </summary>
internal sealed class SectionGuard(string relativePath, List<ParseWarning> warnings, ParseBudget.Meter? budget = null)
{
    public string RelativePath { get; } = relativePath;

    /// <summary>Returns <paramref name="read"/>'s result, or <paramref name="fallback"/> (with a warning) when it throws.</summary>
    public T Run<T>(string section, int line, Func<T> read, T fallback)
    {
        T result;
        try
        {
            result = read();
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or ParseBudgetExceededException))
        {
            Warn(section, line, ex);
            result = fallback;
        }
        budget?.Check(section);
        return result;
    }

    /// <summary>Runs <paramref name="read"/>; a throw becomes a warning and the section is skipped.</summary>
    public void Run(string section, int line, Action read)
    {
        try
        {
            read();
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or ParseBudgetExceededException))
        {
            Warn(section, line, ex);
        }
        budget?.Check(section);
    }

    private void Warn(string section, int line, Exception ex)
    {
        lock (warnings)
            warnings.Add(new ParseWarning(line,
                $"{RelativePath}: line {line}: the {section} section could not be read ({ex.GetType().Name}: {ex.Message}); the rest of the note is kept", FailedSection: section));
    }
}
