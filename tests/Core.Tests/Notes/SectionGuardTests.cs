using PodSearch.Core.Notes;

namespace PodSearch.Core.Tests.Notes;

/// <summary>A section reader that throws costs its section only: a warning names file, line and section.</summary>
public sealed class SectionGuardTests
{
    [Fact]
    public void AThrowingReaderBecomesAWarningNamingFileLineAndSection()
    {
        var warnings = new List<ParseWarning>();
        var guard = new SectionGuard("show/episode-1.md", warnings);

        var picks = guard.Run<List<string>>("picks", 42, () => throw new ArgumentOutOfRangeException("length"), ["fallback"]);
        var kept = guard.Run("sponsors", 7, () => new List<string> { "Acme" }, []);

        Assert.Equal(["fallback"], picks);
        Assert.Equal(["Acme"], kept);
        var warning = Assert.Single(warnings);
        Assert.Equal(42, warning.Line);
        Assert.Equal("picks", warning.FailedSection);
        Assert.False(warning.Fatal);
        Assert.Contains("show/episode-1.md", warning.Message);
        Assert.Contains("line 42", warning.Message);
        Assert.Contains("picks section", warning.Message);
        Assert.Contains(nameof(ArgumentOutOfRangeException), warning.Message);
    }

    [Fact]
    public void CaseChangingLettersKeepOffsetsInPicksTitlesAndNames()
    {
        // İ lower-cases to two characters in full case mapping, ß folds to "ss", ﬁ to "fi": offsets found in a
        // folded copy would be off in the original. Every field must still come out whole.
        var root = Directory.CreateTempSubdirectory("podsearch-fold-").FullName;
        var parser = new NoteParser(root);
        Directory.Delete(root);
        var note = "---\ntitle: 'İstanbul Straße ﬁles with İlker Öztürk'\ndate: 2021-03-04\n---\n\n" +
                   "### Panel\n\n- Jane Doe\n- Max Groß\n\n### Picks\n\n" +
                   "**Max Groß:** [İİİ İstanbul ﬁlm](https://example.org/a), Straße maps\n\n" +
                   "**Jane Doe:**\n\n- [ﬁne ﬁles](https://example.org/b) (İlker Öztürk)\n";

        var episode = parser.Parse("show/fold.md", note);

        Assert.DoesNotContain(episode.Warnings, w => w.FailedSection is not null);
        Assert.Equal("İstanbul Straße ﬁles with İlker Öztürk", episode.Title);
        Assert.Equal(["Jane Doe", "Max Groß"], episode.Hosts);
        Assert.Equal(["İlker Öztürk"], episode.Guests);
        var max = Assert.Single(episode.Picks, p => p.By == "Max Groß");
        Assert.Equal(["İİİ İstanbul ﬁlm", "Straße maps"], max.Items.Select(i => i.Text));
    }
}
