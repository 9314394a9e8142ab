using System.Text.RegularExpressions;
using AngleSharp.Dom;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Pages;

/// <summary>
/// U8: a page that starts a download of an executable or archive without the user asking (meta refresh, script
/// navigation or a frame pointing at the file, a script that clicks a download link itself), or that carries a
/// known malicious-content marker. A link the user must click is not a drive-by download and is not reported.
/// </summary>
internal sealed partial class PageAnalysisRun
{
    [GeneratedRegex(@"window\.open\(\s*[""']([^""']{1,2048})[""']", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ScriptOpen();

    [GeneratedRegex(@"\.download\s*=|setAttribute\(\s*[""']download[""']", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ScriptDownloadAttribute();

    [GeneratedRegex(@"\.click\(\s*\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ScriptClick();

    private void DetectDownloads()
    {
        var hits = new List<(string Method, string Evidence, string? Target)>();
        foreach (var meta in _metas)
        {
            if (string.Equals(meta.GetAttribute("http-equiv")?.Trim(), "refresh", StringComparison.OrdinalIgnoreCase)
                && meta.GetAttribute("content") is { Length: < 2048 } content && Refresh().Match(content) is { Success: true } match
                && DownloadTarget(match.Groups[1].Value) is { } target)
            {
                hits.Add(("meta refresh", StartTag(meta), target));
            }
        }

        foreach (var frame in _frames)
        {
            if (DownloadTarget(frame.GetAttribute("src")) is { } target)
            {
                hits.Add(("frame", StartTag(frame), target));
            }
        }

        foreach (var script in _scripts)
        {
            if (script.GetAttribute("src") is { } src)
            {
                if (Marker(src) is { } marker)
                {
                    hits.Add(($"known malicious script ({marker})", StartTag(script), null));
                }

                continue;
            }

            var code = script.TextContent;
            if (code.Length > _options.MaxScriptChars)
            {
                code = code[.._options.MaxScriptChars];
            }

            try
            {
                foreach (var regex in new[] { ScriptRedirect(), ScriptOpen() })
                {
                    foreach (Match match in regex.Matches(code))
                    {
                        var reference = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
                        if (DownloadTarget(reference) is { } target)
                        {
                            hits.Add(("script", match.Value, target));
                        }
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

            if (Marker(code) is { } inline)
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

            Add(Criteria.U8, null, evidence, target is null
                ? $"The page carries malicious content: {method}."
                : $"The page starts a download of {target} without the user asking ({method}).", facts);
        }
    }

    private string? DownloadTarget(string? reference)
    {
        if (WebAddress.Resolve(_base, reference) is not { } uri)
        {
            return null;
        }

        var path = uri.AbsolutePath;
        foreach (var extension in _options.DownloadExtensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return uri.AbsoluteUri;
            }
        }

        return null;
    }

    private string? Marker(string text)
    {
        foreach (var marker in _options.MalwareMarkers)
        {
            if (text.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return marker;
            }
        }

        return null;
    }
}
