using PodSearch.Core.Research;

namespace PodSearch.SearchHost.Http;

/// <summary>A page of the people list with the total number of matches.</summary>
public sealed record PeopleListResponse(int Total, IReadOnlyList<PersonSummary> People);

/// <summary>Everyone who appeared with a person, most shared episodes first.</summary>
public sealed record AppearedWithResponse(string Id, string Name, int Total, IReadOnlyList<CountedValue> People);

/// <summary>
/// Which slice of a person's episodes or picks a profile carries, added to the body only when the request
/// paged that list; <see cref="NextOffset"/> is the offset of the next slice, or null at the end.
/// </summary>
public sealed record ListPage(int Offset, int Limit, int Total, int? NextOffset);
