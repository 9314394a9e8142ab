namespace BrandWatch.Rules.Pages.Visual;

/// <summary>
/// Compares page images with the portfolio's reference logos and favicons: a difference-hash distance within
/// <see cref="PageAnalysisOptions.MaxVisualDistance"/> of a reference logo or <see cref="PageAnalysisOptions.MaxIconVisualDistance"/>
/// of a reference favicon, or the favicon's exact bytes. Blank, tiny and single-colour
/// images, on either side, never match. A linear scan with one XOR and popcount per reference.
/// </summary>
internal sealed class VisualMatcher
{
    private readonly (int Mark, VisualReference Reference)[] _references;
    private readonly PageAnalysisOptions _options;

    public VisualMatcher(IReadOnlyList<VisualReference> references, IReadOnlyDictionary<string, int> markIndex, PageAnalysisOptions options)
    {
        _options = options;
        _references = [.. references
            .Where(r => r.Fingerprint.Unusable(options) is null && markIndex.ContainsKey(r.MarkId))
            .Select(r => (markIndex[r.MarkId], r))];
    }

    public bool IsEmpty => _references.Length == 0;

    /// <summary>For each usable image, the closest reference of each mark it matches (marks in <paramref name="skip"/> excluded).</summary>
    public List<VisualMatch> Match(IReadOnlyList<PageImage> images, MarkSet skip)
    {
        var matches = new List<VisualMatch>();
        if (_references.Length == 0)
        {
            return matches;
        }

        foreach (var image in images.Take(_options.MaxPageImages))
        {
            if (image.Fingerprint.Unusable(_options) is not null)
            {
                continue;
            }

            var icon = image.Role is PageImageRole.Favicon or PageImageRole.TouchIcon;
            var best = new Dictionary<int, VisualMatch>();
            foreach (var (mark, reference) in _references)
            {
                if (skip[mark])
                {
                    continue;
                }

                var exact = icon && reference.Kind == "favicon" && string.Equals(image.Fingerprint.Sha256, reference.Fingerprint.Sha256, StringComparison.OrdinalIgnoreCase);
                var distance = exact ? 0 : ImageFingerprint.Distance(image.Fingerprint.DifferenceHash, reference.Fingerprint.DifferenceHash);
                if (!exact && distance > (reference.Kind == "favicon" ? _options.MaxIconVisualDistance : _options.MaxVisualDistance))
                {
                    continue;
                }

                if (!best.TryGetValue(mark, out var current) || distance < current.Distance || (exact && !current.Exact))
                {
                    best[mark] = new VisualMatch(mark, image, reference, distance, exact);
                }
            }

            matches.AddRange(best.Values.OrderBy(m => m.Mark));
        }

        return matches;
    }
}
