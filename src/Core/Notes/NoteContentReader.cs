using System.Text;

namespace PodSearch.Core.Notes;

/// <summary>
/// Reads people, sponsors, summary, topics, links, picks and transcript out of a note's sections, and applies the
/// people rules: guests from Guest labels, else the title, else the summary (never a phrase the note also writes in
/// lower case, nor a show's name); hosts from Panel/Host labels, else the summary's "panelists A, B and C", else the
/// transcript's speakers; guests are never also hosts.
/// </summary>
internal static class NoteContentReader
{
    /// <summary>Reads the sections of one note; <paramref name="noteText"/> is the whole file, used to tell which show
    /// hosts' full names the note itself spells out.</summary>
    public static NoteContent Read(List<NoteSection> sections, string title, string podcast, ShowCatalog catalog, string noteText)
    {
        var hosts = new List<string>();
        var guests = new List<string>();
        var sponsors = new List<string>();
        var summary = new StringBuilder();
        var bodyProse = new StringBuilder();
        var topics = new List<Topic>();
        var links = new List<EpisodeLink>();
        var picks = new List<PickGroup>();
        // Read first: who speaks tells a person from a phrase when names come from the title.
        var transcript = sections.Where(s => s.Kind == SectionKind.Transcript).SelectMany(TranscriptReader.Read).ToList();
        var ordinaryWords = new OrdinaryWords(sections, transcript.Select(t => t.Speaker));
        var titleGuests = TitleGuests.Find(title, noteText, ordinaryWords);
        // Names that split a run of words with nothing between them: show hosts, and whoever the title names as a
        // whole ("… with Eduardo San Martin Morote" keeps that label run one person, not two).
        var knownNames = catalog.Hosts.Select(h => h.Name).Concat(titleGuests).ToList();

        foreach (var section in sections)
        {
            switch (section.Kind)
            {
                case SectionKind.Hosts:
                    AddNames(hosts, PeopleIn(section).SelectMany(n => NameExtractor.SplitRun(n, knownNames)));
                    break;
                case SectionKind.Guests:
                    AddNames(guests, PeopleIn(section).SelectMany(n => NameExtractor.SplitRun(n, knownNames)).Where(n => !ordinaryWords.IsPhrase(n)));
                    break;
                case SectionKind.Sponsors:
                    AddNames(sponsors, SponsorsReader.Read(section));
                    break;
                case SectionKind.Summary:
                    AppendProse(summary, section.Lines);
                    break;
                case SectionKind.Picks:
                    break; // read once the note's people are known, below
                case SectionKind.Transcript:
                    break; // read above
                case SectionKind.Links:
                case SectionKind.Body:
                case SectionKind.Other:
                    foreach (var line in section.Lines)
                    {
                        if (TopicsReader.Read(line) is { } topic)
                            topics.Add(topic);
                        links.AddRange(line.Links.Select(l => new EpisodeLink(PersonName.Clean(l.Text) is { Length: > 0 } t ? t : l.Url, l.Url)));
                    }
                    if (section.Kind == SectionKind.Body && bodyProse.Length == 0)
                        AppendProse(bodyProse, section.Lines.Where(l => l.Kind == BodyLineKind.Paragraph && TopicsReader.Read(l) is null));
                    break;
            }
        }

        var summaryText = summary.Length > 0 ? summary.ToString().Trim() : bodyProse.Length >= 30 ? bodyProse.ToString().Trim() : null;
        // Names read from free text (title, prose) rather than under a label must look like people in this note.
        bool IsPerson(string name) => !ordinaryWords.IsPhrase(name);
        if (guests.Count == 0)
            AddNames(guests, titleGuests.Where(IsPerson));
        if (guests.Count == 0 && summaryText is not null)
            AddNames(guests, ProsePeople.Guests(summaryText).Where(IsPerson));
        if (hosts.Count == 0 && summaryText is not null)
            AddNames(hosts, ProsePeople.Hosts(summaryText));

        var resolver = new SpeakerResolver();
        resolver.AddCandidates(hosts);
        resolver.AddCandidates(guests);
        resolver.AddCandidates(SpeakerResolver.IntroNames(transcript));
        // A show host's full name is used only when the note spells it out somewhere: a note that only ever says
        // "Chuck" keeps "Chuck" (that is what the note supports, and what the labels record). Ordinal on purpose:
        // a case-insensitive search over a 100 KB transcript per host costs more than the whole rest of the parse.
        resolver.AddCandidates(catalog.HostsFor(podcast).Select(h => h.Name).Where(n => noteText.Contains(n, StringComparison.Ordinal)));
        transcript = transcript.Select(t => t with { Speaker = resolver.Resolve(t.Speaker) }).ToList();
        for (var i = 0; i < hosts.Count; i++)
            if (!hosts[i].Contains(' '))
                hosts[i] = resolver.Resolve(hosts[i]);

        if (hosts.Count == 0)
        {
            // Roll call: the people who speak, in order; a label seen once is more likely a misread than a speaker.
            var turnsBySpeaker = transcript.CountBy(t => t.Speaker).ToDictionary();
            AddNames(hosts, transcript.Select(t => t.Speaker).Distinct().Where(s => turnsBySpeaker[s] >= 2));
        }

        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in hosts.Concat(guests).Concat(transcript.Select(t => t.Speaker).Distinct()).Concat(catalog.HostsFor(podcast).Select(h => h.Name)))
        {
            var key = PersonName.Fold(person);
            known.Add(key);
            known.Add(FirstNameOf(key));
        }
        foreach (var section in sections.Where(s => s.Kind == SectionKind.Picks))
            picks.AddRange(PicksReader.Read(section, name => known.Contains(PersonName.Fold(name))));

        // Someone who gives picks but is neither listed nor a guest took part: a fill-in or unlisted panelist.
        var peopleKeys = hosts.Concat(guests).Select(PersonName.Fold).ToList();
        foreach (var picker in picks.Select(p => p.By).Where(b => b.Length > 0))
        {
            var key = PersonName.Fold(picker);
            if (!peopleKeys.Any(p => NameVariants.SamePerson(p, key) || FirstNameOf(p) == key || p.StartsWith(key + " ", StringComparison.Ordinal) || FirstNameOf(key) == FirstNameOf(p)))
            {
                var resolved = resolver.Resolve(picker);
                AddNames(hosts, [resolved]);
                peopleKeys.Add(PersonName.Fold(resolved));
            }
        }

        // A show's name glued to a label's names ("Special Guest: Jane Doe Ruby Rogues speaks with …") is no person.
        guests.RemoveAll(catalog.IsShowTitle);
        hosts.RemoveAll(catalog.IsShowTitle);
        var guestKeys = guests.Select(PersonName.Fold).ToHashSet();
        hosts.RemoveAll(h => guestKeys.Contains(PersonName.Fold(h)) || guestKeys.Any(g => FirstNameOf(g) == PersonName.Fold(h)));

        return new NoteContent(hosts, guests, sponsors, summaryText, topics, links, picks, transcript);
    }

    private static string FirstNameOf(string foldedFullName) => foldedFullName.Split(' ')[0];

    private static IEnumerable<string> PeopleIn(NoteSection section)
    {
        foreach (var line in section.Lines)
        {
            if (line.IsListItem && !line.StartsItem)
                continue;
            // A linked name: the link text is the name ("[Jane Doe](https://twitter.com/jane)").
            if (line.Links.FirstOrDefault() is { Start: <= 1 } link && NameExtractor.FromText(link.Text).FirstOrDefault() is { } linked)
            {
                yield return linked;
                foreach (var more in NameExtractor.FromText(line.Text[link.End..]).Where(_ => line.Links.Count > 1))
                    if (line.Links.Any(l => l.Text == more))
                        yield return more;
                continue;
            }
            foreach (var name in NameExtractor.FromText(line.Text, stopAtProse: true))
                yield return name;
        }
    }

    private static void AddNames(List<string> target, IEnumerable<string> names)
    {
        foreach (var name in names)
            if (name.Length > 0 && !target.Any(t => PersonName.Fold(t) == PersonName.Fold(name)))
                target.Add(name);
    }

    private static void AppendProse(StringBuilder builder, IEnumerable<BodyLine> lines)
    {
        foreach (var line in lines)
        {
            if (builder.Length > 0)
                builder.Append(line.Kind == BodyLineKind.Paragraph ? ' ' : '\n');
            builder.Append(line.Text);
        }
    }
}
