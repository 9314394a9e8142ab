using System.Text.RegularExpressions;

namespace BrandWatch.Rules.Pages;

/// <summary>The patterns more than one detector reads: prices, meta refreshes, script navigation, phone numbers.</summary>
internal static partial class PagePatterns
{
    [GeneratedRegex(@"(?:[$€£¥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:USD|EUR|GBP|JPY|CNY|円|元|€|\$))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 200)]
    public static partial Regex Price();

    [GeneratedRegex(@"(?:window\.|document\.|top\.|self\.|parent\.)?location(?:\.href)?\s*=\s*[""']([^""']{1,2048})[""']|location\.(?:replace|assign)\(\s*[""']([^""']{1,2048})[""']", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    public static partial Regex ScriptRedirect();

    [GeneratedRegex(@"^\s*\d*(?:\.\d+)?\s*[;,]?\s*(?:url\s*=\s*)?['""]?([^'""]*)['""]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    public static partial Regex Refresh();

    [GeneratedRegex(@"\+?\(?\d{1,4}\)?[ .\-]?\(?\d{2,4}\)?[ .\-]\d{3,4}[ .\-]?\d{3,5}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    public static partial Regex Phone();
}
