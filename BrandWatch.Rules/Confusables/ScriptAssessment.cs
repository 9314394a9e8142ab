namespace BrandWatch.Rules.Confusables;

/// <summary>
/// The UTS #39 verdict on one label: its restriction level, whether it mixes scripts (§5.1: the resolved script set is
/// empty), the scripts it uses, and a sentence a reviewer can read (<c>'pаypal' mixes Latin and Cyrillic (а U+0430)…</c>).
/// </summary>
public sealed record ScriptAssessment(RestrictionLevel Level, bool MixedScript, IReadOnlyList<string> Scripts, string Explanation)
{
    /// <summary>The level's name as UTS #39 writes it (<c>Moderately Restrictive</c>).</summary>
    public string LevelName => Level switch
    {
        RestrictionLevel.AsciiOnly => "ASCII-Only",
        RestrictionLevel.SingleScript => "Single Script",
        RestrictionLevel.HighlyRestrictive => "Highly Restrictive",
        RestrictionLevel.ModeratelyRestrictive => "Moderately Restrictive",
        RestrictionLevel.MinimallyRestrictive => "Minimally Restrictive",
        _ => "Unrestricted",
    };
}
