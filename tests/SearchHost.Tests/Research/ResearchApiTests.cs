using System.Net;
using System.Net.Http.Headers;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using Microsoft.VisualBasic.FileIO;
using PodSearch.Core.Notes;
using PodSearch.SearchHost.Tests.Http;

namespace PodSearch.SearchHost.Tests.Research;

/// <summary>
/// The research endpoints on the real host (Kestrel on 127.0.0.1, index built from the fixture notes).
/// Expected values come from the fixture notes parsed directly (<see cref="HostFixture.Episodes"/>).
/// </summary>
[Collection("host")]
public sealed class ResearchApiTests(HostFixture fixture)
{
    private const string Ilse = "Ilse Dvořák";
    private readonly HttpClient client = fixture.Client;

    /// <summary>The test's own name key: lower case, accents of these fixtures mapped, letters only.</summary>
    private static string Key(string name) => new(name.ToLowerInvariant()
        .Replace('ř', 'r').Replace('á', 'a').Replace('é', 'e').Replace('í', 'i').Replace('ö', 'o').Replace('ü', 'u').Replace('ñ', 'n')
        .Where(char.IsAsciiLetterOrDigit).ToArray());

    internal static bool Names(Episode e, string name) =>
        e.Hosts.Concat(e.Guests).Concat(e.Picks.Where(p => p.Items.Count > 0).Select(p => p.By)).Concat(e.Transcript.Select(t => t.Speaker))
            .Any(n => Key(n) == Key(name));

    [Fact]
    public async Task PersonProfileCountsRolesFromTheNotes()
    {
        var profile = await ApiAssert.Json(await client.GetAsync("api/people/ilse-dvorak"));
        Assert.Equal(Ilse, profile.GetProperty("name").GetString());
        var guestIn = fixture.Episodes.Where(e => e.Guests.Contains(Ilse)).Select(e => e.Id).ToHashSet();
        Assert.NotEmpty(guestIn);
        Assert.Equal(guestIn.Count, profile.GetProperty("roles").GetProperty("guest").GetInt32());
        Assert.Equal(fixture.Episodes.Count(e => Names(e, Ilse)), profile.GetProperty("appearances").GetInt32());
        var episodes = profile.GetProperty("episodes").EnumerateArray().Select(e => e.GetProperty("episode")).ToList();
        var dates = episodes.Select(e => e.GetProperty("dateText").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Equal(dates[0], profile.GetProperty("first").GetProperty("episode").GetProperty("dateText").GetString());
        var picks = fixture.Episodes.Sum(e => e.Picks.Where(p => Key(p.By) == Key(Ilse)).Sum(p => p.Items.Count));
        Assert.Equal(picks, profile.GetProperty("picks").GetArrayLength());
    }

    [Fact]
    public async Task CoAppearancesCountSharedEpisodes()
    {
        var with = await ApiAssert.Json(await client.GetAsync("api/people/ilse-dvorak/with"));
        var pavel = with.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "pavel-moreau");
        var expected = fixture.Episodes.Count(e => Names(e, Ilse) && Names(e, "Pavel Moreau"));
        Assert.Equal(expected, pavel.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task PeopleListFiltersByPrefixAndRole()
    {
        var list = await ApiAssert.Json(await client.GetAsync("api/people?prefix=dvo&role=guest"));
        Assert.Equal(["ilse-dvorak"], list.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        var byName = await ApiAssert.Json(await client.GetAsync("api/people?sort=name&limit=100"));
        var names = byName.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList();
        Assert.Equal(byName.GetProperty("total").GetInt32(), names.Count);
        Assert.Contains("Renata Silva", names);
    }

    [Fact]
    public async Task PicksByAPersonInAnySpellingMatchTheNotes()
    {
        var result = await ApiAssert.Json(await client.GetAsync("api/picks?by=ilse%20dvorak"));
        var expected = fixture.Episodes.Sum(e => e.Picks.Where(p => Key(p.By) == Key(Ilse)).Sum(p => p.Items.Count));
        Assert.Equal(expected, result.GetProperty("total").GetInt32());
        Assert.All(result.GetProperty("picks").EnumerateArray(), p => Assert.Equal("ilse-dvorak", p.GetProperty("personId").GetString()));
        Assert.True(result.GetProperty("facets").TryGetProperty("domain", out _));
    }

    [Fact]
    public async Task LinksByDomainCountEpisodes()
    {
        var result = await ApiAssert.Json(await client.GetAsync("api/links?domain=github.com"));
        var expected = fixture.Episodes.Count(e => e.Links.Any(l => new Uri(l.Url).Host.EndsWith("github.com", StringComparison.Ordinal)));
        Assert.True(expected > 0);
        Assert.Equal(expected, result.GetProperty("totalEpisodes").GetInt32());
    }

    [Fact]
    public async Task MomentsNameTheSpeakerResolvedToThePerson()
    {
        var result = await ApiAssert.Json(await client.GetAsync("api/moments?q=supervisor&speaker=Ilse%20Dvorak"));
        var expected = fixture.Episodes.Where(e => e.Transcript.Any(t => Key(t.Speaker) == Key(Ilse) && t.Text.Contains("supervisor", StringComparison.OrdinalIgnoreCase))).Select(e => e.Id).ToHashSet();
        Assert.NotEmpty(expected);
        var episodes = result.GetProperty("episodes").EnumerateArray().ToList();
        Assert.Equal(expected, episodes.Select(e => e.GetProperty("episode").GetProperty("id").GetString()!).ToHashSet());
        foreach (var moment in episodes.SelectMany(e => e.GetProperty("moments").EnumerateArray()))
        {
            Assert.Equal("ilse-dvorak", moment.GetProperty("personId").GetString());
            Assert.Contains("<mark>", moment.GetProperty("passage").GetString(), StringComparison.Ordinal);
            var episode = fixture.Episodes.Single(e => e.Id == moment.GetProperty("episode").GetProperty("id").GetString());
            Assert.Contains("supervisor", episode.Transcript[moment.GetProperty("turnIndex").GetInt32()].Text, StringComparison.OrdinalIgnoreCase);
        }
        var flat = await ApiAssert.Json(await client.GetAsync("api/moments?q=supervisor&group=none"));
        Assert.Empty(flat.GetProperty("episodes").EnumerateArray());
        Assert.True(flat.GetProperty("moments").GetArrayLength() >= expected.Count);
    }

    [Fact]
    public async Task WholeIndexExportsAsCsvAndJsonLinesWithCitations()
    {
        var csv = await client.GetAsync("api/search/export?all=true&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        using var parser = new TextFieldParser(await csv.Content.ReadAsStreamAsync()) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<string[]>();
        while (!parser.EndOfData)
            rows.Add(parser.ReadFields()!);
        Assert.Equal(fixture.Episodes.Select(e => e.Id).Order(StringComparer.Ordinal), rows.Select(r => r[Array.IndexOf(header, "episodeId")]).Order(StringComparer.Ordinal));
        var first = fixture.Episodes.Single(e => e.Id == rows[0][Array.IndexOf(header, "episodeId")]);
        Assert.Equal(first.AudioUrl, rows[0][Array.IndexOf(header, "audioUrl")]);
        Assert.Equal("/" + first.Id, rows[0][Array.IndexOf(header, "urlPath")]);

        var jsonl = await client.GetStringAsync("api/search/export?all=true&format=jsonl");
        var lines = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(fixture.Episodes.Count, lines.Count);
        Assert.All(lines, l => Assert.StartsWith("/", l.GetProperty("urlPath").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AcceptTextCsvExportsPicks()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/picks?all=true");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var response = await client.SendAsync(request);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(fixture.Episodes.Sum(e => e.Picks.Sum(p => p.Items.Count)) + 1, lines.Length);
    }

    [Fact]
    public async Task WithRepeatedMeansEpisodesWithEveryone()
    {
        var jsonl = await client.GetStringAsync("api/search/export?with=Ilse%20Dvorak&with=Renata%20Silva&format=jsonl");
        var ids = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("episodeId").GetString()!).ToHashSet();
        var expected = fixture.Episodes.Where(e => Names(e, Ilse) && Names(e, "Renata Silva")).Select(e => e.Id).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task RssAndAtomFeedsValidateAndListTheNewestMatches()
    {
        var expected = fixture.Episodes.Where(e => e.Guests.Contains(Ilse)).OrderByDescending(e => e.Date).Select(e => e.Title).ToList();
        var rss = await client.GetAsync("api/search.rss?guest=Ilse%20Dvo%C5%99%C3%A1k");
        Assert.Equal("application/rss+xml", rss.Content.Headers.ContentType?.MediaType);
        var rssFormatter = new Rss20FeedFormatter();
        rssFormatter.ReadFrom(XmlReader.Create(await rss.Content.ReadAsStreamAsync()));
        Assert.Equal(expected, rssFormatter.Feed.Items.Select(i => i.Title.Text));
        Assert.All(rssFormatter.Feed.Items, i => Assert.Contains(i.Links, l => l.RelationshipType == "enclosure"));

        var atom = await client.GetAsync("api/search.atom?q=queue");
        Assert.Equal("application/atom+xml", atom.Content.Headers.ContentType?.MediaType);
        var atomFormatter = new Atom10FeedFormatter();
        atomFormatter.ReadFrom(XmlReader.Create(await atom.Content.ReadAsStreamAsync()));
        var dates = atomFormatter.Feed.Items.Select(i => i.LastUpdatedTime).ToList();
        Assert.NotEmpty(dates);
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public async Task ResearchEndpointsAreInTheOpenApiDocument()
    {
        var document = await ApiAssert.Json(await client.GetAsync("openapi/v1.json"));
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var path in new[] { "/api/people", "/api/people/{id}", "/api/people/{id}/with", "/api/picks", "/api/links", "/api/moments", "/api/search/export", "/api/search.rss", "/api/search.atom" })
            Assert.Contains(path, paths);
    }

    [Fact]
    public async Task BadResearchRequestsAreProblemsNamingTheParameter()
    {
        await ApiAssert.Problem(await client.GetAsync("api/picks?who=ilse"), HttpStatusCode.BadRequest, "unknown_parameter", "who");
        await ApiAssert.Problem(await client.GetAsync("api/people?role=juggler"), HttpStatusCode.BadRequest, "invalid_parameter", "role");
        await ApiAssert.Problem(await client.GetAsync("api/people/nobody-at-all"), HttpStatusCode.NotFound, "person_not_found", "id");
        await ApiAssert.Problem(await client.GetAsync("api/picks?limit=5000"), HttpStatusCode.BadRequest, "limit_out_of_range", "limit");
        await ApiAssert.Problem(await client.GetAsync("api/links?format=xml"), HttpStatusCode.BadRequest, "invalid_parameter", "format");
        await ApiAssert.Problem(await client.GetAsync("api/moments?speaker=Ilse"), HttpStatusCode.BadRequest, "missing_parameter", "q");
        await ApiAssert.Problem(await client.GetAsync("api/search/export?with=Nobody%20Known"), HttpStatusCode.BadRequest, "unknown_person", "with");
    }
}
