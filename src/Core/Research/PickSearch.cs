using PodSearch.Core.People;

namespace PodSearch.Core.Research;

/// <summary>
/// Searches the catalog's picks by scanning them (tens of thousands of short records: a linear pass over
/// precomputed term sets is well under a millisecond, so no index of its own is needed; see BENCHMARKS.md).
/// </summary>
internal static class PickSearch
{
    public static PickSearchResult Run(ResearchCatalog catalog, PickQuery query)
    {
        var terms = ResearchText.Terms(query.Text);
        string? notice = null;
        Func<PickRecord, bool> byFilter = _ => true;
        if (!string.IsNullOrWhiteSpace(query.By))
        {
            var wanted = PickerIds(catalog.People, query.By);
            var folded = PersonNameKey.Fold(PersonNameKey.Clean(query.By));
            if (wanted.Count == 0)
                notice = $"no person matches by='{query.By}'";
            byFilter = p => p.PersonId is not null ? wanted.Contains(p.PersonId) : p.ByKey == folded;
        }
        var domainMatches = query.Domain is null ? null : LinkDomain.Matcher(query.Domain);
        var matches = catalog.Picks.Where(p =>
                (query.Year is null || p.Episode.Date?.Year == query.Year)
                && (domainMatches is null || domainMatches(p.Domain))
                && terms.All(p.Terms.Contains)
                && byFilter(p))
            .ToList();
        return new PickSearchResult
        {
            Total = matches.Count,
            Picks = matches.Skip(query.Offset).Take(query.Limit).ToList(),
            Facets = new Dictionary<string, IReadOnlyList<CountedValue>>
            {
                ["by"] = Top(matches.GroupBy(p => (p.PersonId, Name: p.PersonName ?? p.By)).Select(g => new CountedValue(g.Key.Name, g.Count(), g.Key.PersonId)), query.FacetTop),
                ["year"] = Top(matches.Where(p => p.Episode.Date is not null).GroupBy(p => p.Episode.Date!.Value.Year).Select(g => new CountedValue(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Count())), query.FacetTop),
                ["domain"] = Top(matches.Where(p => p.Domain is not null).GroupBy(p => p.Domain!).Select(g => new CountedValue(g.Key, g.Count())), query.FacetTop),
            },
            MostPicked = MostPicked(matches, query.FacetTop),
            Notice = notice,
        };
    }

    /// <summary>The ids a picker text may mean: the one person it resolves to, else every candidate.</summary>
    internal static IReadOnlySet<string> PickerIds(PersonDirectory people, string by)
    {
        var resolved = people.Resolve(by);
        return resolved is not null
            ? new HashSet<string>([resolved.Id], StringComparer.Ordinal)
            : people.Find(by).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
    }

    private static List<CountedValue> Top(IEnumerable<CountedValue> values, int top) =>
        values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).Take(top).ToList();

    // Two picks are the same item when they share a page URL or the same text: union-find over both keys.
    private static List<MostPickedItem> MostPicked(IReadOnlyList<PickRecord> picks, int top)
    {
        var parent = Enumerable.Range(0, picks.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        var firstByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < picks.Count; i++)
        {
            foreach (var key in picks[i].SameItemKeys)
            {
                if (firstByKey.TryGetValue(key, out var other))
                    parent[Root(i)] = Root(other);
                else
                    firstByKey[key] = i;
            }
        }
        return Enumerable.Range(0, picks.Count).GroupBy(Root).Select(g => g.Select(i => picks[i]).ToList())
            .Where(g => g.Count >= 2)
            .Select(g =>
            {
                var pairs = g.Select(p => (Picker: p.PersonId ?? p.ByKey, p.Episode.Id)).Distinct().ToList();
                var pickers = g.Select(p => p.PersonName ?? p.By).Distinct(StringComparer.Ordinal).ToList();
                var text = g.GroupBy(p => p.Text, StringComparer.Ordinal).OrderByDescending(t => t.Count()).ThenBy(t => t.Key, StringComparer.Ordinal).First().Key;
                return new MostPickedItem(text, g.Select(p => p.Url).FirstOrDefault(u => u is not null), pairs.Count, pickers, pairs.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count());
            })
            .Where(i => i.Count >= 2)
            .OrderByDescending(i => i.Count).ThenByDescending(i => i.Pickers.Count).ThenBy(i => i.Text, StringComparer.Ordinal)
            .Take(top)
            .ToList();
    }

    internal static IEnumerable<string> SameItemKeys(string text, string? url)
    {
        if (LinkDomain.Normalize(url) is { } page)
            yield return "url:" + page;
        text = PersonNameKey.Fold(text);
        // Very short texts ("book", "yes") would join unrelated items.
        if (text.Length >= 4)
            yield return "text:" + text;
    }
}
