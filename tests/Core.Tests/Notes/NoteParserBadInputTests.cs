using System.Text;
using PodSearch.Core.Notes;

namespace PodSearch.Core.Tests.Notes;

/// <summary>Bad input never throws: each case comes back as an Episode whose warnings name the line and the reason.</summary>
public sealed class NoteParserBadInputTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("podsearch-bad-notes-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private Episode ParseBytes(string name, byte[] bytes)
    {
        var folder = Path.Combine(root, "bad-show");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return new NoteParser(root).ParseFile(path);
    }

    private Episode ParseText(string name, string text) => ParseBytes(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void MalformedYamlWarnsWithItsLineAndKeepsWhatItCan()
    {
        var episode = ParseText("broken-yaml.md", "---\ntitle: 'Unclosed quote\ndate: 2020-01-02 10:00:00\nepisode_number: 7\n---\n\n### Panel\n\n- Mira Okafor\n");

        var warning = Assert.Single(episode.Warnings);
        Assert.False(warning.Fatal);
        Assert.InRange(warning.Line, 2, 5);
        Assert.Contains("YAML", warning.Message);
        Assert.Equal("bad-show/broken-yaml", episode.Id);
        Assert.Equal(new DateTime(2020, 1, 2, 10, 0, 0), episode.Date);
        Assert.Equal("7", episode.Number);
        Assert.Equal(["Mira Okafor"], episode.Hosts);
    }

    [Fact]
    public void NoFrontMatterIsAnOtherNoteWithAWarningOnLineOne()
    {
        var episode = ParseText("plain.md", "# Just a page\n\nSome text.\n");

        Assert.Equal(EpisodeKind.Other, episode.Kind);
        var warning = Assert.Single(episode.Warnings);
        Assert.Equal(1, warning.Line);
        Assert.Contains("front matter", warning.Message);
        Assert.False(episode.Unreadable);
    }

    [Fact]
    public void InvalidUtf8IsUnreadableAndNamesTheLine()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: ok\n---\nfine line\nbad ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" here\n")).ToArray();

        var episode = ParseBytes("latin1.md", bytes);

        var warning = Assert.Single(episode.Warnings);
        Assert.True(warning.Fatal);
        Assert.Equal(5, warning.Line);
        Assert.Contains("UTF-8", warning.Message);
        Assert.True(episode.Unreadable);
        Assert.Equal(EpisodeKind.Other, episode.Kind);
    }

    [Fact]
    public void EmptyFileIsUnreadable()
    {
        var episode = ParseBytes("empty.md", []);

        var warning = Assert.Single(episode.Warnings);
        Assert.True(warning.Fatal);
        Assert.Equal(1, warning.Line);
        Assert.Contains("empty", warning.Message);
    }

    [Fact]
    public void BinaryFileIsUnreadableAndNamesTheLineOfTheNulByte()
    {
        var bytes = Encoding.UTF8.GetBytes("line one\nline two\n").Concat(new byte[] { 0x89, 0x00, 0x01, 0xFF }).ToArray();

        var episode = ParseBytes("image.md", bytes);

        var warning = Assert.Single(episode.Warnings);
        Assert.True(warning.Fatal);
        Assert.Equal(3, warning.Line);
        Assert.Contains("binary", warning.Message);
    }

    [Fact]
    public void FiftyMegabyteFileIsRefusedWithoutReadingIt()
    {
        var folder = Path.Combine(root, "bad-show");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "huge.md");
        using (var stream = File.Create(path))
        {
            var line = Encoding.UTF8.GetBytes("---\ntitle: huge\n---\n" + new string('x', 1023) + "\n");
            for (var written = 0L; written < 50L * 1024 * 1024; written += line.Length)
                stream.Write(line);
        }

        var episode = new NoteParser(root).ParseFile(path);

        var warning = Assert.Single(episode.Warnings);
        Assert.True(warning.Fatal);
        Assert.Contains("MB", warning.Message);
        Assert.Equal("bad-show/huge", episode.Id);
    }

    [Fact]
    public void ParseOfTextNeverThrowsOnOddInput()
    {
        var parser = new NoteParser(root);
        string[] odd = ["---", "---\n", "---\n---\n", "---\ntitle: [unclosed\n---\n**Picks\\*\\*** x\\*\\*", "---\n: :\n---\n(Name)(Name)[x](", "\u0000"];
        foreach (var text in odd)
        {
            var episode = parser.Parse("bad-show/odd.md", text);
            Assert.Equal("bad-show/odd", episode.Id);
        }
    }
}
