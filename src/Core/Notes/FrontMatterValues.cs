using System.Globalization;
using System.Text.RegularExpressions;

namespace PodSearch.Core.Notes;

/// <summary>Reads the raw front-matter texts the way the notes write them (dates, durations, episode numbers).</summary>
internal static partial class FrontMatterValues
{
    /// <summary>
    /// <c>2019-03-05 11:00:20</c>, <c>2019-10-15T10:00:13.461Z</c>, <c>…+0000</c>: the wall-clock time as written,
    /// with no time-zone shift, so the date part is the note's own <c>YYYY-MM-DD</c>.
    /// </summary>
    public static DateTime? ParseDate(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return null;
        var match = DatePattern().Match(raw.Trim());
        if (!match.Success)
            return null;
        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].ValueSpan, CultureInfo.InvariantCulture) : 0;
        try
        {
            var date = new DateTime(Part("y"), Part("m"), Part("d"), Part("h") % 24, Part("min"), Part("s"), DateTimeKind.Unspecified);
            if (match.Groups["f"].Success)
            {
                var fraction = match.Groups["f"].Value;
                fraction = fraction.Length > 7 ? fraction[..7] : fraction.PadRight(7, '0');
                date = date.AddTicks(long.Parse(fraction, CultureInfo.InvariantCulture));
            }
            return date;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary><c>1:08:11</c>, <c>45:24</c>, <c>45;11</c>, <c>1:18.00</c>, <c>2449</c> (seconds) or <c>50</c> (minutes) to seconds.</summary>
    public static int? ParseDuration(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return null;
        var text = raw.Trim().Replace(';', ':');
        var dot = text.IndexOf('.');
        if (dot >= 0)
            text = text[..dot];
        var parts = text.Split(':');
        if (parts.Length > 3)
            return null;
        var values = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out values[i]))
                return null;
        return values.Length switch
        {
            // A bare number: notes write long ones in seconds (2449) and short ones in minutes (50).
            1 => values[0] <= 300 ? values[0] * 60 : values[0],
            2 => values[0] * 60 + values[1],
            _ => values[0] * 3600 + values[1] * 60 + values[2],
        };
    }

    /// <summary>The episode number as written, quotes stripped; null when empty.</summary>
    public static string? RawNumber(string? raw)
    {
        if (raw is null)
            return null;
        var text = raw.Trim().Trim('\'', '"').Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>The first run of digits in the raw number (<c>JSJ 391</c> → 391, <c>014</c> → 14, <c>Bonus</c> → null).</summary>
    public static int? NumberValue(string? raw)
    {
        if (raw is null)
            return null;
        var match = Digits().Match(raw);
        return match.Success && int.TryParse(match.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T ]+(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2})(?:\.(?<f>\d+))?)?)?")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\d{1,9}")]
    private static partial Regex Digits();
}
