using PodSearch.Core.Research;

namespace PodSearch.SearchHost.Http;

/// <summary>A page of the people list with the total number of matches.</summary>
public sealed record PeopleListResponse(int Total, IReadOnlyList<PersonSummary> People);

/// <summary>Everyone who appeared with a person, most shared episodes first.</summary>
public sealed record AppearedWithResponse(string Id, string Name, int Total, IReadOnlyList<CountedValue> People);
