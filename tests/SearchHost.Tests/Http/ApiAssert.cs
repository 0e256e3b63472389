using System.Net;
using System.Text.Json;

namespace PodSearch.SearchHost.Tests.Http;

internal static class ApiAssert
{
    public static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Checks the whole problem body: RFC 7807 members, the stable code, the parameter at fault.</summary>
    public static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status, string code, string? parameter)
    {
        var body = await Json(response, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.Equal("urn:podsearch:problem:" + code, body.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()));
        if (parameter is null)
            Assert.False(body.TryGetProperty("parameter", out _), "no parameter expected");
        else
            Assert.Equal(parameter, body.GetProperty("parameter").GetString());
        return body;
    }

    public static IReadOnlyList<string> Ids(JsonElement result) =>
        result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
}
