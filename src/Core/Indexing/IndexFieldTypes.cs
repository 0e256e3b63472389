using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace PodSearch.Core.Indexing;

/// <summary>The Lucene field types <see cref="EpisodeDocument"/> uses, frozen once.</summary>
internal static class IndexFieldTypes
{
    /// <summary>Analysed, stored, postings with positions and offsets: snippet sources.</summary>
    public static readonly FieldType StoredTextWithOffsets = Freeze(new FieldType(TextField.TYPE_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    /// <summary>Analysed, not stored, positions (phrases) but no offsets.</summary>
    public static readonly FieldType Text = TextField.TYPE_NOT_STORED;

    /// <summary>Analysed, not stored, documents and frequencies only (no phrases): the baseline field.</summary>
    public static readonly FieldType TextFrequenciesOnly = Freeze(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS,
    });

    /// <summary>One exact term, not stored, no norms or frequencies: filters only.</summary>
    public static readonly FieldType ExactNotStored = StringField.TYPE_NOT_STORED;

    /// <summary>One exact term, stored.</summary>
    public static readonly FieldType ExactStored = StringField.TYPE_STORED;

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
