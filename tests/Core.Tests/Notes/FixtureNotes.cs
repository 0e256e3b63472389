namespace PodSearch.Core.Tests.Notes;

/// <summary>Finds <c>tests/Fixtures/notes</c> (our own invented notes) from the test's bin folder.</summary>
internal static class FixtureNotes
{
    public static string Root { get; } = Find();

    public static string PathOf(string relative) => System.IO.Path.Combine(Root, relative);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "tests", "Fixtures", "notes");
            if (Directory.Exists(candidate))
                return candidate;
        }
        throw new DirectoryNotFoundException("tests/Fixtures/notes not found above " + AppContext.BaseDirectory);
    }
}
