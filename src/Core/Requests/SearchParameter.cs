namespace PodSearch.Core.Requests;

/// <summary>What kind of value a search parameter takes, and so how each door reads and checks it.</summary>
public enum ParameterKind
{
    /// <summary>Free text, given once.</summary>
    Text,
    /// <summary>Text values that may repeat (filters OR within the field); over HTTP also comma-separated for <c>facets</c>.</summary>
    Values,
    /// <summary>A whole number within <see cref="SearchParameter.Minimum"/> and a maximum the limits set.</summary>
    Integer,
    /// <summary>A decimal number from 0 to 1.</summary>
    Ratio,
    /// <summary><c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>.</summary>
    Date,
    /// <summary>One word of <see cref="SearchParameter.Choices"/>.</summary>
    Choice,
    /// <summary>On or off: a bare <c>--flag</c> on the command line, <c>true</c>/<c>false</c> over HTTP.</summary>
    Flag,
}

/// <summary>
/// One parameter of a search, described once for both doors: its snake_case name is the HTTP parameter and JSON body
/// field, its kebab-case <see cref="CliName"/> the command-line option; <see cref="Description"/> is the help text,
/// the OpenAPI description and the README table's row. See <see cref="SearchParameters"/> for the list.
/// </summary>
public sealed record SearchParameter(string Name, ParameterKind Kind, string Description)
{
    /// <summary>The index field a filter parameter restricts (<c>picks_by</c>); null for the others.</summary>
    public string? FilterField { get; init; }

    /// <summary>The accepted words of a <see cref="ParameterKind.Choice"/>, the first being the default.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>The smallest accepted <see cref="ParameterKind.Integer"/>.</summary>
    public int Minimum { get; init; }

    /// <summary>Offered on the command line only: a measuring switch that a public endpoint should not let anyone turn on.</summary>
    public bool CommandLineOnly { get; init; }

    /// <summary>The name on the command line: <c>semantic_ratio</c> is <c>--semantic-ratio</c>.</summary>
    public string CliName => Name.Replace('_', '-');

    /// <summary>Whether the parameter may be given more than once.</summary>
    public bool Repeatable => Kind == ParameterKind.Values;

    /// <summary>A placeholder that says more than the kind's (<c>NAME</c> for a person); see <see cref="ValueName"/>.</summary>
    public string? Placeholder { get; init; }

    /// <summary>The placeholder of its value in help text (<c>NAME</c>, <c>N</c>, <c>DATE</c>, <c>a|b|c</c>).</summary>
    public string ValueName => Placeholder ?? Kind switch
    {
        ParameterKind.Integer => "N",
        ParameterKind.Ratio => "R",
        ParameterKind.Date => "DATE",
        ParameterKind.Choice => string.Join('|', Choices),
        _ => Name == "facets" ? "FIELDS" : "VALUE",
    };
}
