using System.Text;

namespace PodSearch.Core.Notes;

/// <summary>
/// Reads people, sponsors, summary, topics, links, picks and transcript out of a note's sections, and applies the
/// people rules: guests from Guest labels, else the title, else the summary (never a phrase the note also writes in
/// lower case, nor a show's name); hosts from Panel/Host labels, else the summary's "panelists A, B and C", else the
/// transcript's speakers; guests are never also hosts.
/// </summary>
/// <remarks>Each step runs under the note's <see cref="SectionGuard"/>: a reader that throws costs its own section
/// (with a warning naming file, line and section), never the note.</remarks>
internal sealed class NoteContentReader
{
    private readonly List<NoteSection> sections;
    private readonly string podcast;
    private readonly ShowCatalog catalog;
    private readonly string noteText;
    private readonly SectionGuard guard;
    private readonly List<string> hosts = [];
    private readonly List<string> guests = [];
    private readonly List<string> sponsors = [];
    private readonly StringBuilder summary = new();
    private readonly StringBuilder bodyProse = new();
    private readonly List<Topic> topics = [];
    private readonly List<EpisodeLink> links = [];
    private readonly List<PickGroup> picks = [];
    private readonly SpeakerResolver resolver = new();
    private List<TranscriptTurn> transcript = [];
    /// <summary>The turns with speakers as written, before <see cref="ResolveSpeakers"/> maps them to full names.</summary>
    private List<TranscriptTurn> writtenTranscript = [];
    private OrdinaryWords ordinaryWords = new([], []);
    private List<string> titleGuests = [];
    private List<string> knownNames = [];
    private string? summaryText;

    private NoteContentReader(List<NoteSection> sections, string podcast, ShowCatalog catalog, string noteText, SectionGuard guard)
    {
        this.sections = sections;
        this.podcast = podcast;
        this.catalog = catalog;
        this.noteText = noteText;
        this.guard = guard;
    }

    /// <summary>Reads the sections of one note; <paramref name="noteText"/> is the whole file, used to tell which show
    /// hosts' full names the note itself spells out.</summary>
    public static NoteContent Read(List<NoteSection> sections, string title, string podcast, ShowCatalog catalog, string noteText, SectionGuard guard) =>
        new NoteContentReader(sections, podcast, catalog, noteText, guard).Read(title);

    private NoteContent Read(string title)
    {
        // Read first: who speaks tells a person from a phrase when names come from the title.
        foreach (var section in sections.Where(s => s.Kind == SectionKind.Transcript))
            guard.Run("transcript", section.Line, () => transcript.AddRange(TranscriptReader.Read(section)));
        writtenTranscript = transcript;
        guard.Run("body words", 1, () => ordinaryWords = new OrdinaryWords(sections, transcript.Select(t => t.Speaker)));
        guard.Run("title", 1, () => titleGuests = TitleGuests.Find(title, noteText, ordinaryWords));
        // Names that split a run of words with nothing between them: show hosts, and whoever the title names as a
        // whole ("… with Eduardo San Martin Morote" keeps that label run one person, not two).
        knownNames = catalog.Hosts.Select(h => h.Name).Concat(titleGuests).ToList();
        foreach (var section in sections)
            guard.Run(section.Kind.ToString().ToLowerInvariant(), section.Line, () => ReadSection(section));

        summaryText = summary.Length > 0 ? summary.ToString().Trim() : bodyProse.Length >= 30 ? bodyProse.ToString().Trim() : null;
        guard.Run("title and summary people", 1, AddPeopleFromProse);
        guard.Run("transcript guests", TranscriptLine, AddGuestsFromTranscript);
        guard.Run("transcript speakers", TranscriptLine, ResolveSpeakers);
        guard.Run("transcript roll call", TranscriptLine, AddSpeakersAsHosts);
        var known = KnownPeople();
        foreach (var section in sections.Where(s => s.Kind == SectionKind.Picks))
            guard.Run("picks", section.Line, () => picks.AddRange(PicksReader.Read(section, name => known.Contains(PersonName.Fold(name)))));
        guard.Run("picks", PicksLine, AddPickersFromTranscript);
        guard.Run("picks", PicksLine, ResolveGuestPicker);
        guard.Run("picks", PicksLine, DropNonPersonPickers);
        guard.Run("picks", PicksLine, AddPickersAsHosts);
        guard.Run("people", 1, DropNonPeople);
        return new NoteContent(hosts, guests, sponsors, summaryText, topics, links, picks, transcript);
    }

    private int TranscriptLine => sections.FirstOrDefault(s => s.Kind == SectionKind.Transcript)?.Line ?? 1;

    private int PicksLine => sections.FirstOrDefault(s => s.Kind == SectionKind.Picks)?.Line ?? 1;

    private void ReadSection(NoteSection section)
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
                // Sponsors are companies: their names may be long, so no person-name plausibility check.
                foreach (var sponsor in SponsorsReader.Read(section))
                    if (!sponsors.Any(t => PersonName.Fold(t) == PersonName.Fold(sponsor)))
                        sponsors.Add(sponsor);
                break;
            case SectionKind.Summary:
                AppendProse(summary, section.Lines);
                break;
            case SectionKind.Picks:
                break; // read once the note's people are known
            case SectionKind.Transcript:
                break; // read first
            case SectionKind.Links:
            case SectionKind.Body:
            case SectionKind.Other:
                foreach (var line in section.Lines)
                {
                    if (TopicsReader.Read(line) is { } topic)
                        topics.Add(topic);
                    links.AddRange(line.Links.Select(l => new EpisodeLink(InlineText.Clean(l.Text) is { Length: > 0 } t ? t : l.Url, l.Url)));
                }
                if (section.Kind == SectionKind.Body && bodyProse.Length == 0)
                    AppendProse(bodyProse, section.Lines.Where(l => l.Kind == BodyLineKind.Paragraph && TopicsReader.Read(l) is null));
                break;
        }
    }

    /// <summary>Names read from free text (title, prose) rather than under a label must look like people in this note.</summary>
    private void AddPeopleFromProse()
    {
        bool IsPerson(string name) => !ordinaryWords.IsPhrase(name);
        if (guests.Count == 0)
            AddNames(guests, titleGuests.Where(IsPerson));
        if (guests.Count == 0 && summaryText is not null)
            AddNames(guests, ProsePeople.Guests(summaryText).Where(IsPerson));
        if (hosts.Count == 0 && summaryText is not null)
            AddNames(hosts, ProsePeople.Hosts(summaryText));
    }

    /// <summary>Last source of guests (LABELS.md: old Panel lists include the guest): whoever the transcript's opening
    /// introduces as the guest, spelled as the panel list spells them when it lists them.</summary>
    private void AddGuestsFromTranscript()
    {
        if (guests.Count > 0)
            return;
        AddNames(guests, TranscriptGuests.Find(writtenTranscript, ListedSpelling));
    }

    /// <summary>The host entry that names the same person as <paramref name="spoken"/>: the same name, the one entry
    /// with that first name, or the same surname with the same initial ("Dave Herman" for "David Herman").</summary>
    private string ListedSpelling(string spoken)
    {
        var key = PersonName.Fold(spoken);
        var words = key.Split(' ');
        var keys = hosts.Select(h => (Name: h, Key: PersonName.Fold(h))).ToList();
        if (keys.FirstOrDefault(h => h.Key == key).Name is { } same)
            return same;
        if (words.Length == 1)
        {
            var byFirst = keys.Where(h => FirstNameOf(h.Key) == key).ToList();
            return byFirst.Count == 1 ? byFirst[0].Name : spoken;
        }
        var bySurname = keys.Where(h => h.Key.Split(' ') is { Length: >= 2 } w && w[^1] == words[^1] && w[0][0] == words[0][0]).ToList();
        return bySurname.Count == 1 ? bySurname[0].Name : spoken;
    }

    private void ResolveSpeakers()
    {
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
    }

    /// <summary>Roll call: with no panel list, the people who speak, in order; a label seen once is more likely a
    /// misread than a speaker.</summary>
    private void AddSpeakersAsHosts()
    {
        if (hosts.Count > 0)
            return;
        var turnsBySpeaker = transcript.CountBy(t => t.Speaker).ToDictionary();
        var speakers = transcript.Select(t => t.Speaker).Distinct().Where(s => turnsBySpeaker[s] >= 2).ToList();
        // A label one slip away from a guest's or a busier speaker's first name ("CAROLINE" for Coraline) is that person.
        var others = guests.Select(g => (Key: PersonName.Fold(g), Turns: int.MaxValue))
            .Concat(speakers.Select(s => (Key: PersonName.Fold(s), Turns: turnsBySpeaker[s]))).ToList();
        bool IsSlipOfSomeoneElse(string speaker)
        {
            var key = PersonName.Fold(speaker);
            return !key.Contains(' ') && others.Any(o => o.Turns > turnsBySpeaker[speaker] && NameVariants.IsTypo(key, FirstNameOf(o.Key)));
        }
        AddNames(hosts, speakers.Where(s => !IsSlipOfSomeoneElse(s)));
    }

    /// <summary>Folded full and first names of everyone the note shows taking part, and of the show's hosts.</summary>
    private HashSet<string> KnownPeople()
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in hosts.Concat(guests).Concat(transcript.Select(t => t.Speaker).Distinct()).Concat(catalog.HostsFor(podcast).Select(h => h.Name)))
        {
            var key = PersonName.Fold(person);
            known.Add(key);
            known.Add(FirstNameOf(key));
        }
        return known;
    }

    /// <summary>Picks listed without names: the pickers come from the transcript (who is asked for picks, who
    /// announces theirs); their items stay unattributed.</summary>
    private void AddPickersFromTranscript()
    {
        if (picks.Count == 0 || picks.Any(p => p.By.Length > 0) || writtenTranscript.Count == 0)
            return;
        foreach (var picker in TranscriptPickers.Find(writtenTranscript))
            picks.Add(new PickGroup(picker, []));
    }

    /// <summary>A picker written as "Guest" (or "Special Guest") is the note's one guest.</summary>
    private void ResolveGuestPicker()
    {
        if (guests.Count != 1)
            return;
        for (var i = 0; i < picks.Count; i++)
            if (PersonName.Fold(picks[i].By) is "guest" or "special guest")
                picks[i] = picks[i] with { By = guests[0] };
    }

    /// <summary>
    /// A one-word picker nobody in the note answers to is a caption or a heading under Picks ("Movie:", "Extras",
    /// "[Homeland](url)" under a picker's heading), not a person. A picker takes part, so a transcript says their
    /// name (a fill-in panelist's label may be garbled, but someone says "AJ, what are your picks?"); without a
    /// transcript, a word the note also writes in lower case is no name. Its items belong to the picker before it.
    /// </summary>
    private void DropNonPersonPickers()
    {
        var speakers = transcript.Select(t => t.Speaker).Distinct().ToList();
        var people = hosts.Concat(guests).Concat(speakers).Concat(catalog.HostsFor(podcast).Select(h => h.Name)).Select(PersonName.Fold).ToList();
        for (var i = picks.Count - 1; i >= 0; i--)
        {
            var by = picks[i].By;
            var key = PersonName.Fold(by);
            if (key.Length == 0 || key.Contains(' ') || people.Any(p => p == key || NameVariants.MayBeFirstNameOf(key, p)
                    || (key.Length >= 3 && p.StartsWith(key, StringComparison.Ordinal))))
                continue;
            var notAName = transcript.Count > 0 ? !IsSaidInTranscript(by) : ordinaryWords.IsWritten(by);
            if (!notAName)
                continue;
            if (i > 0)
                picks[i - 1] = picks[i - 1] with { Items = [.. picks[i - 1].Items, .. picks[i].Items] };
            else
                picks.Insert(1, picks[0] with { By = "" });
            picks.RemoveAt(i);
        }
    }

    private bool IsSaidInTranscript(string word) =>
        transcript.Any(t => ContainsWord(t.Text, word) || ContainsWord(t.Speaker, word));

    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
                return true;
        }
        return false;
    }

    /// <summary>Someone who gives picks but is neither listed nor a guest took part: a fill-in or unlisted panelist.</summary>
    private void AddPickersAsHosts()
    {
        var peopleKeys = hosts.Concat(guests).Select(PersonName.Fold).ToList();
        foreach (var picker in picks.Select(p => p.By).Where(b => b.Length > 0))
        {
            var key = PersonName.Fold(picker);
            if (!peopleKeys.Any(p => NameVariants.SamePerson(p, key) || (!key.Contains(' ') && NameVariants.MayBeFirstNameOf(key, p))
                    || p.StartsWith(key + " ", StringComparison.Ordinal) || FirstNameOf(key) == FirstNameOf(p)))
            {
                var resolved = resolver.Resolve(picker);
                AddNames(hosts, [resolved]);
                peopleKeys.Add(PersonName.Fold(resolved));
            }
        }
    }

    /// <summary>A show's name glued to a label's names ("Special Guest: Jane Doe Ruby Rogues speaks with …") is no
    /// person, and a guest is never also a host.</summary>
    private void DropNonPeople()
    {
        guests.RemoveAll(catalog.IsShowTitle);
        hosts.RemoveAll(catalog.IsShowTitle);
        var guestKeys = guests.Select(PersonName.Fold).ToHashSet();
        hosts.RemoveAll(h => guestKeys.Contains(PersonName.Fold(h)) || guestKeys.Any(g => FirstNameOf(g) == PersonName.Fold(h) || NameVariants.InitialsOf(g) == PersonName.Fold(h)));
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
            if (PersonName.IsPlausible(name) && !target.Any(t => PersonName.Fold(t) == PersonName.Fold(name)))
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
