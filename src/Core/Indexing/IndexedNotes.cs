using Lucene.Net.Index;
using Lucene.Net.Util;

namespace PodSearch.Core.Indexing;

/// <summary>
/// What the last commit holds, by note path: id, content hash and kind, read from doc values (not stored
/// fields, which would mean decompressing every document) so a no-change re-run stays fast.
/// </summary>
internal static class IndexedNotes
{
    public static Dictionary<string, IndexedNote> Read(DirectoryReader reader)
    {
        var notes = new Dictionary<string, IndexedNote>(reader.NumDocs, StringComparer.Ordinal);
        var scratch = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var ids = segment.GetSortedDocValues(IndexSchema.Id);
            var paths = segment.GetSortedDocValues(IndexSchema.SourcePath);
            var kinds = segment.GetSortedDocValues(IndexSchema.Kind);
            var hashes = segment.GetBinaryDocValues(IndexSchema.ContentHash);
            if (ids is null || paths is null || kinds is null || hashes is null)
                continue;
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                    continue;
                paths.Get(doc, scratch);
                var path = scratch.Utf8ToString();
                ids.Get(doc, scratch);
                var id = scratch.Utf8ToString();
                kinds.Get(doc, scratch);
                var isEpisode = scratch.Utf8ToString() == IndexSchema.KindEpisode;
                hashes.Get(doc, scratch);
                notes[path] = new IndexedNote(id, scratch.Utf8ToString(), isEpisode);
            }
        }
        return notes;
    }
}

/// <summary>One indexed note as the last commit knows it.</summary>
internal sealed record IndexedNote(string Id, string Hash, bool IsEpisode);
