namespace BrandWatch.Rules.Pages.Visual;

/// <summary>A page image that looks like one of a mark's references: the closest reference and how close.</summary>
internal sealed record VisualMatch(int Mark, PageImage Image, VisualReference Reference, int Distance, bool Exact)
{
    /// <summary>"distance 3 of 64 to the reference logo paypal.png", for reasons and facts.</summary>
    public string Describe() => Exact
        ? $"the same bytes as the reference {Reference.Kind} {Reference.Source}"
        : $"perceptual hash distance {Distance} of 64 to the reference {Reference.Kind} {Reference.Source}";

    public Dictionary<string, string> Facts() => new()
    {
        ["visualMatch"] = Exact ? "exact" : "perceptual",
        ["hashDistance"] = PageMarkup.Format(Distance),
        ["image"] = Image.Url.AbsoluteUri,
        ["reference"] = Reference.Source,
    };
}
