using System.Globalization;
using System.Text;

namespace PodSearch.Core.Tests.Indexing;

/// <summary>
/// A temporary notes folder (and index folder beside it) filled with invented notes in the corpus's format:
/// front matter, panel, guest, summary, picks and a transcript. Deleted on dispose.
/// </summary>
internal sealed class NotesFolder : IDisposable
{
    private static readonly string[] Hosts = ["Marta Kowalczyk", "Devon Okafor", "Lars Pettersen", "Priya Raman"];
    private static readonly string[] Guests = ["Saša Jurić", "Ingrid Solberg", "Kwame Mensah", "Zoë Ångström", "Tomás Ibarra"];
    private static readonly string[] Subjects = ["fault tolerance", "supervision trees", "memory safety", "query planners", "build caching", "type inference", "garbage collection", "event sourcing"];

    public NotesFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "podsearch-notes-" + Guid.NewGuid().ToString("N"));
        Notes = Path.Combine(Root, "notes");
        Index = Path.Combine(Root, "index");
        Directory.CreateDirectory(Notes);
    }

    public string Root { get; }
    public string Notes { get; }
    public string Index { get; }

    public string PathOf(string relative) => Path.Combine(Notes, relative);

    public string Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Writes <paramref name="count"/> episodes of show <paramref name="show"/>, numbered from <paramref name="first"/>.</summary>
    public void WriteEpisodes(string show, int count, int first = 1, int transcriptTurns = 6)
    {
        for (var n = first; n < first + count; n++)
            Write($"{show}/{show}-{n:000}.md", Episode(show, n, transcriptTurns));
    }

    public static string Episode(string show, int n, int transcriptTurns = 6, string? title = null)
    {
        var host = Hosts[n % Hosts.Length];
        var cohost = Hosts[(n + 1) % Hosts.Length];
        var guest = Guests[n % Guests.Length];
        var subject = Subjects[n % Subjects.Length];
        var date = new DateTime(2017, 1, 3).AddDays(7 * n);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            ---
            title: "{title ?? $"Episode {n}: {Capital(subject)} with {guest}"}"
            date: {date:yyyy-MM-dd} 09:00:00
            episode_number: {n:000}
            duration: {30 + n % 40}:{n % 60:00}
            audio_url: https://media.example.org/{show}/{n:000}.mp3
            podcast: {show}
            tags:
              - {show.Replace('-', '_')}
              - podcast
            ---

            ### **Panel**

            - {host}
            - {cohost}

            ### **Guest**

            - {guest}

            ### **Episode Summary**

            {guest} joins {host} and {cohost} to talk about {subject}, what went wrong the first time and what they would do again.

            ### **Picks**

            **{host}:**

            - [A book about {subject}](https://books.example.com/{n})

            ### Transcript

            """);
        text.Append('\n');
        for (var turn = 0; turn < transcriptTurns; turn++)
        {
            var speaker = turn % 2 == 0 ? host.Split(' ')[0].ToUpperInvariant() : guest.Split(' ')[0].ToUpperInvariant();
            text.Append(CultureInfo.InvariantCulture,
                $"**{speaker}:** In turn {turn} we keep talking about {subject} and about episode {n}, because a longer transcript makes parsing and indexing do real work on every note.\n\n");
        }
        return text.ToString();
    }

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Root))
                Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A killed child may still be releasing files; the temp folder is cleaned by the OS later.
        }
    }
}
