using AngleSharp.Dom;

namespace BrandWatch.Rules.Pages;

/// <summary>What a form field collects: a password, card data or a wallet's recovery phrase, or nothing of that kind.</summary>
internal static class CredentialFields
{
    /// <summary>"password", "card" or "recovery phrase" for a field that collects credentials, else null.</summary>
    public static string? Kind(IElement input, PageAnalysisOptions options)
    {
        var described = string.Join(' ', input.GetAttribute("name"), input.Id, input.GetAttribute("placeholder"), input.GetAttribute("aria-label")).ToLowerInvariant();
        if (options.RecoveryPhraseWords.Any(w => described.Contains(w, StringComparison.Ordinal)))
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
        foreach (var word in options.CardFieldWords)
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
}
