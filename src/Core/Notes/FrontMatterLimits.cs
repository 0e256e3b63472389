using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PodSearch.Core.Notes;

/// <summary>
/// Checks a front-matter block before YamlDotNet builds a tree from it. The tree builder recurses once per nesting
/// level and resolves aliases into shared nodes, so <c>a: &amp;a [*a]</c> (a cycle) or 100,000 nested <c>[</c> end the
/// process with a stack overflow, and a few hundred bytes of nested aliases ("billion laughs") expand to gigabytes.
/// Show notes never need any of that, so this pass walks the parser's flat event stream, which uses no recursion and
/// expands nothing, and refuses the block on the first alias, on nesting past <see cref="MaxDepth"/> or on a size past
/// <see cref="MaxChars"/>. The caller then reads the block's top-level <c>key: value</c> lines instead.
/// </summary>
internal static class FrontMatterLimits
{
    /// <summary>Real front matter is under 4 KB; 64 KB leaves room for long descriptions without allowing a bomb.</summary>
    public const int MaxChars = 64 * 1024;

    /// <summary>Real front matter nests two or three levels (a list of tags, a list of mappings).</summary>
    public const int MaxDepth = 16;

    /// <summary>The first limit the block breaks, as a 1-based line inside the block and a message; null when it is within them.</summary>
    public static (int Line, string Message)? Check(string yaml)
    {
        if (yaml.Length > MaxChars)
            return (1, $"front matter is {yaml.Length / 1024} KB, larger than the {MaxChars / 1024} KB limit");
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    return (LineOf(alias), $"front matter uses the YAML alias *{alias.Value}, which PodSearch does not expand");
                case MappingStart or SequenceStart when ++depth > MaxDepth:
                    return (LineOf(parser.Current), $"front matter nests deeper than {MaxDepth} levels");
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }
        return null;
    }

    private static int LineOf(ParsingEvent? parsingEvent) => (int)Math.Max(1, parsingEvent?.Start.Line ?? 1);
}
