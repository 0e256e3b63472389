using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using PodSearch.Core.Analysis;
using PodSearch.Core.Indexing;

namespace PodSearch.SearchHost.Meilisearch.Filters;

/// <summary>
/// Every episode's id, facet values, number and duration for one open reader, read once from the doc values: what a
/// filter the core's field filters cannot express (<c>NOT</c>, <c>OR</c> across fields, <c>!=</c>, <c>EXISTS</c>)
/// is evaluated against, episode by episode, into the set of ids the search is then limited to; and
/// what sorting by <c>number</c> or <c>duration</c> (which the core does not sort by) reads.
/// </summary>
internal sealed class FacetTable
{
    private static readonly ConditionalWeakTable<IndexReader, FacetTable> PerReader = new();

    private FacetTable(IReadOnlyList<FacetRow> rows) => Rows = rows;

    public IReadOnlyList<FacetRow> Rows { get; }

    public static FacetTable For(IndexReader reader) => PerReader.GetValue(reader, Build);

    private static FacetTable Build(IndexReader reader)
    {
        var rows = new List<FacetRow>();
        var bytes = new BytesRef();
        var kindEpisode = new BytesRef(IndexSchema.KindEpisode);
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var ids = atomic.GetSortedDocValues(IndexSchema.Id);
            var kinds = atomic.GetSortedDocValues(IndexSchema.Kind);
            if (ids is null)
                continue;
            var fields = IndexSchema.FacetFields.Select(atomic.GetSortedSetDocValues).ToArray();
            var numbers = Numeric(atomic, IndexSchema.EpisodeNumber);
            var durations = Numeric(atomic, IndexSchema.DurationSeconds);
            var live = atomic.LiveDocs;
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                    continue;
                if (kinds is not null)
                {
                    kinds.Get(doc, bytes);
                    if (!bytes.BytesEquals(kindEpisode))
                        continue;
                }
                ids.Get(doc, bytes);
                var id = bytes.Utf8ToString();
                var values = new string[fields.Length][];
                for (var f = 0; f < fields.Length; f++)
                    values[f] = ValuesOf(fields[f], doc, bytes);
                rows.Add(new FacetRow(id, values, numbers(doc), durations(doc)));
            }
        }
        return new FacetTable(rows);
    }

    /// <summary>A numeric doc value by document, null where the document has none.</summary>
    private static Func<int, long?> Numeric(AtomicReader atomic, string field)
    {
        var values = atomic.GetNumericDocValues(field);
        var present = atomic.GetDocsWithField(field);
        return values is null || present is null ? _ => null : doc => present.Get(doc) ? values.Get(doc) : null;
    }

    private static string[] ValuesOf(SortedSetDocValues? field, int doc, BytesRef bytes)
    {
        if (field is null)
            return [];
        var values = new List<string>();
        field.SetDocument(doc);
        for (var ord = field.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = field.NextOrd())
        {
            field.LookupOrd(ord, bytes);
            values.Add(bytes.Utf8ToString());
        }
        return [.. values];
    }
}

/// <summary>One episode: its id, per facet field in <see cref="IndexSchema.FacetFields"/> order its values, and the numbers it sorts by.</summary>
internal sealed class FacetRow(string id, string[][] values, long? number, long? duration)
{
    private string[][]? folded;

    public string Id { get; } = id;

    /// <summary>The episode number, null when the note has none.</summary>
    public long? Number { get; } = number;

    /// <summary>The duration in seconds, null when unknown.</summary>
    public long? Duration { get; } = duration;

    public IReadOnlyList<string> Values(int field) => values[field];

    /// <summary>The values folded as the core folds filter values (<see cref="NameKey"/>), so matching ignores case and accents.</summary>
    public IReadOnlyList<string> Folded(int field)
    {
        folded ??= Array.ConvertAll(values, vs => Array.ConvertAll(vs, NameKey.Fold));
        return folded[field];
    }
}
