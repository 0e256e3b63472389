using System.Globalization;
using System.Text;
using PodSearch.Core.Indexing;
using PodSearch.Core.Semantic;
using PodSearch.Core.Tests.Indexing;

namespace PodSearch.Core.Tests.Semantic;

/// <summary>
/// Invented notes for semantic tests: two shows, each episode about one of four subjects with its own
/// vocabulary, so which episodes a subject query should find is known from how they were written.
/// </summary>
internal static class TopicNotes
{
    /// <summary>How many episodes the semantic tests write: eight per subject.</summary>
    public const int Episodes = 32;

    public static readonly string[] Shows = ["byte-garden", "stack-stories"];

    public static readonly (string Name, string[] Words)[] Subjects =
    [
        ("gardening", ["compost", "soil", "seedlings", "greenhouse", "tomatoes", "mulch", "harvest", "watering", "pruning", "fertiliser"]),
        ("databases", ["postgres", "replication", "indexes", "transactions", "schema", "queries", "btree", "vacuum", "sharding", "backups"]),
        ("sailing", ["regatta", "mainsail", "tacking", "harbour", "anchor", "keel", "spinnaker", "mooring", "crew", "wind"]),
        ("baking", ["sourdough", "flour", "oven", "yeast", "crust", "dough", "proofing", "starter", "loaf", "kneading"]),
    ];

    public static string SubjectOf(int n) => Subjects[n % Subjects.Length].Name;

    public static string ShowOf(int n) => Shows[n / 2 % Shows.Length];

    public static string IdOf(int n) => $"{ShowOf(n)}/{ShowOf(n)}-{n:000}";

    public static string PathOf(int n) => $"{ShowOf(n)}/{ShowOf(n)}-{n:000}.md";

    /// <summary>Writes episodes 0..count-1 into <paramref name="folder"/>.</summary>
    public static void Write(NotesFolder folder, int count, string variant = "")
    {
        for (var n = 0; n < count; n++)
            folder.Write(PathOf(n), Note(n, variant));
    }

    /// <summary>Rewrites episode <paramref name="n"/> with other words, for incremental runs.</summary>
    public static void Revise(NotesFolder folder, int n) => folder.Write(PathOf(n), Note(n, variant: "revisited"));

    /// <summary>Indexes the folder with the word-vector encoder, domain vectors only, of a few dimensions, so the tests stay fast.</summary>
    public static IndexingReport Index(NotesFolder folder) => new EpisodeIndexer(new IndexingOptions
    {
        NotesRoot = folder.Notes,
        IndexPath = folder.Index,
        Semantic = new SemanticIndexOptions { Encoder = SemanticIndexOptions.SifEncoder, Transcripts = true, GeneralVectorsPath = null, DomainDimensions = 16 },
    }).Run();

    public static string Note(int n, string variant = "")
    {
        var (subject, words) = Subjects[n % Subjects.Length];
        var random = new Random(n * 31 + variant.Length);
        string Sentence() => string.Join(' ', Enumerable.Range(0, 12).Select(_ => words[random.Next(words.Length)])) + ".";
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            ---
            title: "Episode {n} on {subject} {variant}"
            date: {new DateTime(2018 + n % 3, 2, 1).AddDays(n):yyyy-MM-dd} 09:00:00
            episode_number: {n:000}
            podcast: {ShowOf(n)}
            ---

            ### **Panel**

            - Ada Lark
            - Ben Moss

            ### **Episode Summary**

            {Sentence()} {Sentence()}

            ### Transcript


            """);
        for (var turn = 0; turn < 8; turn++)
            text.Append(CultureInfo.InvariantCulture, $"**{(turn % 2 == 0 ? "ADA" : "BEN")}:** {Sentence()} {Sentence()} {Sentence()}\n\n");
        return text.ToString();
    }
}
