using PodSearch.Core.Notes;

namespace PodSearch.Core.Tests.Research;

/// <summary>Small episodes written for these tests: two invented shows, people whose names come in several spellings.</summary>
internal static class ResearchEpisodes
{
    public static Episode Make(
        string id, string date, string[]? hosts = null, string[]? guests = null,
        (string By, (string Text, string? Url)[] Items)[]? picks = null,
        (string Text, string Url)[]? links = null,
        (string Speaker, string Text)[]? transcript = null,
        string? title = null)
    {
        var podcast = id.Split('/')[0];
        return new Episode
        {
            Id = id,
            Podcast = podcast,
            PodcastTitle = podcast == "garden-talk" ? "Garden Talk" : "Kiln Hours",
            Title = title ?? "Episode " + id.Split('/')[1],
            Date = DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            AudioUrl = $"https://audio.example.org/{id}.mp3",
            Hosts = hosts ?? [],
            Guests = guests ?? [],
            Picks = (picks ?? []).Select(p => new PickGroup(p.By, p.Items.Select(i => new PickItem(i.Text, i.Url)).ToList())).ToList(),
            Links = (links ?? []).Select(l => new EpisodeLink(l.Text, l.Url)).ToList(),
            Transcript = (transcript ?? []).Select(t => new TranscriptTurn(t.Speaker, t.Text)).ToList(),
        };
    }

    /// <summary>
    /// garden-talk: hosted by Charles Max Wood ("Chuck", "CHUCK") and Marta Núñez; guests Saša Jurić (also
    /// written "Sasa Juric") and Dave Kimura; a second Dave (Dave Ostrowski) co-hosts one episode.
    /// kiln-hours: hosted by Dave Ostrowski alone.
    /// </summary>
    public static IReadOnlyList<Episode> Sample() =>
    [
        Make("garden-talk/gt-001", "2019-01-10", hosts: ["Charles Max Wood", "Marta Núñez"], guests: ["Saša Jurić"],
            picks: [("Chuck", [("Property Based Testing with PropEr", "https://propertesting.com/book"), ("Hiking boots", null)]),
                    ("Saša Jurić", [("Elixir in Action", "https://www.manning.com/books/elixir-in-action")])],
            links: [("Saša on GitHub", "https://github.com/sasa1977"), ("Conference talk", "https://www.youtube.com/watch?v=abc")],
            transcript: [("CHUCK", "Welcome to the show about supervisors."), ("SAŠA", "Supervisors restart crashed processes."), ("MARTA", "And they keep state small.")]),
        Make("garden-talk/gt-002", "2019-06-02", hosts: ["Chuck", "Marta Nunez"], guests: ["[Sasa Juric](https://twitter.com/sasajuric)"],
            picks: [("Marta", [("Property-based testing book", "https://propertesting.com/book/")])],
            links: [("Project", "https://gist.github.com/xyz")]),
        Make("garden-talk/gt-003", "2020-03-15", hosts: ["Charles Maxwood", "Dave Ostrowski"], guests: ["Dave Kimura"],
            picks: [("Dave Kimura", [("Rails tips", "https://github.com/dkimura/tips")]), ("Charles Max Wood", [("Hiking boots", null)])],
            transcript: [("CHARLES MAX WOOD", "Today two Daves."), ("DAVE", "Hi, which Dave am I?"), ("Dave Kimura", "The other one.")]),
        Make("kiln-hours/kh-001", "2021-05-05", hosts: ["Dave Ostrowski"], guests: ["Marta Núñez"],
            picks: [("Dave", [("Glaze chemistry", "https://glazes.example.com/chem")])],
            transcript: [("DAVE", "Welcome to the kiln."), ("MARTA NÚÑEZ", "Glad to be here.")]),
    ];
}
