using PodSearch.Core.Indexing;
using PodSearch.Core.Requests;
using PodSearch.Core.Search;
using PodSearch.Indexer.Commands;

namespace PodSearch.Indexer.Output;

/// <summary>
/// The search options of <c>search</c> (and the mode and facets of <c>bench</c>, <c>eval</c>, <c>similar</c>), read
/// from the core's one list (<see cref="SearchParameters"/>) and checked by the core's <see cref="SearchRequestReader"/>,
/// so the command line and the API accept and refuse the same values.
/// </summary>
internal static class SearchOptions
{
    private static readonly SearchRequestReader Reader = new(SearchLimits.Default, SearchRequestReader.CliNames);

    /// <summary>The options of a search request, as the command line declares them (the query is the positional words; <c>--with</c> is read by the research options).</summary>
    public static IEnumerable<SearchParameter> Declared => SearchParameters.All.Where(p => p != SearchParameters.Query);

    public static SearchRequest Read(CliArguments args, string? query) => Checked(() => Reader.Read(p => p == SearchParameters.Query
        ? query is null ? [] : [query]
        : p.Kind == ParameterKind.Flag ? args.Flag(p.CliName) ? ["true"] : []
        : p == SearchParameters.With ? []
        : args.Options(p.CliName)));

    /// <summary><c>--mode lexical|semantic|hybrid</c>; hybrid when not given.</summary>
    public static SearchMode Mode(string? text) => Checked(() => Reader.ReadMode(text));

    public static IReadOnlyList<string> Facets(string? list) =>
        Checked(() => Reader.Read(p => p == SearchParameters.Facets && list is not null ? [list] : []).Facets);

    /// <summary>A facet field by its index name or CLI spelling (<c>picks-by</c>), or a usage error listing the choices.</summary>
    public static string FacetField(string raw, string where)
    {
        var field = raw.Replace('-', '_');
        if (IndexSchema.FacetFields.Contains(field))
            return field;
        throw new CliUsageException($"{where}: unknown facet field '{raw}'; use one of {string.Join(", ", IndexSchema.FacetFields)}");
    }

    private static T Checked<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (SearchRequestException ex)
        {
            throw new CliUsageException(ex.Message);
        }
    }
}
