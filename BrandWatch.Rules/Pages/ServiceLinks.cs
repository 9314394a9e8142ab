namespace BrandWatch.Rules.Pages;

/// <summary>
/// Links and frames that use a provider's service the way the provider offers it: starting its sign-in (OAuth,
/// OpenID, SAML) or payment flow, its share dialog, its published embed player or map, or its store and profile
/// badges. Such a link is the service used as intended, neither a deep link that bypasses the owner's home page nor
/// an imitation; a frame of an embed endpoint is not framing. Judged from the URL's shape and the anchor's words,
/// never from a list of providers.
/// </summary>
internal static class ServiceLinks
{
    private static readonly string[] SignInPathParts =
        ["/oauth", "oauth2", "/authorize", "/authorization", "/openid", "/saml", "/sso", "/signin-oidc", "/dialog/oauth", "/login/oauth"];

    private static readonly string[] SignInQueryKeys = ["client_id=", "redirect_uri=", "response_type=", "samlrequest="];

    private static readonly string[] PaymentPathParts =
        ["/checkoutnow", "/checkout", "/donate", "/webscr", "/pay/", "/payment", "/billing/subscribe"];

    private static readonly string[] SharePathParts =
        ["/sharer", "/share", "/intent/tweet", "/intent/post", "/sharing/", "/sharearticle", "/submit?url", "/pin/create"];

    private static readonly string[] EmbedPathParts = ["/embed", "/player/", "/videoembed", "/widget"];

    /// <summary>Anchor phrases of store, listening, profile and carrier badges ("Download on the App Store").</summary>
    private static readonly string[] BadgePhrases =
    [
        "download on", "get it on", "get it from", "available on", "available at", "available in", "listen on", "watch on",
        "follow us", "find us on", "view on", "open in", "subscribe on", "track your", "track on", "share on", "share with",
        "sign in with", "sign up with", "log in with", "login with", "continue with", "connect with", "apply with",
        "pay with", "check out with", "checkout with", "buy with", "donate with",
    ];

    /// <summary>What service the link starts ("sign-in flow", "payment flow", "share dialog", "badge"), or null for an ordinary link.</summary>
    public static string? Kind(Uri target, string anchorWords)
    {
        var path = target.AbsolutePath.ToLowerInvariant();
        var query = target.Query.ToLowerInvariant();
        if (Contains(path, SignInPathParts) || SignInQueryKeys.Count(query.Contains) >= 2)
        {
            return "sign-in flow";
        }

        if (Contains(path, PaymentPathParts) || query.Contains("token=ec-", StringComparison.Ordinal) || query.Contains("hosted_button_id=", StringComparison.Ordinal))
        {
            return "payment flow";
        }

        if (Contains(path, SharePathParts) || Contains(path + query, ["share?url=", "share?u=", "sharer.php"]))
        {
            return "share dialog";
        }

        if (IsEmbed(target))
        {
            return "embedded player";
        }

        return BadgePhrase(anchorWords) is not null ? "badge" : null;
    }

    /// <summary>Phrases of a line that offers brands as ways to pay ("Express checkout: PayPal or Apple Pay", "We accept").</summary>
    private static readonly string[] PaymentLinePhrases =
        ["pay with", "check out with", "checkout with", "express checkout", "we accept", "payment methods", "pay later with"];

    /// <summary>The badge or service phrase of an anchor ("continue with", "watch on"), or null.</summary>
    public static string? BadgePhrase(string anchorWords) => FirstPhrase(anchorWords, BadgePhrases);

    /// <summary>The phrase that makes a line offer brands as ways to pay ("express checkout", "we accept"), or null.</summary>
    public static string? PaymentLinePhrase(string text) => FirstPhrase(text, PaymentLinePhrases);

    private static string? FirstPhrase(string text, string[] phrases)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var folded = " " + TextFolder.Fold(text) + " ";
        foreach (var phrase in phrases)
        {
            if (folded.Contains(" " + phrase + " ", StringComparison.Ordinal))
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>
    /// A published embed endpoint (a video player, a map, a widget, a document viewer), which the owner offers for
    /// framing: an embed path or host, or a query that asks for the embedded view (output=embed, embedded=true).
    /// </summary>
    public static bool IsEmbed(Uri target)
    {
        var path = target.AbsolutePath.ToLowerInvariant();
        var host = target.IdnHost.ToLowerInvariant();
        return Contains(path, EmbedPathParts) || host.StartsWith("embed.", StringComparison.Ordinal) || host.StartsWith("player.", StringComparison.Ordinal)
            || AsksForEmbeddedView(target.Query);
    }

    private static bool AsksForEmbeddedView(string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.IndexOf('=') is var eq and >= 0 ? (pair[..eq], pair[(eq + 1)..]) : (pair, string.Empty);
            if ((key.Equals("output", StringComparison.OrdinalIgnoreCase) && value.Equals("embed", StringComparison.OrdinalIgnoreCase))
                || ((key.Equals("embedded", StringComparison.OrdinalIgnoreCase) || key.Equals("embed", StringComparison.OrdinalIgnoreCase))
                    && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(string text, string[] parts)
    {
        foreach (var part in parts)
        {
            if (text.Contains(part, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
