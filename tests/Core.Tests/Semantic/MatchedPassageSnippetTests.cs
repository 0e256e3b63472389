using PodSearch.Core.Embeddings;
using PodSearch.Core.Notes;
using PodSearch.Core.Search;
using PodSearch.Core.Search.Pipeline;
using PodSearch.Core.Semantic;

namespace PodSearch.Core.Tests.Semantic;

/// <summary>
/// The semantic "matched: …" line of a card (issue 13): it names the speaker of the words it shows, marks words and
/// not the punctuation after them, and is left out when a lexical snippet of the card already shows it.
/// </summary>
public sealed class MatchedPassageSnippetTests
{
    private static TokenMatcher Matcher(params string[] words) => new(new HashSet<string>(words, StringComparer.Ordinal));

    [Fact]
    public void AMatchedWordIsMarkedWithoutThePunctuationAroundIt()
    {
        var window = PassageSnippets.Window("Retries pile up in the queues. Then (supervisors) restart \"workers\".", Matcher("queues", "supervisors", "workers"));
        Assert.Contains("<mark>queues</mark>.", window);
        Assert.Contains("(<mark>supervisors</mark>)", window);
        Assert.Contains("\"<mark>workers</mark>\".", window);
        Assert.DoesNotContain(".</mark>", window);
    }

    [Fact]
    public void ATranscriptPassageNamesTheSpeakerOfTheTurnWithTheQueryWordsNotItsMainSpeaker()
    {
        // Bruno says most of the passage; the query's words are in Ada's turn.
        var bruno = string.Join(' ', Enumerable.Repeat("we kept the dashboards green and talked about hiring plans for the year", 9));
        var episode = new Episode
        {
            Id = "show/ep-1",
            Podcast = "show",
            Title = "An episode",
            Transcript =
            [
                new TranscriptTurn("Bruno", bruno),
                new TranscriptTurn("Ada", "Our supervisors restart a crashed worker within milliseconds, so the queue never stalls."),
                new TranscriptTurn("Bruno", "Right."),
            ],
        };
        var passage = PassageSplitter.Split(episode).Single(p => p.Kind == PassageKind.Transcript);
        Assert.Equal("Bruno", passage.Speaker);

        var (text, speaker) = PassageSnippets.Region(passage, Matcher("supervisors", "worker"));
        Assert.Equal("Ada", speaker);
        Assert.StartsWith("Our supervisors restart", text);
        Assert.DoesNotContain("dashboards", text);
        // Every turn span lies inside the passage's text and they follow one another.
        Assert.Equal(3, passage.Turns.Count);
        Assert.All(passage.Turns, t => Assert.InRange(t.Start + t.Length, 1, passage.Text.Length));
    }

    [Fact]
    public void APassageThatALexicalSnippetAlreadyShowsIsARepeat()
    {
        var matched = new Snippet("summary", null, "matched: …a small <mark>team</mark> building recommendations for a marketplace with few purchases per user…");
        var same = new Snippet("summary", null, "…now leads a small <mark>team</mark> building recommendations for a marketplace with few purchases…");
        var other = new Snippet("picks", null, "<mark>Team</mark> Topologies");
        Assert.True(SnippetOverlap.Repeats(matched, [other, same]));
        Assert.False(SnippetOverlap.Repeats(matched, [other]));
        Assert.False(SnippetOverlap.Repeats(matched, []));
    }
}
