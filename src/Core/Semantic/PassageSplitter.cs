using System.Text;
using PodSearch.Core.Notes;

namespace PodSearch.Core.Semantic;

/// <summary>
/// Cuts an episode into passages. Deterministic: the index stores only a passage's position, and the
/// snippet is rebuilt from the stored episode by splitting it again, so any change here must bump
/// <see cref="Version"/> (written into the semantic model, which is then rebuilt).
/// </summary>
internal static class PassageSplitter
{
    public const int Version = 1;
    public const int TargetWords = 200;
    public const int MinWords = 150;
    public const int MaxWords = 250;

    /// <summary>
    /// The episode's passages: title and summary, topics and picks, then (with <paramref name="transcripts"/>)
    /// transcript windows. Transcript windows come last, so the passages of a notes-only index are the first
    /// ones of the full list and a passage's position means the same either way (snippets split with them).
    /// </summary>
    public static List<Passage> Split(Episode episode, bool transcripts = true)
    {
        var passages = new List<Passage>();
        var head = string.IsNullOrWhiteSpace(episode.Summary) ? episode.Title : episode.Title + ". " + episode.Summary;
        foreach (var piece in Chunk(head))
            passages.Add(new Passage(PassageKind.TitleSummary, piece));

        if (episode.Topics.Count > 0)
        {
            var topics = string.Join(". ", episode.Topics.Select(t => t.Text));
            foreach (var piece in Chunk(topics))
                passages.Add(new Passage(PassageKind.Topics, piece, Time: episode.Topics[0].Time));
        }

        var picks = string.Join(". ", episode.Picks.SelectMany(g => g.Items.Select(i => i.Text)));
        if (!string.IsNullOrWhiteSpace(picks))
            foreach (var piece in Chunk(picks))
                passages.Add(new Passage(PassageKind.Picks, piece));

        if (transcripts)
            AddTranscript(episode.Transcript, passages);
        return passages;
    }

    /// <summary>
    /// Groups whole turns until a chunk reaches <see cref="MinWords"/>; a turn longer than
    /// <see cref="MaxWords"/> is cut at sentence ends into pieces of about <see cref="TargetWords"/>.
    /// A chunk is attributed to the speaker who says most of it.
    /// </summary>
    private static void AddTranscript(IReadOnlyList<TranscriptTurn> turns, List<Passage> passages)
    {
        var text = new StringBuilder();
        var wordsBySpeaker = new Dictionary<string, int>(StringComparer.Ordinal);
        var spans = new List<PassageTurn>();
        TranscriptTurn? lastTurn = null;
        var words = 0;

        void Flush()
        {
            if (words == 0)
                return;
            var speaker = wordsBySpeaker.MaxBy(kv => kv.Value).Key;
            passages.Add(new Passage(PassageKind.Transcript, text.ToString(), string.IsNullOrEmpty(speaker) ? null : speaker) { Turns = [.. spans] });
            text.Clear();
            wordsBySpeaker.Clear();
            spans.Clear();
            words = 0;
        }

        foreach (var turn in turns)
        {
            foreach (var piece in Chunk(turn.Text))
            {
                var count = CountWords(piece);
                if (words > 0 && words + count > MaxWords)
                    Flush();
                if (text.Length > 0)
                    text.Append('\n');
                var speakerName = string.IsNullOrEmpty(turn.Speaker) ? null : turn.Speaker;
                // Pieces of one turn extend its span; the text itself is as before, so passage positions do not move.
                if (spans.Count > 0 && spans[^1].Speaker == speakerName && ReferenceEquals(lastTurn, turn))
                    spans[^1] = spans[^1] with { Length = text.Length + piece.Length - spans[^1].Start };
                else
                    spans.Add(new PassageTurn(text.Length, piece.Length, speakerName));
                lastTurn = turn;
                text.Append(piece);
                words += count;
                wordsBySpeaker[turn.Speaker ?? ""] = wordsBySpeaker.GetValueOrDefault(turn.Speaker ?? "") + count;
                if (words >= MinWords)
                    Flush();
            }
        }
        Flush();
    }

    /// <summary>Cuts text longer than <see cref="MaxWords"/> into pieces of about <see cref="TargetWords"/>, at sentence ends where possible.</summary>
    public static IEnumerable<string> Chunk(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            yield break;
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= MaxWords)
        {
            yield return text.Trim();
            yield break;
        }
        var start = 0;
        while (start < words.Length)
        {
            var remaining = words.Length - start;
            var end = remaining <= MaxWords ? words.Length : start + TargetWords;
            if (end < words.Length)
            {
                // Prefer to end at a sentence within 50 words either side of the target.
                for (var i = 0; i < 50; i++)
                {
                    if (end - 1 + i < words.Length && EndsSentence(words[end - 1 + i])) { end += i; break; }
                    if (i > 0 && end - 1 - i > start + 50 && EndsSentence(words[end - 1 - i])) { end -= i; break; }
                }
            }
            yield return string.Join(' ', words, start, end - start);
            start = end;
        }
    }

    private static bool EndsSentence(string word) => word.EndsWith('.') || word.EndsWith('?') || word.EndsWith('!');

    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
                count++;
            inWord = !space;
        }
        return count;
    }
}
