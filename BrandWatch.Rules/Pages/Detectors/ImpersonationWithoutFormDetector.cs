namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>
/// U1 without a form: a page posing as the brand that asks the reader to phone a number, with an alarm or a charge
/// to cancel, or a download of remote-access software (support scams, fake invoices). It defers to
/// <see cref="CredentialFormDetector"/>: a page already reported for its form is not reported twice.
/// </summary>
internal sealed class ImpersonationWithoutFormDetector : IPageDetector
{
    public string Name => "impersonation without a form";

    public IReadOnlyList<string> Criteria { get; } = [Evidence.Criteria.U1];

    public void Detect(PageFacts page, FindingSink findings)
    {
        if (page.Branding.Presents.Count == 0 || findings.HasAny(Evidence.Criteria.U1))
        {
            return;
        }

        var options = page.Options;
        var phrases = new SortedSet<int>();
        foreach (var block in page.Blocks)
        {
            if (block.Signals.Count > 0 && !page.IsHidden(block.Element))
            {
                phrases.UnionWith(PageFacts.Ids(AnalyzerTables.ScamList, block));
            }
        }

        var body = PageMarkup.Text(page.Document.Body ?? page.Document.DocumentElement, 200_000);
        var phone = page.Links.Select(l => l.GetAttribute("href")).FirstOrDefault(h => h?.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) == true)?[4..]
            ?? (PagePatterns.Phone().Match(body) is { Success: true } m ? m.Value.Trim() : null);
        var installer = page.Links.Select(l => (Link: l, Uri: page.Href(l))).FirstOrDefault(l => l.Uri is not null
            && options.InstallerExtensions.Any(e => l.Uri.AbsolutePath.EndsWith(e, StringComparison.OrdinalIgnoreCase)));
        if (phone is null || (phrases.Count == 0 && installer.Link is null))
        {
            return;
        }

        var means = new List<string> { "phone number " + phone };
        if (installer.Link is not null)
        {
            means.Add("software download " + WebAddress.FileName(installer.Uri!.AbsolutePath));
        }

        if (phrases.Count > 0)
        {
            means.Add("\"" + string.Join("\", \"", phrases.Select(i => options.ScamPhrases[i])) + "\"");
        }

        foreach (var mark in page.Branding.Presents)
        {
            var name = page.MarkAt(mark).Name;
            var presence = page.Branding.PresenceText(mark);
            findings.Add(Evidence.Criteria.U1, mark, installer.Link is not null ? PageMarkup.Fragment(installer.Link, options.MaxEvidenceChars) : PageMarkup.Clip(body, options.MaxEvidenceChars),
                $"The page presents itself as {name} ({presence}) on a host {name} does not own and asks the reader to call {phone}" +
                (installer.Link is not null ? " and install software" : string.Empty) + ": impersonation without a form (support scam or fake invoice).",
                new() { ["means"] = string.Join("; ", means), ["presentsAs"] = presence, ["markShownAs"] = CredentialFormDetector.ShownAs(page.OnPage[mark]) });
        }
    }
}
