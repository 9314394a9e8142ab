using System.Text;
using AngleSharp.Dom;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Pages;

/// <summary>U1: credential and payment forms on a page that shows a mark, and where they post.</summary>
internal sealed partial class PageAnalysisRun
{
    private void DetectForms()
    {
        var groups = _forms.Select(f => (Form: (IElement?)f, Inputs: f.QuerySelectorAll("input").Take(200).ToList())).ToList();
        if (_looseInputs.Count > 0)
        {
            groups.Add((null, _looseInputs));
        }

        var shown = Enumerable.Range(0, _onPage.Length).Where(m => !_skip[m] && _onPage[m].Shown).ToList();
        if (shown.Count == 0)
        {
            return;
        }

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
            foreach (var mark in shown)
            {
                var facts = new Dictionary<string, string>
                {
                    ["fields"] = string.Join(",", fields),
                    ["action"] = action?.AbsoluteUri ?? (actionText is { Length: > 0 } ? actionText : "(script)"),
                    ["method"] = (form?.GetAttribute("method") ?? "get").ToLowerInvariant(),
                    ["postsOffSite"] = Format(actionHost is not null && actionHost != _host),
                    ["postsToOwner"] = Format(actionHost is not null && _tables.OfficialHosts.Owns(actionHost, mark)),
                    ["markShownAs"] = ShownAs(_onPage[mark]),
                };
                var where = action is null ? "to a script" : $"to {action.AbsoluteUri}";
                Add(Criteria.U1, mark, evidence,
                    $"A form asks for {string.Join(" and ", fields)} {where} on a page that shows {MarkAt(mark).Name} ({facts["markShownAs"]}).", facts);
            }
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
