using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Pages;

/// <summary>U1: credential, card and recovery-phrase forms (in the markup or built by script) on a page that presents itself as a brand, and where they post; impersonation without a form.</summary>
internal sealed partial class PageAnalysisRun
{
    [GeneratedRegex(@"\+?\(?\d{1,4}\)?[ .\-]?\(?\d{2,4}\)?[ .\-]\d{3,4}[ .\-]?\d{3,5}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Phone();

    private void DetectForms()
    {
        var groups = _forms.Select(f => (Form: (IElement?)f, Inputs: f.QuerySelectorAll("input, textarea").Take(200).ToList())).ToList();
        var loose = _looseInputs.Concat(_textareas.Where(t => t.Closest("form") is null)).ToList();
        if (loose.Count > 0)
        {
            groups.Add((null, loose));
        }

        // U1 needs a page that presents itself as the brand (Criteria U1), not a page where a mark appears beside a form.
        if (_presents.Count == 0)
        {
            return;
        }

        var reported = false;
        foreach (var (form, inputs) in groups)
        {
            var fields = new List<string>();
            foreach (var input in inputs)
            {
                var kind = FieldKind(input);
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
            var action = string.IsNullOrWhiteSpace(actionText) ? (form is null ? null : _url) : WebAddress.Resolve(_base, actionText);
            var actionHost = action is null ? null : WebAddress.Host(action);
            var evidence = FormEvidence(form, inputs);
            foreach (var mark in _presents)
            {
                if (actionHost is not null && _tables.OfficialHosts.Owns(actionHost, mark))
                {
                    continue; // the owner's own form (a hosted donate or checkout button) posts to the owner
                }

                var facts = new Dictionary<string, string>
                {
                    ["fields"] = string.Join(",", fields),
                    ["action"] = action?.AbsoluteUri ?? (actionText is { Length: > 0 } ? actionText : "(script)"),
                    ["method"] = (form?.GetAttribute("method") ?? "get").ToLowerInvariant(),
                    ["postsOffSite"] = Format(actionHost is not null && actionHost != _host),
                    ["postsToOwner"] = "false",
                    ["markShownAs"] = ShownAs(_onPage[mark]),
                    ["presentsAs"] = PresenceText(mark),
                    ["means"] = "form",
                };
                var where = action is null ? "to a script" : $"to {action.AbsoluteUri}";
                Add(Criteria.U1, mark, evidence,
                    $"A form asks for {string.Join(" and ", fields)} {where} on a page that presents itself as {MarkAt(mark).Name} ({facts["presentsAs"]}) on a host {MarkAt(mark).Name} does not own.", facts);
                reported = true;
            }
        }

        foreach (var built in _scriptForms)
        {
            foreach (var mark in _presents)
            {
                var facts = new Dictionary<string, string>
                {
                    ["fields"] = string.Join(",", built.Fields),
                    ["action"] = "(script)",
                    ["postsOffSite"] = "false",
                    ["postsToOwner"] = "false",
                    ["markShownAs"] = ShownAs(_onPage[mark]),
                    ["presentsAs"] = PresenceText(mark),
                    ["means"] = "form built by script",
                };
                Add(Criteria.U1, mark, built.Evidence,
                    $"An inline script builds a form asking for {string.Join(" and ", built.Fields)} on a page that presents itself as {MarkAt(mark).Name} ({facts["presentsAs"]}); scripts are read, never run.", facts);
                reported = true;
            }
        }

        if (!reported)
        {
            DetectImpersonationWithoutForm();
        }
    }

    /// <summary>
    /// U1 without a form: a page posing as the brand that asks the reader to phone a number, with an alarm or a charge
    /// to cancel, or a download of remote-access software (support scams, fake invoices).
    /// </summary>
    private void DetectImpersonationWithoutForm()
    {
        var phrases = new SortedSet<int>();
        foreach (var block in _blocks)
        {
            if (block.Signals.Count > 0 && !IsHidden(block.Element))
            {
                phrases.UnionWith(Ids(AnalyzerTables.ScamList, block));
            }
        }

        var body = Text(_document.Body ?? _document.DocumentElement, 200_000);
        var phone = _links.Select(l => l.GetAttribute("href")).FirstOrDefault(h => h?.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) == true)?[4..]
            ?? (Phone().Match(body) is { Success: true } m ? m.Value.Trim() : null);
        var installer = _links.Select(l => (Link: l, Uri: Href(l))).FirstOrDefault(l => l.Uri is not null
            && _options.InstallerExtensions.Any(e => l.Uri.AbsolutePath.EndsWith(e, StringComparison.OrdinalIgnoreCase)));
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
            means.Add("\"" + string.Join("\", \"", phrases.Select(i => _options.ScamPhrases[i])) + "\"");
        }

        foreach (var mark in _presents)
        {
            var name = MarkAt(mark).Name;
            Add(Criteria.U1, mark, installer.Link is not null ? Fragment(installer.Link) : Clip(body),
                $"The page presents itself as {name} ({PresenceText(mark)}) on a host {name} does not own and asks the reader to call {phone}" +
                (installer.Link is not null ? " and install software" : string.Empty) + ": impersonation without a form (support scam or fake invoice).",
                new() { ["means"] = string.Join("; ", means), ["presentsAs"] = PresenceText(mark), ["markShownAs"] = ShownAs(_onPage[mark]) });
        }
    }

    private static string ShownAs(MarkOnPage onPage)
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

    /// <summary>"password" or "card" for a field that collects credentials or card data, else null.</summary>
    private string? FieldKind(IElement input)
    {
        var described = string.Join(' ', input.GetAttribute("name"), input.Id, input.GetAttribute("placeholder"), input.GetAttribute("aria-label")).ToLowerInvariant();
        if (_options.RecoveryPhraseWords.Any(w => described.Contains(w, StringComparison.Ordinal)))
        {
            return "recovery phrase";
        }

        if (input.LocalName == "textarea")
        {
            return null;
        }

        var type = (input.GetAttribute("type") ?? "text").Trim().ToLowerInvariant();
        if (type == "password")
        {
            return "password";
        }

        if (type is "hidden" or "submit" or "button" or "checkbox" or "radio" or "image" or "reset" or "file")
        {
            return null;
        }

        var words = string.Join(' ', input.GetAttribute("name"), input.Id, input.GetAttribute("autocomplete"), input.GetAttribute("placeholder"),
            input.GetAttribute("aria-label")).ToLowerInvariant();
        foreach (var word in _options.CardFieldWords)
        {
            // Short words ("pin", "csc") must stand alone; longer ones may sit inside an identifier ("cardnumber1").
            var index = words.IndexOf(word, StringComparison.Ordinal);
            if (index >= 0 && (word.Length > 4 || IsWholeWord(words, index, word.Length)))
            {
                return "card";
            }
        }

        return null;
    }

    private static bool IsWholeWord(string text, int index, int length) =>
        (index == 0 || !char.IsLetterOrDigit(text[index - 1])) && (index + length == text.Length || !char.IsLetterOrDigit(text[index + length]));

    private string FormEvidence(IElement? form, List<IElement> inputs)
    {
        var builder = new StringBuilder();
        if (form is not null)
        {
            builder.Append(StartTag(form));
        }

        foreach (var input in inputs.Where(i => FieldKind(i) is not null).Take(4))
        {
            builder.Append(' ').Append(StartTag(input));
        }

        return builder.ToString();
    }
}
