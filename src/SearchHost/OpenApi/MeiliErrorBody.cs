namespace PodSearch.SearchHost.OpenApi;

/// <summary>
/// The body of every error of the Meilisearch routes, in Meilisearch's own shape (what its clients parse):
/// <see cref="Meilisearch.MeiliErrors"/> writes this record, and the OpenAPI document describes it.
/// </summary>
/// <param name="Message">What was wrong.</param>
/// <param name="Code">Meilisearch's error code (<c>index_not_found</c>, <c>invalid_search_filter</c>, ...).</param>
/// <param name="Type"><c>invalid_request</c>, <c>auth</c> or <c>internal</c>.</param>
/// <param name="Link">Meilisearch's documentation of the code.</param>
public sealed record MeiliErrorBody(string Message, string Code, string Type, string Link);
