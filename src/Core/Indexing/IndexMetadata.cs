using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace PodSearch.Core.Indexing;

/// <summary>
/// What the indexer writes into each commit's user data: schema version, notes root, counts, time and the
/// build fingerprint. Also the one way to open an index for reading with its version checked
/// (<see cref="OpenReader(string)"/>), so the CLI and the host give the same message for a missing or outdated index.
/// </summary>
public sealed record IndexMetadata
{
    private const string SchemaVersionKey = "podsearch.schema_version";
    private const string NotesRootKey = "podsearch.notes_root";
    private const string EpisodesKey = "podsearch.episodes";
    private const string OthersKey = "podsearch.others";
    private const string IndexedAtKey = "podsearch.indexed_at";
    private const string FingerprintKey = "podsearch.fingerprint";

    public required int SchemaVersion { get; init; }
    /// <summary>Absolute path of the notes folder that was indexed.</summary>
    public string NotesRoot { get; init; } = "";
    /// <summary>Documents of kind <c>episode</c> in this commit.</summary>
    public int Episodes { get; init; }
    /// <summary>Documents of kind <c>other</c> (show index pages, posts) in this commit.</summary>
    public int Others { get; init; }
    public DateTimeOffset? IndexedAt { get; init; }
    /// <summary>Identifies the parser build and the notes folder's <c>_data/</c>: when it changes, every note is re-parsed.</summary>
    public string Fingerprint { get; init; } = "";

    internal Dictionary<string, string> ToUserData() => new(StringComparer.Ordinal)
    {
        [SchemaVersionKey] = SchemaVersion.ToString(CultureInfo.InvariantCulture),
        [NotesRootKey] = NotesRoot,
        [EpisodesKey] = Episodes.ToString(CultureInfo.InvariantCulture),
        [OthersKey] = Others.ToString(CultureInfo.InvariantCulture),
        [IndexedAtKey] = (IndexedAt ?? DateTimeOffset.UtcNow).ToString("O", CultureInfo.InvariantCulture),
        [FingerprintKey] = Fingerprint,
    };

    internal static IndexMetadata FromUserData(IDictionary<string, string> data)
    {
        string? Get(string key) => data.TryGetValue(key, out var value) ? value : null;
        int Int(string key) => int.TryParse(Get(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return new IndexMetadata
        {
            SchemaVersion = int.TryParse(Get(SchemaVersionKey), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0,
            NotesRoot = Get(NotesRootKey) ?? "",
            Episodes = Int(EpisodesKey),
            Others = Int(OthersKey),
            IndexedAt = DateTimeOffset.TryParse(Get(IndexedAtKey), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null,
            Fingerprint = Get(FingerprintKey) ?? "",
        };
    }

    /// <summary>The metadata of the last commit of an open reader.</summary>
    public static IndexMetadata Read(DirectoryReader reader) => FromUserData(reader.IndexCommit.UserData);

    /// <summary>The metadata of the last commit at <paramref name="indexPath"/>, or null when there is no index there.</summary>
    public static IndexMetadata? TryRead(string indexPath)
    {
        if (!System.IO.Directory.Exists(indexPath))
            return null;
        using var directory = FSDirectory.Open(indexPath);
        if (!DirectoryReader.IndexExists(directory))
            return null;
        var infos = new SegmentInfos();
        infos.Read(directory);
        return FromUserData(infos.UserData);
    }

    /// <summary>Opens the index for reading after checking it exists and has this build's schema version.</summary>
    /// <exception cref="IndexUnavailableException">No index at the path (the message says how to build one).</exception>
    /// <exception cref="IndexVersionException">The index has another schema version.</exception>
    public static DirectoryReader OpenReader(string indexPath) => OpenReader(FSDirectory.Open(Existing(indexPath)), indexPath);

    /// <inheritdoc cref="OpenReader(string)"/>
    public static DirectoryReader OpenReader(Lucene.Net.Store.Directory directory, string indexPath)
    {
        DirectoryReader reader;
        try
        {
            reader = DirectoryReader.Open(directory);
        }
        catch (Exception ex) when (ex is IndexNotFoundException or FileNotFoundException or DirectoryNotFoundException)
        {
            throw new IndexUnavailableException(indexPath, $"no index at {indexPath}; {IndexUnavailableException.BuildHint(indexPath)}", ex);
        }
        catch (Exception ex) when (ex is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
        {
            throw new IndexUnavailableException(indexPath, $"the index at {indexPath} cannot be read ({ex.Message}); rebuild it: podsearch index <notes-dir> --index {indexPath}", ex);
        }
        var version = Read(reader).SchemaVersion;
        if (version != IndexSchema.Version)
        {
            reader.Dispose();
            throw new IndexVersionException(indexPath, version == 0 ? null : version);
        }
        return reader;
    }

    private static string Existing(string indexPath) =>
        System.IO.Directory.Exists(indexPath)
            ? indexPath
            : throw new IndexUnavailableException(indexPath, $"no index at {indexPath} (the folder does not exist); {IndexUnavailableException.BuildHint(indexPath)}");
}
