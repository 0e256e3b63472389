using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using PodSearch.Core.Requests;
using PodSearch.SearchHost.Http;

namespace PodSearch.SearchHost.Tests.Http;

/// <summary>
/// Issue 13: one description of the request (the core's <see cref="SearchParameters"/>) behind both doors. The HTTP
/// records declare exactly its names, and a bad value is refused by the command line (exit 2) and by the API (400)
/// with the same code's message, word for word but for the spelling of the parameter's name.
/// </summary>
[Collection(InProcessCliCollection.Name)]
public sealed class RequestContractTests(HostFixture fixture)
{
    private static readonly string[] HttpNames = [.. SearchParameters.Http.Select(p => p.Name).Order()];

    [Fact]
    public void TheQueryStringRecordDeclaresExactlyTheCoresParameters()
    {
        var declared = typeof(SearchQuery).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name).Order().ToArray();
        Assert.Equal(HttpNames, declared);
    }

    [Fact]
    public void TheJsonBodyDeclaresExactlyTheCoresParameters() =>
        Assert.Equal(HttpNames, SearchBody.Fields.Keys.Order().ToArray());

    [Fact]
    public void SearchHelpListsEveryParameterOfTheCoresListWithItsDescription()
    {
        var (code, output, errors) = InProcessCli.Run("search", "--help");
        Assert.True(code == 0, errors);
        foreach (var parameter in SearchParameters.All.Where(p => p != SearchParameters.Query))
        {
            Assert.Contains("--" + parameter.CliName, output);
            // Help wraps long lines; the description's first words are on the option's line.
            Assert.Contains(string.Join(' ', parameter.Description.Split(' ').Take(3)), output);
        }
    }

    /// <summary>A bad value as (parameter, value, code): each is one of the core's checks.</summary>
    public static TheoryData<string, string, string> BadValues() => new()
    {
        { "limit", "101", "limit_out_of_range" },
        { "limit", "abc", "invalid_parameter" },
        { "offset", "-1", "offset_out_of_range" },
        { "year", "abc", "invalid_parameter" },
        { "semantic_ratio", "2", "invalid_parameter" },
        { "sort", "sideways", "invalid_sort" },
        { "mode", "psychic", "invalid_mode" },
        { "from", "yesterday", "invalid_date" },
        { "facets", "colour", "unknown_facet" },
        { "min_minutes", "-5", "invalid_parameter" },
        { "facet_top", "0", "invalid_parameter" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task ABadValueIsRefusedAlikeByBothDoors(string parameter, string value, string code)
    {
        var problem = await ApiAssert.Problem(await fixture.Client.GetAsync($"api/search?q=queue&{parameter}={Uri.EscapeDataString(value)}"),
            HttpStatusCode.BadRequest, code, parameter);
        var cliName = "--" + SearchParameters.Find(parameter)!.CliName;
        var (exit, _, errors) = InProcessCli.Run("search", "queue", cliName, value, "--index", fixture.IndexPath);
        Assert.Equal(2, exit);
        var apiDetail = problem.GetProperty("detail").GetString()!;
        // The API names parameters in snake_case, the command line as --kebab-case; otherwise the message is the same.
        Assert.StartsWith(parameter, apiDetail);
        var spelledForCli = cliName + apiDetail[parameter.Length..].Replace("+ limit", "+ --limit");
        Assert.Contains(spelledForCli, errors);
    }

    [Fact]
    public async Task ParametersTheCommandLineHadAloneNowWorkOverHttpToo()
    {
        var (code, output, errors) = InProcessCli.Run("search", "--podcast", "byte-garden", "--min-minutes", "50", "--facets", "tag", "--facet-top", "2", "--json", "--index", fixture.IndexPath);
        Assert.True(code == 0, errors);
        var api = await ApiAssert.Json(await fixture.Client.GetAsync("api/search?podcast=byte-garden&min_minutes=50&facets=tag&facet_top=2"));
        var cli = System.Text.Json.JsonDocument.Parse(output).RootElement;
        Assert.Equal(cli.GetProperty("total").GetInt32(), api.GetProperty("total").GetInt32());
        // Two values and the rest's count.
        Assert.Equal(3, api.GetProperty("facets").GetProperty("tag").GetArrayLength());
        Assert.Equal(cli.GetProperty("facets").GetRawText(), api.GetProperty("facets").GetRawText());
        Assert.Equal(ApiAssert.Ids(cli), ApiAssert.Ids(api));
    }
}
