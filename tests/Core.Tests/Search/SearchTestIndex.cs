using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PodSearch.Core.Analysis;
using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;
using PodSearch.Core.Search;

namespace PodSearch.Core.Tests.Search;

/// <summary>
/// A small on-disk index of invented episodes (<see cref="Episodes"/>), written with the real document mapping
/// and analysers, shared read-only by a test class.
/// </summary>
public sealed class SearchTestIndex : IDisposable
{
    public SearchTestIndex()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"podsearch-search-{Guid.NewGuid():N}");
        Write(Path, Episodes);
        Provider = new SearcherProvider(Path);
        Searcher = new EpisodeSearcher(Provider);
    }

    public string Path { get; }

    public SearcherProvider Provider { get; }

    public EpisodeSearcher Searcher { get; }

    public static IReadOnlyList<Episode> Episodes { get; } =
    [
        Make("beam-talk/001-supervisors", "beam-talk", "Beam Talk", "Supervisors and Fault Tolerant Design", 2019, 3, 5,
            guests: ["Saša Jurić"], hosts: ["Ada Quill", "Bram Oaks"], tags: ["elixir", "otp"],
            summary: "How supervision trees restart crashed processes and keep a system running.",
            transcript: [("Ada Quill", "Welcome back. Today we talk about supervisors."), ("Saša Jurić", "Let it crash is about isolation, not carelessness. A supervisor restarts the worker and the rest keeps going.")]),
        Make("beam-talk/002-releases", "beam-talk", "Beam Talk", "Shipping Releases", 2020, 6, 1,
            guests: ["Mirela Petrović"], hosts: ["Ada Quill"], tags: ["elixir", "deployment"],
            summary: "Building releases, hot upgrades and configuration at runtime.",
            transcript: [("Mirela Petrović", "Hot code upgrades are rare in practice. Most teams restart nodes one by one and rely on fault tolerance elsewhere.")]),
        Make("beam-talk/003-panel", "beam-talk", "Beam Talk", "Listener Questions", 2021, 1, 10,
            guests: [], hosts: ["Ada Quill", "Bram Oaks"], tags: ["elixir"],
            summary: "The panel answers questions about testing and documentation.",
            transcript: [("Bram Oaks", "Someone asked whether property based testing is worth it. I think yes.")]),
        Make("yarn-circle/010-knitting-code", "yarn-circle", "Yarn Circle", "Knitting Patterns as Code", 2018, 11, 2,
            guests: ["Ines Kowalczyk"], hosts: ["Pat Loom"], tags: ["craft"],
            summary: "Pattern charts are programs; a knitter is an interpreter.",
            transcript: [("Pat Loom", "So a chart is like source code?"), ("Ines Kowalczyk", "Exactly, and a dropped stitch is a runtime error with no stack trace.")]),
        Make("yarn-circle/011-tolerance", "yarn-circle", "Yarn Circle", "Gauge, Tension and Tolerance", 2019, 7, 20,
            guests: ["Saša Jurić"], hosts: ["Pat Loom"], tags: ["craft", "elixir"],
            summary: "Why gauge swatches lie and how much tolerance a sweater has.",
            transcript: [("Pat Loom", "Our guest today is better known for software."), ("Saša Jurić", "Knitting taught me patience. Fault tolerant garments exist too.")]),
        Make("yarn-circle/012-colour", "yarn-circle", "Yarn Circle", "Colourwork Without Tears", 2022, 2, 14,
            guests: ["Noor Haddad"], hosts: ["Pat Loom", "Ada Quill"], tags: ["craft"],
            summary: "Stranded colourwork, floats and choosing contrast.",
            transcript: [("Noor Haddad", "Contrast matters more than hue. Take a photo in black and white to check it.")]),
        Make("night-shift/100-on-call", "night-shift", "Night Shift", "On Call Without Burnout", 2020, 9, 9,
            guests: ["Francesca Moretti"], hosts: ["Lee Ward"], tags: ["operations"],
            summary: "Paging policies, runbooks and sleeping through the night.",
            transcript: [("Lee Ward", "What makes an alert actionable?"), ("Francesca Moretti", "An alert nobody can act on is noise. Delete it. Fault tolerant systems page less.")]),
        Make("night-shift/101-postmortems", "night-shift", "Night Shift", "Blameless Postmortems", 2023, 4, 30,
            guests: ["Ines Kowalczyk", "Tomasz Nowak"], hosts: ["Lee Ward"], tags: ["operations", "culture"],
            summary: "Writing postmortems that teach instead of blame.",
            transcript: [("Tomasz Nowak", "The timeline is the easy part. The hard part is asking why the system let it happen.")]),
        new Episode { Id = "night-shift/index", Podcast = "night-shift", Kind = EpisodeKind.Other, Title = "Night Shift: all episodes about fault tolerant operations", SourcePath = "night-shift/index.md", ContentHash = "other" },
    ];

    public void Dispose()
    {
        Provider.Dispose();
        try
        {
            System.IO.Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Writes <paramref name="episodes"/> as one commit with the current schema version.</summary>
    public static void Write(string path, IEnumerable<Episode> episodes, int schemaVersion = IndexSchema.Version)
    {
        using var directory = FSDirectory.Open(path);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, Analyzers.Default.Index)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
        });
        var list = episodes.ToList();
        foreach (var episode in list)
            writer.UpdateDocument(new Term(IndexSchema.Id, episode.Id), EpisodeDocument.From(episode));
        writer.SetCommitData(new IndexMetadata { SchemaVersion = schemaVersion, NotesRoot = "/notes", Episodes = list.Count }.ToUserData());
        writer.Commit();
    }

    private static Episode Make(string id, string podcast, string podcastTitle, string title, int year, int month, int day,
        string[] guests, string[] hosts, string[] tags, string summary, (string Speaker, string Text)[] transcript) => new()
    {
        Id = id,
        Podcast = podcast,
        PodcastTitle = podcastTitle,
        Title = title,
        Date = new DateTime(year, month, day, 10, 0, 0),
        DurationSeconds = 1800 + title.Length * 60,
        Guests = guests,
        Hosts = hosts,
        Tags = tags,
        Summary = summary,
        Topics = [new Topic("00:30", "Introductions"), new Topic("05:00", title)],
        Picks = [new PickGroup(hosts[0], [new PickItem("A sturdy thermos for " + podcast, null)])],
        Transcript = transcript.Select(t => new TranscriptTurn(t.Speaker, t.Text)).ToList(),
        SourcePath = id + ".md",
        ContentHash = "hash-" + id,
    };
}
