using System.Text.RegularExpressions;

namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>U5 and D1: a meta refresh or script navigation to another site, recorded and never followed; U5 when the target is the owner's own site.</summary>
internal sealed class RedirectDetector : IPageDetector
{
    public string Name => "redirects";

    public IReadOnlyList<string> Criteria { get; } = [Evidence.Criteria.U5, Evidence.Criteria.D1];

    public void Detect(PageFacts page, FindingSink findings)
    {
        var targets = new List<(string Method, string Evidence, Uri Target)>();
        foreach (var meta in page.Metas)
        {
            if (!string.Equals(meta.GetAttribute("http-equiv")?.Trim(), "refresh", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var content = meta.GetAttribute("content") ?? string.Empty;
            if (content.Length < 2048 && PagePatterns.Refresh().Match(content) is { Success: true } match && WebAddress.Resolve(page.Base, match.Groups[1].Value) is { } target)
            {
                targets.Add(("meta refresh", PageMarkup.StartTag(meta), target));
            }
        }

        foreach (var script in page.Scripts)
        {
            if (script.HasAttribute("src"))
            {
                continue;
            }

            try
            {
                foreach (var (reference, evidence) in page.ScriptRedirects(script))
                {
                    if (WebAddress.Resolve(page.Base, reference) is { } target)
                    {
                        targets.Add(("script", evidence, target));
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological script is not evidence of anything: skip it.
            }
        }

        foreach (var (method, evidence, target) in targets)
        {
            var host = WebAddress.Host(target);
            if (host == page.Host)
            {
                continue;
            }

            var facts = new Dictionary<string, string> { ["target"] = target.AbsoluteUri, ["method"] = method, ["executed"] = "false" };
            var owners = (page.Tables.OfficialHosts.Find(host) ?? []).Where(m => !page.Skip[m]).ToList();
            foreach (var mark in owners)
            {
                findings.Add(Evidence.Criteria.U5, mark, evidence, $"The page redirects visitors to {page.MarkAt(mark).Name}'s own site {target.AbsoluteUri} ({method}, recorded, not followed).", facts);
            }

            if (owners.Count == 0)
            {
                findings.Add(Evidence.Criteria.D1, null, evidence, $"The page redirects visitors to another site, {target.AbsoluteUri} ({method}, recorded, not followed).", facts);
            }
        }
    }
}
