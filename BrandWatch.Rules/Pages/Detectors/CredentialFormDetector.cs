using System.Text;
using AngleSharp.Dom;

namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>
/// U1: a form asking for a password, card data or a recovery phrase (in the markup or built by an inline script) on
/// a page that presents itself as a brand, on a host the brand does not own; where it posts is recorded.
/// </summary>
internal sealed class CredentialFormDetector : IPageDetector
{
    public string Name => "credential form";

    public IReadOnlyList<string> Criteria { get; } = [Evidence.Criteria.U1];

    public void Detect(PageFacts page, FindingSink findings)
    {
        // U1 needs a page that presents itself as the brand (Criteria U1), not a page where a mark appears beside a form.
        var presents = page.Branding.Presents;
        if (presents.Count == 0)
        {
            return;
        }

        var options = page.Options;
        var groups = page.Forms.Select(f => (Form: (IElement?)f, Inputs: f.QuerySelectorAll("input, textarea").Take(200).ToList())).ToList();
        var loose = page.LooseInputs.Concat(page.Textareas.Where(t => t.Closest("form") is null)).ToList();
        if (loose.Count > 0)
        {
            groups.Add((null, loose));
        }

        foreach (var (form, inputs) in groups)
        {
            var fields = new List<string>();
            foreach (var input in inputs)
            {
                var kind = CredentialFields.Kind(input, options);
                if (kind is not null && !fields.Contains(kind))
                {
                    fields.Add(kind);
                }
            }

            if (fields.Count == 0)
            {
                continue;
            }

            var actionText = form?.GetAttribute("action");
            var action = string.IsNullOrWhiteSpace(actionText) ? (form is null ? null : page.Url) : WebAddress.Resolve(page.Base, actionText);
            var actionHost = action is null ? null : WebAddress.Host(action);
            var evidence = FormEvidence(form, inputs, options);
            foreach (var mark in presents)
            {
                if (actionHost is not null && page.Tables.OfficialHosts.Owns(actionHost, mark))
                {
                    continue; // the owner's own form (a hosted donate or checkout button) posts to the owner
                }

                var name = page.MarkAt(mark).Name;
                var facts = new Dictionary<string, string>
                {
                    ["fields"] = string.Join(",", fields),
                    ["action"] = action?.AbsoluteUri ?? (actionText is { Length: > 0 } ? actionText : "(script)"),
                    ["method"] = (form?.GetAttribute("method") ?? "get").ToLowerInvariant(),
                    ["postsOffSite"] = PageMarkup.Format(actionHost is not null && actionHost != page.Host),
                    ["postsToOwner"] = "false",
                    ["markShownAs"] = ShownAs(page.OnPage[mark]),
                    ["presentsAs"] = page.Branding.PresenceText(mark),
                    ["means"] = "form",
                };
                var where = action is null ? "to a script" : $"to {action.AbsoluteUri}";
                findings.Add(Evidence.Criteria.U1, mark, evidence,
                    $"A form asks for {string.Join(" and ", fields)} {where} on a page that presents itself as {name} ({facts["presentsAs"]}) on a host {name} does not own.", facts);
            }
        }

        foreach (var built in page.Branding.ScriptForms)
        {
            foreach (var mark in presents)
            {
                var facts = new Dictionary<string, string>
                {
                    ["fields"] = string.Join(",", built.Fields),
                    ["action"] = "(script)",
                    ["postsOffSite"] = "false",
                    ["postsToOwner"] = "false",
                    ["markShownAs"] = ShownAs(page.OnPage[mark]),
                    ["presentsAs"] = page.Branding.PresenceText(mark),
                    ["means"] = "form built by script",
                };
                findings.Add(Evidence.Criteria.U1, mark, built.Evidence,
                    $"An inline script builds a form asking for {string.Join(" and ", built.Fields)} on a page that presents itself as {page.MarkAt(mark).Name} ({facts["presentsAs"]}); scripts are read, never run.", facts);
            }
        }
    }

    /// <summary>How the page shows the mark: "logo,title,text", for the finding's facts.</summary>
    public static string ShownAs(MarkOnPage onPage)
    {
        var parts = new List<string>();
        if (onPage.HasLogo)
        {
            parts.Add("logo");
        }

        if (onPage.InTitle)
        {
            parts.Add("title");
        }

        if (onPage.VisibleOccurrences > 0)
        {
            parts.Add("text");
        }

        if (onPage.InImageText && !onPage.HasLogo)
        {
            parts.Add("image text");
        }

        return string.Join(",", parts);
    }

    private static string FormEvidence(IElement? form, List<IElement> inputs, PageAnalysisOptions options)
    {
        var builder = new StringBuilder();
        if (form is not null)
        {
            builder.Append(PageMarkup.StartTag(form));
        }

        foreach (var input in inputs.Where(i => CredentialFields.Kind(i, options) is not null).Take(4))
        {
            builder.Append(' ').Append(PageMarkup.StartTag(input));
        }

        return builder.ToString();
    }
}
