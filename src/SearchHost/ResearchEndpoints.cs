using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PodSearch.Core.People;
using PodSearch.Core.Research;
using PodSearch.Core.Research.Exports;
using PodSearch.Core.Research.Feeds;
using PodSearch.Core.Research.Moments;
using PodSearch.Core.Search;
using PodSearch.SearchHost.Http;

namespace PodSearch.SearchHost;

/// <summary>
/// The researcher's API under <c>/api</c>: people, picks, links, transcript moments, search exports and
/// saved-search feeds. Everything but moments, exports and feeds reads the <see cref="ResearchCatalog"/>,
/// which is built from the stored episodes once per index generation (at start-up, then after each commit).
/// </summary>
internal static class ResearchEndpoints
{
    private const int MaxTop = 1000;
    private const string PersonId = "The person: an id (slug of the display name, as in `/api/people`) or a name in any spelling.";

    public static RouteGroupBuilder MapResearchEndpoints(this RouteGroupBuilder api)
    {
        var services = ((IEndpointRouteBuilder)api).ServiceProvider;
        var research = services.GetRequiredService<ResearchState>();

        api.MapGet("/people", ([AsParameters] ResearchPeopleQuery q, HttpContext c) => People(q, c, research)).AllowQuery<ResearchPeopleQuery>()
            .Produces<PeopleListResponse>(200, "application/json", "text/csv", "application/x-ndjson")
            .WithName("People").WithTags("Research").WithSummary("People across all shows with appearance counts; by name prefix and role, sorted by appearances or name.");
        api.MapGet("/people/{id}", ([Description(PersonId)] string id, [AsParameters] ResearchPersonQuery q, HttpContext c) => Person(id, q, c, research)).AllowQuery<ResearchPersonQuery>()
            .Produces<PersonProfile>(200, "application/json", "text/csv", "application/x-ndjson").ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("Person").WithTags("Research").WithSummary("One person: roles and counts per show, first and last appearance, episodes in date order, co-appearances, picks.");
        api.MapGet("/people/{id}/with", ([Description(PersonId)] string id,
            [FromQuery(Name = "limit"), Description("People to list, 1 to 1000; default 50.")] string? limit, HttpContext context) => AppearedWith(id, limit, context, research)).AllowQuery(("limit", false))
            .Produces<AppearedWithResponse>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("AppearedWith").WithTags("Research").WithSummary("People who appeared with this person, most shared episodes first.");
        api.MapGet("/picks", ([AsParameters] ResearchPicksQuery q, HttpContext c) => Picks(q, c, research)).AllowQuery<ResearchPicksQuery>()
            .Produces<PickSearchResult>(200, "application/json", "text/csv", "application/x-ndjson")
            .WithName("Picks").WithTags("Research").WithSummary("Picks as records (who, episode, date, text, URL, domain) with facets by picker, year and domain, and the most picked items.");
        api.MapGet("/links", ([AsParameters] ResearchLinksQuery q, HttpContext c) => Links(q, c, research)).AllowQuery<ResearchLinksQuery>()
            .Produces<LinkSearchResult>(200, "application/json", "text/csv", "application/x-ndjson")
            .WithName("Links").WithTags("Research").WithSummary("Episodes linking to a domain or URL, with link counts per domain.");
        api.MapGet("/moments", ([AsParameters] ResearchMomentsQuery q, HttpContext c, EpisodeSearcher s) => Moments(q, c, s, research)).AllowQuery<ResearchMomentsQuery>()
            .Produces<MomentSearchResult>()
            .WithName("Moments").WithTags("Research").WithSummary("Transcript moments: episode, speaker (resolved to a person), passage, turn index and time; grouped per episode or (group=none) listed.");
        api.MapGet("/search/export", ([AsParameters] ResearchSearchQuery q, HttpContext c, EpisodeSearcher s) => SearchExport(q, c, s, research)).AllowQuery<ResearchSearchQuery>()
            .Produces<string>(200, "text/csv", "application/x-ndjson")
            .WithName("SearchExport").WithTags("Research").WithSummary("A search (same parameters as /api/search, plus with=) as CSV or JSON lines with citations; all=true streams every match.");
        api.MapGet("/search.rss", ([AsParameters] ResearchSearchQuery q, HttpContext c, EpisodeSearcher s) => Feed(q, c, s, research, atom: false)).AllowQuery<ResearchSearchQuery>()
            .Produces<string>(200, "application/rss+xml")
            .WithName("SearchRss").WithTags("Research").WithSummary("The newest episodes matching a search as an RSS 2.0 feed.");
        api.MapGet("/search.atom", ([AsParameters] ResearchSearchQuery q, HttpContext c, EpisodeSearcher s) => Feed(q, c, s, research, atom: true)).AllowQuery<ResearchSearchQuery>()
            .Produces<string>(200, "application/atom+xml")
            .WithName("SearchAtom").WithTags("Research").WithSummary("The newest episodes matching a search as an Atom 1.0 feed.");
        return api;
    }

    private static async Task<IResult> People(ResearchPeopleQuery q, HttpContext context, ResearchState research)
    {
        PersonRole? role = null;
        if (!string.IsNullOrWhiteSpace(q.Role))
            role = RoleNames.TryParse(q.Role, out var parsed) ? parsed : throw Invalid("role", "role must be host, guest, picks or speaker");
        var sort = q.Sort switch
        {
            null or "" or "appearances" => PeopleSort.Appearances,
            "name" => PeopleSort.Name,
            _ => throw Invalid("sort", "sort must be appearances or name"),
        };
        var (format, offset, limit) = Listing(q.Format, q.All, q.Offset, q.Limit, context, research, defaultLimit: 50);
        if (HttpCaching.IsNotModified(context, research.Generation))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        var people = ResearchQueries.People(research.Catalog, q.Prefix?.Trim(), role, sort);
        if (format is { } f)
        {
            await Stream(context, f, ExportColumns.People, people.Skip(offset).Take(limit));
            return TypedResults.Empty;
        }
        var list = people.ToList();
        return TypedResults.Ok(new PeopleListResponse(list.Count, list.Skip(offset).Take(limit).ToList()));
    }

    private static async Task<IResult> Person(string id, ResearchPersonQuery q, HttpContext context, ResearchState research)
    {
        var top = Bounded(SearchRequestFactory.ParseInt(q.Top, "top") ?? 10, 1, MaxTop, "top");
        var format = Format(q.Format, context);
        var whole = Bool(q.All, "all");
        var episodes = PersonProfilePaging.Parse(q.EpisodesOffset, q.EpisodesLimit, "episodes");
        var picks = PersonProfilePaging.Parse(q.PicksOffset, q.PicksLimit, "picks");
        if (whole && (episodes ?? picks) is not null)
            throw Invalid("all", "all=true is the whole profile; it does not take episodesLimit, episodesOffset, picksLimit or picksOffset");
        if (HttpCaching.IsNotModified(context, research.Generation))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        var catalog = research.Catalog;
        // An id, else a name in any spelling as `podsearch person` takes it: the page links names as written in notes.
        var person = catalog.People.ById(id) ?? catalog.People.Resolve(id) ?? throw PersonNotFound(catalog, id);
        var profile = ResearchQueries.Person(catalog, person.Id, top).Profile!;
        if (format is { } f)
        {
            var rows = PersonProfilePaging.Slice(profile, episodes, null).Episodes;
            await Stream(context, f, ExportColumns.PersonEpisodes, rows.Select(e => new PersonEpisodeExportRow(profile, e)));
            return TypedResults.Empty;
        }
        if (whole)
            return TypedResults.Json(profile, Core.Notes.EpisodeJson.Options);
        // Paged by default: a prolific host's whole profile was megabytes of repeated episode cards.
        return TypedResults.Json(PersonProfilePaging.Json(profile, episodes ?? PersonProfilePaging.DefaultPage, picks ?? PersonProfilePaging.DefaultPage),
            Core.Notes.EpisodeJson.Options);
    }

    private static IResult AppearedWith(string id, string? limitText, HttpContext context, ResearchState research)
    {
        var limit = Bounded(SearchRequestFactory.ParseInt(limitText, "limit") ?? 50, 1, MaxTop, "limit");
        if (HttpCaching.IsNotModified(context, research.Generation))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        var catalog = research.Catalog;
        var person = catalog.People.ById(id) ?? catalog.People.Resolve(id) ?? throw PersonNotFound(catalog, id);
        var all = ResearchQueries.AppearedWith(catalog, person).ToList();
        return TypedResults.Ok(new AppearedWithResponse(person.Id, person.Name, all.Count, all.Take(limit).ToList()));
    }

    private static Task<IResult> Picks(ResearchPicksQuery q, HttpContext context, ResearchState research)
    {
        var (format, offset, limit) = Listing(q.Format, q.All, q.Offset, q.Limit, context, research, defaultLimit: 20);
        var query = new PickQuery
        {
            Text = Text(q.Q, "q", research),
            By = Text(q.By, "by", research),
            Year = Year(q.Year),
            Domain = Text(q.Domain, "domain", research),
            Offset = offset,
            Limit = limit,
        };
        return Respond(context, research, format, catalog => ResearchQueries.Picks(catalog, query), ExportColumns.Picks, result => result.Picks);
    }

    private static Task<IResult> Links(ResearchLinksQuery q, HttpContext context, ResearchState research)
    {
        var (format, offset, limit) = Listing(q.Format, q.All, q.Offset, q.Limit, context, research, defaultLimit: 20);
        var query = new LinkQuery
        {
            Domain = Text(q.Domain, "domain", research),
            Text = Text(q.Q, "q", research),
            Podcast = Text(q.Podcast, "podcast", research),
            Year = Year(q.Year),
            Offset = offset,
            Limit = limit,
        };
        return Respond(context, research, format, catalog => ResearchQueries.Links(catalog, query), ExportColumns.Links,
            result => result.Episodes.SelectMany(e => e.Links));
    }

    /// <summary>
    /// The end of a listing whose parameters are checked: 304 when the client has this generation, else the
    /// result as JSON or, with a <paramref name="format"/>, its <paramref name="rows"/> streamed as an export.
    /// </summary>
    private static async Task<IResult> Respond<TResult, TRow>(HttpContext context, ResearchState research, ExportFormat? format,
        Func<ResearchCatalog, TResult> run, IReadOnlyList<ExportColumn<TRow>> columns, Func<TResult, IEnumerable<TRow>> rows)
    {
        if (HttpCaching.IsNotModified(context, research.Generation))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        var result = run(research.Catalog);
        if (format is { } f)
        {
            await Stream(context, f, columns, rows(result));
            return TypedResults.Empty;
        }
        return TypedResults.Json(result, Core.Notes.EpisodeJson.Options);
    }

    private static IResult Moments(ResearchMomentsQuery q, HttpContext context, EpisodeSearcher searcher, ResearchState research)
    {
        var text = Text(q.Q, "q", research) ?? throw ApiProblemException.BadRequest(ProblemCodes.MissingParameter, "q", "q is required: the words to find in transcripts");
        var group = q.Group switch
        {
            null or "" or "episode" => true,
            "none" => false,
            _ => throw Invalid("group", "group must be episode or none"),
        };
        var input = new SearchBody { Podcast = q.Podcast, Year = q.Year, Guest = q.Guest, Host = q.Host, From = q.From, To = q.To };
        var filters = SearchRequestFactory.Create(input, research.Options);
        var limit = Bounded(SearchRequestFactory.ParseInt(q.Limit, "limit") ?? 10, 1, research.Options.MaxPageSize, "limit");
        if (HttpCaching.IsNotModified(context, research.Generation))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        var finder = new TranscriptMomentFinder(searcher, () => research.Catalog);
        var result = Translate(() => finder.Find(new MomentQuery { Text = text, Speaker = Text(q.Speaker, "speaker", research), Filters = filters, GroupByEpisode = group, Limit = limit }));
        return TypedResults.Json(result, Core.Notes.EpisodeJson.Options);
    }

    private static async Task<IResult> SearchExport(ResearchSearchQuery q, HttpContext context, EpisodeSearcher searcher, ResearchState research)
    {
        var format = Format(q.Format, context) ?? ExportFormat.Csv;
        var all = Bool(q.All, "all");
        var request = SearchRequestWith(q, context, research);
        if (HttpCaching.IsNotModified(context, research.Generation))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        var catalog = research.Catalog;
        var hits = Translate(() => SearchHitStream.Hits(searcher, request, all));
        await Stream(context, format, ExportColumns.Episodes, hits.Select(h => ExportColumns.FromHit(h, catalog)));
        return TypedResults.Empty;
    }

    private static IResult Feed(ResearchSearchQuery q, HttpContext context, EpisodeSearcher searcher, ResearchState research, bool atom)
    {
        if (q.Format is not null || q.All is not null)
            throw Invalid(q.Format is not null ? "format" : "all", "feeds take the search parameters only");
        // A feed is "what is new": newest first unless the subscriber asked for another order.
        var request = SearchRequestWith(q, context, research);
        if (q.Sort is null)
            request = request with { Sort = SearchSort.Newest };
        if (q.Limit is null)
            request = request with { Limit = 20 };
        if (HttpCaching.IsNotModified(context, research.Generation))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        var catalog = research.Catalog;
        var result = Translate(() => searcher.Search(request with { Facets = [] }));
        var cards = result.Hits.Select(h => ExportColumns.FromHit(h, catalog).Episode).ToList();
        var http = context.Request;
        var site = PublicSite(context, research.Options);
        var self = new Uri(site, $"{http.PathBase}{http.Path}{http.QueryString}".TrimStart('/'));
        var title = "PodSearch: " + Describe(q);
        var updated = cards.Where(c => c.Date is not null).Select(c => c.Date!.Value).DefaultIfEmpty(DateTime.UnixEpoch).Max();
        var channel = new FeedChannel(title, $"The newest episodes matching {Describe(q)} ({result.Total} in all).", site, self, updated);
        var bytes = atom ? EpisodeFeedWriter.Atom(channel, cards) : EpisodeFeedWriter.Rss(channel, cards);
        return TypedResults.Bytes(bytes, atom ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8");
    }

    /// <summary>
    /// Where feed readers should go: <c>--public-url</c>, else the address the host listens on. Never the request's
    /// <c>Host</c> header: any client can set it, and a feed (cached, shared) would carry that client's links.
    /// </summary>
    private static Uri PublicSite(HttpContext context, SearchHostOptions options)
    {
        if (options.PublicUrl is { } configured)
            return new Uri(configured.EndsWith('/') ? configured : configured + "/");
        var addresses = context.RequestServices.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses;
        var listening = addresses?.FirstOrDefault(a => a.StartsWith("http", StringComparison.Ordinal)) ?? "http://localhost/";
        return new Uri(listening.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).TrimEnd('/') + "/");
    }

    private static SearchRequest SearchRequestWith(ResearchSearchQuery query, HttpContext context, ResearchState research) =>
        WithPeople(SearchRequestFactory.Create(context.Request.Query, research.Options), query.With, research);

    /// <summary>The request narrowed to episodes in which every person of <paramref name="with"/> appears (none: unchanged).</summary>
    internal static SearchRequest WithPeople(SearchRequest request, string[]? with, ResearchState research) =>
        with is { Length: > 0 } ? request with { EpisodeIds = Translate(() => ResearchQueries.EpisodesWithAll(research.Catalog, with)) } : request;

    private static string Describe(ResearchSearchQuery query)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(query.Q))
            parts.Add($"\"{query.Q.Trim()}\"");
        foreach (var (name, values) in new[] { ("guest", query.Guest), ("host", query.Host), ("podcast", query.Podcast), ("tag", query.Tag), ("year", query.Year), ("with", query.With) })
            if (values is { Length: > 0 })
                parts.Add($"{name} {string.Join(" or ", values)}");
        return parts.Count == 0 ? "all episodes" : string.Join(", ", parts);
    }

    /// <summary>Writes an export line by line and flushes every hundred rows, so nothing is buffered whole.</summary>
    private static async Task Stream<T>(HttpContext context, ExportFormat format, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows)
    {
        var writer = new RowExportWriter<T>(format, columns);
        var response = context.Response;
        response.ContentType = ExportFormats.ContentType(format);
        response.Headers.ContentDisposition = $"inline; filename=\"podsearch.{(format == ExportFormat.Csv ? "csv" : "jsonl")}\"";
        await using var output = new StreamWriter(response.Body, new System.Text.UTF8Encoding(false), bufferSize: 16 * 1024, leaveOpen: true);
        if (writer.Header() is { } header)
            await output.WriteAsync(header);
        var count = 0;
        foreach (var row in rows)
        {
            await output.WriteAsync(writer.Line(row));
            if (++count % 100 == 0)
                await output.FlushAsync(context.RequestAborted);
        }
        await output.FlushAsync(context.RequestAborted);
    }

    /// <summary><c>format=csv|jsonl</c>, else an <c>Accept</c> of <c>text/csv</c> or <c>application/x-ndjson</c>; null for JSON.</summary>
    private static ExportFormat? Format(string? format, HttpContext context)
    {
        if (!string.IsNullOrWhiteSpace(format))
            return ExportFormats.Parse(format) ?? throw Invalid("format", $"format must be csv or jsonl, not '{format}'");
        var accept = context.Request.Headers.Accept.ToString();
        if (accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase))
            return ExportFormat.Csv;
        if (accept.Contains("application/x-ndjson", StringComparison.OrdinalIgnoreCase) || accept.Contains("application/jsonl", StringComparison.OrdinalIgnoreCase))
            return ExportFormat.Jsonl;
        return null;
    }

    /// <summary>What every listing takes the same way: <c>format</c> (or <c>Accept</c>), <c>all</c>, <c>offset</c> and <c>limit</c>.</summary>
    private static (ExportFormat? Format, int Offset, int Limit) Listing(string? formatText, string? allText, string? offsetText, string? limitText,
        HttpContext context, ResearchState research, int defaultLimit)
    {
        var format = Format(formatText, context);
        var all = Bool(allText, "all");
        var offset = SearchRequestFactory.ParseInt(offsetText, "offset") ?? 0;
        if (offset < 0)
            throw ApiProblemException.BadRequest(ProblemCodes.OffsetOutOfRange, "offset", "offset must not be negative");
        if (all)
        {
            if (limitText is not null)
                throw Invalid("limit", "give all=true or limit, not both");
            return (format, offset, int.MaxValue);
        }
        var maxPageSize = research.Options.MaxPageSize;
        var limit = SearchRequestFactory.ParseInt(limitText, "limit") ?? defaultLimit;
        if (limit < 1 || limit > maxPageSize)
            throw ApiProblemException.BadRequest(ProblemCodes.LimitOutOfRange, "limit", $"limit must be from 1 to {maxPageSize}; use all=true to export every match");
        return (format, offset, limit);
    }

    private static bool Bool(string? text, string parameter) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "false" or "0" => false,
        "true" or "1" => true,
        _ => throw Invalid(parameter, $"{parameter} must be true or false"),
    };

    private static int? Year(string? text)
    {
        var year = SearchRequestFactory.ParseInt(text, "year");
        return year is null or (>= 1900 and <= 2999) ? year : throw Invalid("year", "year must be a four-digit year");
    }

    private static string? Text(string? text, string parameter, ResearchState research)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var trimmed = text.Trim();
        return trimmed.Length <= research.Options.MaxQueryLength ? trimmed
            : throw ApiProblemException.BadRequest(ProblemCodes.QueryTooLong, parameter, $"{parameter} is {trimmed.Length} characters long; at most {research.Options.MaxQueryLength} are allowed");
    }

    private static int Bounded(int value, int min, int max, string parameter) =>
        value >= min && value <= max ? value
            : throw ApiProblemException.BadRequest(parameter == "limit" ? ProblemCodes.LimitOutOfRange : ProblemCodes.InvalidParameter, parameter, $"{parameter} must be from {min} to {max}");

    private static T Translate<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (ResearchRequestException ex)
        {
            throw ApiProblemException.BadRequest(ex.Code, ex.Parameter, ex.Message);
        }
    }

    private static ApiProblemException Invalid(string parameter, string detail) =>
        ApiProblemException.BadRequest(ProblemCodes.InvalidParameter, parameter, detail);

    private static ApiProblemException PersonNotFound(ResearchCatalog catalog, string id)
    {
        var candidates = catalog.People.Find(id).Take(5).Select(p => $"{p.Name} ({p.Id})").ToList();
        return new ApiProblemException(StatusCodes.Status404NotFound, "person_not_found",
            $"no person has the id '{id}'" + (candidates.Count > 0 ? $"; did you mean {string.Join(", ", candidates)}?" : ""), "id");
    }

    /// <summary>The host's research catalog, built in the background at start-up and rebuilt after each commit.</summary>
    internal sealed class ResearchState : IDisposable
    {
        private readonly ResearchCatalogProvider provider;

        private ResearchState(ResearchCatalogProvider provider, SearchHostOptions options)
        {
            this.provider = provider;
            Options = options;
        }

        public SearchHostOptions Options { get; }

        public ResearchCatalog Catalog
        {
            get
            {
                try
                {
                    return provider.Get();
                }
                catch (ResearchIndexMissingException ex)
                {
                    throw new ApiProblemException(StatusCodes.Status503ServiceUnavailable, ProblemCodes.IndexUnavailable, ex.Message);
                }
            }
        }

        /// <summary>The generation the catalog was built from (builds it first when needed), for ETags.</summary>
        public long Generation
        {
            get
            {
                _ = Catalog;
                return provider.Generation;
            }
        }

        public static ResearchState Create(IServiceProvider services)
        {
            var options = services.GetRequiredService<IOptions<SearchHostOptions>>().Value;
            var state = new ResearchState(new ResearchCatalogProvider(options.IndexPath), options);
            var lifetime = services.GetRequiredService<IHostApplicationLifetime>();
            // Build the catalog before the first research request needs it.
            lifetime.ApplicationStarted.Register(() => Task.Run(() =>
            {
                try { _ = state.provider.Get(); } catch (ResearchIndexMissingException) { }
            }));
            lifetime.ApplicationStopped.Register(state.Dispose);
            return state;
        }

        public void Dispose() => provider.Dispose();
    }
}
