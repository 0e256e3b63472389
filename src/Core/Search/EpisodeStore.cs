using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;

namespace PodSearch.Core.Search;

/// <summary>
/// The stored form of a document (its <see cref="Episode"/> and the exact stored values of the snippet fields),
/// read once per segment and kept while the segment is open: hits, snippets and similar-episode queries all
/// need it, and decompressing and parsing a transcript on every request would cost more than the search itself.
/// </summary>
internal static class EpisodeStore
{
    private static readonly ConditionalWeakTable<object, StoredEpisode?[]> PerSegment = new();
    private static readonly ISet<string> Fields = new HashSet<string>(IndexSchema.SnippetFields)
    {
        IndexSchema.EpisodeJson,
        IndexSchema.TranscriptSpeaker,
    };

    /// <summary>The stored episode of top-level document <paramref name="doc"/> of <paramref name="reader"/>.</summary>
    public static StoredEpisode Load(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var local = doc - leaf.DocBase;
        var segment = leaf.AtomicReader;
        var cache = PerSegment.GetValue(segment.CoreCacheKey, _ => new StoredEpisode?[segment.MaxDoc]);
        var stored = Volatile.Read(ref cache[local]);
        if (stored is not null)
            return stored;
        var document = segment.Document(local, Fields);
        var values = IndexSchema.SnippetFields.ToDictionary(f => f, f => document.GetValues(f) ?? [], StringComparer.Ordinal);
        stored = new StoredEpisode(EpisodeDocument.ReadEpisode(document), values, document.GetValues(IndexSchema.TranscriptSpeaker) ?? []);
        Volatile.Write(ref cache[local], stored);
        return stored;
    }
}

/// <summary>
/// A document as stored: the episode, and per snippet field the values exactly as indexed (in order, so
/// postings offsets map onto them), plus the speaker of each transcript value.
/// </summary>
internal sealed record StoredEpisode(Episode Episode, IReadOnlyDictionary<string, string[]> Values, string[] Speakers);
