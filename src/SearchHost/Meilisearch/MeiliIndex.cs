using PodSearch.Core.Indexing;

namespace PodSearch.SearchHost.Meilisearch;

/// <summary>The one Meilisearch index PodSearch answers for: its name, key and what it filters and sorts on.</summary>
internal static class MeiliIndex
{
    public const string Uid = "episodes";
    public const string PrimaryKey = "id";
    /// <summary>The index's encoder (see Semantic), under the name Meilisearch clients send in <c>hybrid.embedder</c>.</summary>
    public const string EmbedderName = "default";
    /// <summary>Meilisearch's default <c>faceting.maxValuesPerFacet</c>.</summary>
    public const int MaxValuesPerFacet = 100;
    public const string Date = "date";
    public const string Number = "number";
    public const string Duration = "duration";

    public static IReadOnlyList<string> FilterableAttributes => IndexSchema.FacetFields;

    public static readonly IReadOnlyList<string> SortableAttributes = [Date, Number, Duration];

    /// <summary>The document's attributes, in the order they are written.</summary>
    public static readonly IReadOnlyList<string> DocumentAttributes =
        ["id", "title", "podcast", "podcastTitle", "date", "year", "number", "duration", "guests", "hosts", "tags", "summary", "links", "picks"];

    /// <summary>Facet fields whose values are numbers, reported in <c>facetStats</c>.</summary>
    public static readonly IReadOnlyList<string> NumericFacets = [IndexSchema.Year];

    /// <exception cref="MeiliException"><c>index_not_found</c> for any other uid.</exception>
    public static void Check(string uid, string where = "")
    {
        if (uid != Uid)
            throw new MeiliException(StatusCodes.Status404NotFound, "index_not_found", $"{where}Index `{uid}` not found.");
    }
}
