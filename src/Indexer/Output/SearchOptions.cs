using System.Globalization;
using PodSearch.Core.Indexing;
using PodSearch.Core.Search;
using PodSearch.Indexer.Commands;

namespace PodSearch.Indexer.Output;

/// <summary>Reads the filter, sort, paging and facet options that <c>search</c> and <c>bench</c> share into a <see cref="SearchRequest"/>.</summary>
internal static class SearchOptions
{
    /// <summary>CLI option name to facet field.</summary>
    public static readonly IReadOnlyDictionary<string, string> FilterOptions = new Dictionary<string, string>
    {
        ["guest"] = IndexSchema.Guest,
        ["host"] = IndexSchema.Host,
        ["podcast"] = IndexSchema.Podcast,
        ["tag"] = IndexSchema.Tag,
        ["year"] = IndexSchema.Year,
        ["picks-by"] = IndexSchema.PicksBy,
        ["link-domain"] = IndexSchema.LinkDomain,
    };

    public static SearchRequest Read(CliArguments args, string? query)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var (option, field) in FilterOptions)
        {
            var values = args.Options(option);
            // As the API: a year is four digits (--year abc used to match nothing and exit 0).
            if (field == IndexSchema.Year && values.FirstOrDefault(v => v.Length != 4 || !v.All(char.IsAsciiDigit)) is { } bad)
                throw new CliUsageException($"--year must be a four-digit year such as 2019, not '{bad}'");
            if (values.Count > 0)
                filters[field] = values;
        }
        var from = Date(args, "from");
        var to = Date(args, "to");
        if (from > to)
            throw new CliUsageException($"--from ({from:yyyy-MM-dd}) is after --to ({to:yyyy-MM-dd})");
        var minMinutes = args.IntOption("min-minutes", 0, 100_000);
        var maxMinutes = args.IntOption("max-minutes", 0, 100_000);
        return new SearchRequest
        {
            Query = query,
            Filters = filters,
            From = from,
            To = to,
            MinDurationSeconds = minMinutes * 60,
            MaxDurationSeconds = maxMinutes is null ? null : maxMinutes * 60 + 59,
            Sort = Sort(args.Option("sort")),
            Limit = args.IntOption("limit", 0, EpisodeSearcher.MaxLimit) ?? 10,
            Offset = args.IntOption("offset", 0, EpisodeSearcher.MaxOffset) ?? 0,
            Facets = Facets(args.Option("facets")),
            FacetTop = args.IntOption("facet-top", 1, 1000) ?? 10,
            Mode = Mode(args.Option("mode")),
            SemanticRatio = Ratio(args.Option("semantic-ratio")),
            ExactSemantic = args.Flag("exact"),
        };
    }

    /// <summary><c>--mode lexical|semantic|hybrid</c>; hybrid when not given.</summary>
    public static SearchMode Mode(string? text) => text?.ToLowerInvariant() switch
    {
        null or "hybrid" => SearchMode.Hybrid,
        "lexical" => SearchMode.Lexical,
        "semantic" => SearchMode.Semantic,
        _ => throw new CliUsageException($"--mode must be lexical, semantic or hybrid, not '{text}'"),
    };

    private static double Ratio(string? text)
    {
        if (text is null)
            return 0.5;
        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var ratio) || ratio is < 0 or > 1)
            throw new CliUsageException($"--semantic-ratio must be a number from 0 to 1, not '{text}'");
        return ratio;
    }

    public static IReadOnlyList<string> Facets(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
            return [];
        var fields = new List<string>();
        foreach (var raw in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            fields.Add(FacetField(raw, "--facets"));
        return fields.Distinct().ToList();
    }

    /// <summary>A facet field by its index name or CLI spelling (<c>picks-by</c>), or a usage error listing the choices.</summary>
    public static string FacetField(string raw, string where)
    {
        if (FilterOptions.TryGetValue(raw, out var field) || IndexSchema.FacetFields.Contains(field = raw))
            return field;
        throw new CliUsageException($"{where}: unknown facet field '{raw}'; use one of {string.Join(", ", FilterOptions.Keys)}");
    }

    private static SearchSort Sort(string? text) => text switch
    {
        null or "relevance" => SearchSort.Relevance,
        "newest" => SearchSort.Newest,
        "oldest" => SearchSort.Oldest,
        _ => throw new CliUsageException($"--sort must be relevance, newest or oldest, not '{text}'"),
    };

    private static DateTime? Date(CliArguments args, string name)
    {
        var text = args.Option(name);
        if (text is null)
            return null;
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (!DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new CliUsageException($"--{name} must be a date like 2019-03-05 (or 2019-03, 2019), not '{text}'");
        // A month or year given as --to means its end.
        if (name == "to" && text.Length < 10)
            date = text.Length == 4 ? date.AddYears(1).AddDays(-1) : date.AddMonths(1).AddDays(-1);
        return date;
    }
}
