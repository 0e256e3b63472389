using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using PodSearch.Core.Indexing;

namespace PodSearch.Core.Search;

/// <summary>
/// What a facet value is called where people read it: a show's facet value is its folder slug (<c>js-jabber</c>,
/// stable for links and filters) and its label the show's title. Built once per reader from the first stored
/// episode of each show, so a page can label every value, not only the shows that are on its page of hits.
/// </summary>
internal static class FacetLabels
{
    private static readonly ConditionalWeakTable<IndexReader, IReadOnlyDictionary<string, string>> ShowTitles = new();

    /// <summary><paramref name="values"/> with their labels, for the fields that have them (the show); others as they are.</summary>
    public static IReadOnlyList<FacetValue> Label(IndexReader reader, string field, IReadOnlyList<FacetValue> values)
    {
        if (field != IndexSchema.Podcast || values.Count == 0)
            return values;
        var titles = ShowTitles.GetValue(reader, ReadShowTitles);
        return [.. values.Select(v => v.Value is not null && titles.TryGetValue(v.Value, out var title) ? v with { Label = title } : v)];
    }

    private static IReadOnlyDictionary<string, string> ReadShowTitles(IndexReader reader)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var fields = new HashSet<string>(StringComparer.Ordinal) { IndexSchema.PodcastTitle };
        var bytes = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var shows = segment.GetSortedSetDocValues(IndexSchema.Podcast);
            if (shows is null)
                continue;
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                    continue;
                shows.SetDocument(doc);
                var ord = shows.NextOrd();
                if (ord == SortedSetDocValues.NO_MORE_ORDS)
                    continue;
                shows.LookupOrd(ord, bytes);
                var show = bytes.Utf8ToString();
                if (!seen.Add(show))
                    continue;
                // Only the first episode of each show is loaded; an episode without a title leaves the next one to try.
                if (segment.Document(doc, fields).Get(IndexSchema.PodcastTitle) is { Length: > 0 } title)
                    titles[show] = title;
                else
                    seen.Remove(show);
            }
        }
        return titles;
    }
}
