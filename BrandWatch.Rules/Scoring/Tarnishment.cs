using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Pages.Detectors;

namespace BrandWatch.Rules.Scoring;

/// <summary>
/// Which of a page's D3 findings tarnish the mark. Gambling content does not tarnish a mark whose own goods are gambling
/// (a casino's look-alike showing other casinos' offers trades on the mark's market: U13, F3, U4 weigh that), nor adult
/// content a mark of the adult trade: tarnishment is an association with what the mark is not (4(c)(iii)).
/// </summary>
internal static class Tarnishment
{
    /// <summary>The first D3 finding whose term lies outside the mark's own trade (its <c>keywords</c>), or null.</summary>
    public static PageFinding? Content(ScoringContext c)
    {
        foreach (var finding in c.Findings)
        {
            if (finding.Criterion != Criteria.D3)
            {
                continue;
            }

            if (!finding.Facts.TryGetValue("term", out var term) || !OfTheMarksTrade(c, term))
            {
                return finding;
            }
        }

        return null;
    }

    private static bool OfTheMarksTrade(ScoringContext c, string term)
    {
        var gambling = TarnishDetector.IsGambling(term);
        foreach (var keyword in c.Mark.Keywords)
        {
            var folded = keyword.ToLowerInvariant();
            if (gambling ? TarnishDetector.IsGambling(folded) : (folded.Contains(term, StringComparison.Ordinal) || IsAdultTrade(folded)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] AdultTrade = ["adult entertainment", "adult content", "adult video", "adult film", "porn", "erotic"];

    private static bool IsAdultTrade(string keyword)
    {
        foreach (var stem in AdultTrade)
        {
            if (keyword.Contains(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
