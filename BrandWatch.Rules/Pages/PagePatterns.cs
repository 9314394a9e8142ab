using System.Text.RegularExpressions;

namespace BrandWatch.Rules.Pages;

/// <summary>The patterns more than one detector reads: prices, meta refreshes, script navigation, phone numbers.</summary>
internal static partial class PagePatterns
{
    // A currency sign or code before or after an amount, for the markets a shop may sell in (₹ 149, Rs. 149, INR 149,
    // 149 zł, 99 kr, R$ 20, CHF 20): a shop priced in a currency the pattern does not know reads as no shop. A code
    // before the amount is matched as written (Rs, INR), since a page's text runs its blocks together ("9WRs. 149")
    // and "hours 3" must not read as rupees.
    [GeneratedRegex(@"(?:[$€£¥₹₽₩₺₫₪₱฿₴₦]\s?\d[\d,.]*|(?-i:Rs\.?|R\$|USD|EUR|GBP|INR|CHF|AUD|CAD|NZD|ZAR|HKD|SGD|AED|SAR|BRL|MXN|RUB|TRY|PLN|SEK|NOK|DKK|CZK|HUF|RON)\s?\d[\d,.]*|\d[\d,.]*\s?(?:USD|EUR|GBP|JPY|CNY|INR|CHF|AUD|CAD|BRL|MXN|RUB|TRY|PLN|SEK|NOK|DKK|CZK|HUF|RON|円|元|€|\$|₹|₽|₴|zł|kr|Kč|Ft|lei|руб))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 200)]
    public static partial Regex Price();

    [GeneratedRegex(@"(?:window\.|document\.|top\.|self\.|parent\.)?location(?:\.href)?\s*=\s*[""']([^""']{1,2048})[""']|location\.(?:replace|assign)\(\s*[""']([^""']{1,2048})[""']", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    public static partial Regex ScriptRedirect();

    [GeneratedRegex(@"^\s*\d*(?:\.\d+)?\s*[;,]?\s*(?:url\s*=\s*)?['""]?([^'""]*)['""]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    public static partial Regex Refresh();

    [GeneratedRegex(@"\+?\(?\d{1,4}\)?[ .\-]?\(?\d{2,4}\)?[ .\-]\d{3,4}[ .\-]?\d{3,5}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    public static partial Regex Phone();
}
