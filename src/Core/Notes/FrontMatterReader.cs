using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PodSearch.Core.Notes;

/// <summary>
/// Reads a front-matter block with YamlDotNet's representation model, so scalars stay text. When the YAML is
/// malformed it warns (with the file line) and falls back to reading top-level <c>key: value</c> lines, so a note
/// with one bad quote still keeps its title and date.
/// </summary>
internal static partial class FrontMatterReader
{
    /// <summary>Reads <paramref name="yaml"/> (the text between the <c>---</c> fences, starting at 1-based file line
    /// <paramref name="firstLine"/>); problems go to <paramref name="warnings"/>.</summary>
    public static FrontMatter Read(string yaml, int firstLine, List<ParseWarning> warnings)
    {
        var frontMatter = new FrontMatter();
        try
        {
            if (FrontMatterLimits.Check(yaml) is var (limitLine, problem))
            {
                warnings.Add(new ParseWarning(firstLine + limitLine - 1, $"{problem}; read key: value lines instead"));
                return ReadLoosely(yaml);
            }
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0)
                return frontMatter;
            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                warnings.Add(new ParseWarning(firstLine, "front matter is not a key: value mapping"));
                return frontMatter;
            }
            foreach (var (keyNode, valueNode) in root.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value;
                if (string.IsNullOrEmpty(key))
                    continue;
                if (key == "tags" && valueNode is YamlSequenceNode tags)
                {
                    foreach (var tag in tags.Children)
                        if (tag is YamlScalarNode { Value: { Length: > 0 } text })
                            frontMatter.Tags.Add(text.Trim());
                    continue;
                }
                frontMatter.Set(key, AsText(valueNode));
            }
        }
        catch (YamlException ex)
        {
            var line = firstLine + (int)Math.Max(0, ex.Start.Line - 1);
            warnings.Add(new ParseWarning(line, $"malformed YAML front matter: {FirstLine(ex.Message)}; read key: value lines instead"));
            return ReadLoosely(yaml);
        }
        return frontMatter;
    }

    private static string? AsText(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => string.Join(", ", sequence.Children.Select(AsText)),
        YamlMappingNode mapping => string.Join(", ", mapping.Children.Select(p => $"{AsText(p.Key)}: {AsText(p.Value)}")),
        _ => null,
    };

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n');
        return newline < 0 ? message : message[..newline];
    }

    private static FrontMatter ReadLoosely(string yaml)
    {
        var frontMatter = new FrontMatter();
        string? listKey = null;
        string? foldedKey = null;
        var folded = new List<string>();
        foreach (var line in yaml.Split('\n'))
        {
            if (foldedKey is not null && line.Length > 0 && char.IsWhiteSpace(line[0]) && line.Trim().Length > 0)
            {
                folded.Add(line.Trim());
                continue;
            }
            if (foldedKey is not null)
            {
                frontMatter.Set(foldedKey, string.Join(' ', folded));
                foldedKey = null;
                folded.Clear();
            }
            var item = ListItem().Match(line);
            if (item.Success && listKey == "tags")
            {
                frontMatter.Tags.Add(Unquote(item.Groups[1].Value));
                continue;
            }
            var pair = KeyValue().Match(line);
            if (!pair.Success)
                continue;
            listKey = pair.Groups[1].Value;
            var value = Unquote(pair.Groups[2].Value);
            if (value is ">" or ">-" or "|" or "|-")
            {
                foldedKey = listKey;
                continue;
            }
            frontMatter.Set(listKey, value.Length == 0 ? null : value);
        }
        if (foldedKey is not null)
            frontMatter.Set(foldedKey, string.Join(' ', folded));
        return frontMatter;
    }

    private static string Unquote(string value)
    {
        value = value.Trim();
        if (value.Length >= 2 && (value[0] == '\'' || value[0] == '"') && value[^1] == value[0])
            value = value[1..^1];
        return value.Trim();
    }

    [GeneratedRegex(@"^([A-Za-z_][\w-]*):(.*)$")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"^\s+-\s*(.*)$")]
    private static partial Regex ListItem();
}
