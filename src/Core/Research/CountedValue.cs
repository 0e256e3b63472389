namespace PodSearch.Core.Research;

/// <summary>A facet value with its count; <see cref="Id"/> is a person's id when the value is a person.</summary>
public sealed record CountedValue(string Value, int Count, string? Id = null);
