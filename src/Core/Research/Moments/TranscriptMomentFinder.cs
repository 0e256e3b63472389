using System.Text;
using System.Text.RegularExpressions;
using PodSearch.Core.Notes;
using PodSearch.Core.People;
using PodSearch.Core.Search;

namespace PodSearch.Core.Research.Moments;

/// <summary>
/// Finds moments: the search engine ranks episodes by their transcripts (restricted, for a speaker, to the
/// episodes where that person speaks), then the best-ranked episodes' turns are scored here by the query's
/// stemmed words (each distinct word once, a whole-phrase match counting double) and only the speaker's turns kept.
/// </summary>
public sealed partial class TranscriptMomentFinder(EpisodeSearcher searcher, Func<ResearchCatalog> catalog)
{
    private const int PassageLength = 320;
    // How many ranked episodes to open before giving up on filling the page.
    private const int MaxEpisodesOpened = 60;

    public MomentSearchResult Find(MomentQuery query)
    {
        if (string.IsNullOrWhiteSpace(query.Text))
            throw new ResearchRequestException("missing_parameter", "q", "q is required: the words to find in transcripts");
        var current = catalog();
        Person? speaker = query.Speaker is null ? null : ResearchQueries.ResolveOrThrow(current, query.Speaker, "speaker");
        var terms = ResearchText.Terms(query.Text).Distinct(StringComparer.Ordinal).ToArray();
        var phrase = PersonNameKey.Fold(query.Text.Replace('-', ' '));
        var request = query.Filters with
        {
            Query = "transcript:(" + query.Text.Replace("(", " ", StringComparison.Ordinal).Replace(")", " ", StringComparison.Ordinal) + ")",
            Offset = 0,
            Limit = EpisodeSearcher.MaxLimit,
            Facets = [],
            Sort = SearchSort.Relevance,
            // Moments are turns that contain the words: ranking by meaning would only open episodes without any.
            Mode = SearchMode.Lexical,
            Snippets = false, // the moments are the snippets
            EpisodeIds = speaker is null ? query.Filters.EpisodeIds : SpeakerEpisodes(speaker, query.Filters.EpisodeIds),
        };
        var ranked = searcher.Search(request);
        var groups = new List<(MomentEpisode Episode, List<Candidate> Moments)>();
        var wanted = query.GroupByEpisode ? query.Limit : Math.Max(query.Limit, 1);
        foreach (var hit in ranked.Hits.Take(MaxEpisodesOpened))
        {
            if (query.GroupByEpisode && groups.Count >= wanted)
                break;
            if (current.Episode(hit.Id) is not { } card || searcher.Show(hit.Id) is not { } episode)
                continue;
            var moments = Score(current, card, episode, terms, phrase, speaker)
                .OrderByDescending(m => m.Moment.Score).ThenBy(m => m.Moment.TurnIndex)
                .ToList();
            if (moments.Count == 0)
                continue;
            groups.Add((new MomentEpisode(card, hit.Score, []), query.GroupByEpisode ? moments.Take(query.MomentsPerEpisode).ToList() : moments));
            if (!query.GroupByEpisode && groups.Sum(g => g.Moments.Count) >= wanted * 3)
                break;
        }
        // Passages are cut and marked only for the moments returned: analysing every matching turn's words was
        // most of the cost of a long ungrouped list.
        return new MomentSearchResult
        {
            Query = query.Text,
            Speaker = speaker?.Name,
            SpeakerId = speaker?.Id,
            TotalEpisodes = ranked.Total,
            Episodes = query.GroupByEpisode ? groups.Select(g => g.Episode with { Moments = g.Moments.Select(m => WithPassage(m, terms)).ToList() }).ToList() : [],
            Moments = query.GroupByEpisode ? [] : groups.SelectMany(g => g.Moments)
                .OrderByDescending(m => m.Moment.Score).ThenBy(m => m.Moment.Episode.Id, StringComparer.Ordinal).ThenBy(m => m.Moment.TurnIndex)
                .Take(query.Limit).Select(m => WithPassage(m, terms)).ToList(),
        };
    }

    /// <summary>A scored turn before its passage is cut: the moment and the turn's whole text.</summary>
    private readonly record struct Candidate(TranscriptMoment Moment, string Text);

    private static TranscriptMoment WithPassage(Candidate candidate, string[] terms) =>
        candidate.Moment with { Passage = Passage(candidate.Text, terms) };

    private static IReadOnlyCollection<string> SpeakerEpisodes(Person speaker, IReadOnlyCollection<string>? within)
    {
        var spoken = speaker.Appearances.Where(a => a.Role == PersonRole.Speaker).Select(a => a.EpisodeId).ToHashSet(StringComparer.Ordinal);
        if (within is not null)
            spoken.IntersectWith(within);
        return spoken;
    }

    private static IEnumerable<Candidate> Score(ResearchCatalog catalog, EpisodeCard card, Episode episode, string[] terms, string phrase, Person? speaker)
    {
        var prefixes = terms.Select(t => t[..Math.Min(4, t.Length)]).Distinct(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < episode.Transcript.Count; i++)
        {
            var turn = episode.Transcript[i];
            var person = catalog.People.InEpisode(episode.Id, turn.Speaker);
            if (speaker is not null && person?.Id != speaker.Id)
                continue;
            // Cheap test before analysing the turn: a stem's first letters appear in the word it came from.
            if (!prefixes.Any(prefix => turn.Text.Contains(prefix, StringComparison.OrdinalIgnoreCase)))
                continue;
            var turnTerms = ResearchText.Terms(turn.Text).ToHashSet(StringComparer.Ordinal);
            var matched = terms.Count(turnTerms.Contains);
            if (matched == 0)
                continue;
            var score = (double)matched / terms.Length;
            if (terms.Length > 1 && PersonNameKey.Fold(turn.Text.Replace('-', ' ')).Contains(phrase, StringComparison.Ordinal))
                score *= 2;
            yield return new Candidate(new TranscriptMoment
            {
                Episode = card,
                TurnIndex = i,
                Speaker = turn.Speaker,
                PersonId = person?.Id,
                PersonName = person?.Name,
                Passage = "",
                Time = LeadingTime().Match(turn.Text) is { Success: true } m ? m.Groups[1].Value : null,
                Score = Math.Round(score, 4),
            }, turn.Text);
        }
    }

    /// <summary>The turn cut at word boundaries around its first matching word, matching words marked.</summary>
    private static string Passage(string text, string[] terms)
    {
        var words = WordPattern().Matches(text).ToList();
        var first = words.FindIndex(w => ResearchText.Terms(w.Value).Any(terms.Contains));
        var start = first < 0 ? 0 : words[Math.Max(0, first - 12)].Index;
        var end = Math.Min(text.Length, start + PassageLength);
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
            end++;
        var builder = new StringBuilder();
        if (start > 0)
            builder.Append('…');
        var position = start;
        foreach (var word in words.Where(w => w.Index >= start && w.Index + w.Length <= end))
        {
            builder.Append(text, position, word.Index - position);
            if (ResearchText.Terms(word.Value).Any(terms.Contains))
                builder.Append("<mark>").Append(word.Value).Append("</mark>");
            else
                builder.Append(word.Value);
            position = word.Index + word.Length;
        }
        builder.Append(text, position, end - position);
        if (end < text.Length)
            builder.Append('…');
        return builder.ToString();
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\s*[\[(]?((?:\d{1,2}:)?\d{1,2}:\d{2})[\])]?")]
    private static partial Regex LeadingTime();
}
