namespace BrandWatch.Rules.Pages;

/// <summary>How strongly one mark is the page's own branding, and by what.</summary>
internal sealed class BrandPresence
{
    public int Score { get; set; }

    public bool Visual { get; set; }

    public List<string> Signals { get; } = [];
}
