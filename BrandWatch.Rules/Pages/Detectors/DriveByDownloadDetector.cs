using System.Text.RegularExpressions;

namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>
/// U8: a page that starts a download of an executable or archive without the user asking (meta refresh, script
/// navigation or a frame pointing at the file, a script that clicks a download link itself), or that carries a
/// known malicious-content marker. A link the user must click is not a drive-by download and is not reported.
/// </summary>
internal sealed partial class DriveByDownloadDetector : IPageDetector
{
    public string Name => "drive-by download";

    public IReadOnlyList<string> Criteria { get; } = [Evidence.Criteria.U8];

    [GeneratedRegex(@"window\.open\(\s*[""']([^""']{1,2048})[""']", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ScriptOpen();

    [GeneratedRegex(@"\.download\s*=|setAttribute\(\s*[""']download[""']", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ScriptDownloadAttribute();

    [GeneratedRegex(@"\.click\(\s*\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ScriptClick();

    public void Detect(PageFacts page, FindingSink findings)
    {
        var hits = new List<(string Method, string Evidence, string? Target)>();
        foreach (var meta in page.Metas)
        {
            if (string.Equals(meta.GetAttribute("http-equiv")?.Trim(), "refresh", StringComparison.OrdinalIgnoreCase)
                && meta.GetAttribute("content") is { Length: < 2048 } content && PagePatterns.Refresh().Match(content) is { Success: true } match
                && DownloadTarget(page, match.Groups[1].Value) is { } target)
            {
                hits.Add(("meta refresh", PageMarkup.StartTag(meta), target));
            }
        }

        foreach (var frame in page.Frames)
        {
            if (DownloadTarget(page, frame.GetAttribute("src")) is { } target)
            {
                hits.Add(("frame", PageMarkup.StartTag(frame), target));
            }
        }

        foreach (var script in page.Scripts)
        {
            if (script.GetAttribute("src") is { } src)
            {
                if (Marker(page, src) is { } marker)
                {
                    hits.Add(($"known malicious script ({marker})", PageMarkup.StartTag(script), null));
                }

                continue;
            }

            var code = page.ScriptCode(script);

            try
            {
                foreach (var (reference, evidence) in page.ScriptRedirects(script))
                {
                    if (DownloadTarget(page, reference) is { } target)
                    {
                        hits.Add(("script", evidence, target));
                    }
                }

                foreach (Match match in ScriptOpen().Matches(code))
                {
                    if (DownloadTarget(page, match.Groups[1].Value) is { } target)
                    {
                        hits.Add(("script", match.Value, target));
                    }
                }

                if (ScriptDownloadAttribute().Match(code) is { Success: true } download && ScriptClick().IsMatch(code))
                {
                    hits.Add(("script clicks a download link itself", download.Value, null));
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological script is not evidence of anything: skip it.
            }

            if (Marker(page, code) is { } inline)
            {
                hits.Add(($"known malicious-content marker ({inline})", inline, null));
            }
        }

        foreach (var (method, evidence, target) in hits)
        {
            var facts = new Dictionary<string, string> { ["method"] = method, ["unrequested"] = "true" };
            if (target is not null)
            {
                facts["target"] = target;
            }

            findings.Add(Evidence.Criteria.U8, null, evidence, target is null
                ? $"The page carries malicious content: {method}."
                : $"The page starts a download of {target} without the user asking ({method}).", facts);
        }
    }

    private static string? DownloadTarget(PageFacts page, string? reference)
    {
        if (WebAddress.Resolve(page.Base, reference) is not { } uri)
        {
            return null;
        }

        var path = uri.AbsolutePath;
        foreach (var extension in page.Options.DownloadExtensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return uri.AbsoluteUri;
            }
        }

        return null;
    }

    private static string? Marker(PageFacts page, string text)
    {
        foreach (var marker in page.Options.MalwareMarkers)
        {
            if (text.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return marker;
            }
        }

        return null;
    }
}
