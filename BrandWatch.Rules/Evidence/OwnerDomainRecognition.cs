namespace BrandWatch.Rules.Evidence;

/// <summary>
/// Recognises the mark owner's own domain from evidence gathered after screening, never from the name: the registrant
/// organisation is the owner, the site redirects to an official domain, or the domain is served by the owner's own
/// name servers or mail servers (hosts under an official domain that also serve the official domains). Shared hosting
/// name servers and mail providers are no evidence, since any registrant can use them.
/// </summary>
public static class OwnerDomainRecognition
{
    /// <summary>
    /// The first rule that shows <paramref name="subject"/> belongs to <paramref name="owner"/>, or null. Null evidence is
    /// unknown and proves nothing. <paramref name="legalForms"/> are words dropped before names are compared (Inc., GmbH).
    /// </summary>
    public static OwnerDomainFinding? Recognise(
        string subject, string? owner, CaseEvidence evidence, OfficialDomainsEvidence official, IReadOnlyList<string> legalForms)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(official);
        ArgumentNullException.ThrowIfNull(legalForms);
        var host = subject.Trim().TrimEnd('.').ToLowerInvariant();
        if (UnderAny(host, official.Domains) is not null)
        {
            return null; // an official domain itself is handled as such by the scorer, not recognised here
        }

        return Registrant(owner, evidence.Registration, legalForms)
            ?? Redirect(host, evidence.Pages, official.Domains)
            ?? SharedServers(evidence.Dns, official, mail: false)
            ?? SharedServers(evidence.Dns, official, mail: true);
    }

    /// <summary>An organisation name without case, punctuation or legal form: "PayPal, Inc." and "PAYPAL INC" both give "paypal".</summary>
    public static string NormaliseOrganisation(string name, IReadOnlyList<string> legalForms)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(legalForms);
        var forms = new HashSet<string>(legalForms.Select(Squeeze), StringComparer.Ordinal);
        var words = name.ToLowerInvariant()
            .Split([' ', ',', ';', '(', ')', '/', '&', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Squeeze)
            .Where(w => w.Length > 0 && !forms.Contains(w));
        return string.Join(' ', words);
    }

    private static OwnerDomainFinding? Registrant(string? owner, RegistrationEvidence? registration, IReadOnlyList<string> legalForms)
    {
        if (owner is null || registration?.RegistrantOrganisation is not { } organisation || registration.PrivacyService is not null)
        {
            return null;
        }

        var ownerName = NormaliseOrganisation(owner, legalForms);
        if (ownerName.Length == 0 || ownerName != NormaliseOrganisation(organisation, legalForms))
        {
            return null;
        }

        return new OwnerDomainFinding(
            "registrant",
            $"registrant organisation '{organisation}' ({registration.Source})",
            $"The registrant organisation '{organisation}' is the mark's owner '{owner}'.");
    }

    private static OwnerDomainFinding? Redirect(string host, IReadOnlyList<PageEvidence> pages, IReadOnlyList<string> officialDomains)
    {
        foreach (var page in pages)
        {
            var final = page.FinalUrl ?? (page.RedirectChain.Count > 0 ? page.RedirectChain[^1] : null);
            if (final is null || !Uri.TryCreate(final, UriKind.Absolute, out var url))
            {
                continue;
            }

            var target = url.IdnHost.TrimEnd('.').ToLowerInvariant();
            if (target != host && UnderAny(target, officialDomains) is { } official)
            {
                return new OwnerDomainFinding(
                    "redirect",
                    $"{page.Url} redirects to {final}",
                    $"The site redirects to the official domain {official} ({page.Url} → {final}).");
            }
        }

        return null;
    }

    private static OwnerDomainFinding? SharedServers(DnsEvidence? dns, OfficialDomainsEvidence official, bool mail)
    {
        if (dns is null)
        {
            return null;
        }

        foreach (var server in mail ? dns.Mx : dns.NameServers)
        {
            var name = server.TrimEnd('.').ToLowerInvariant();
            if (UnderAny(name, official.Domains) is not { } ownedBy)
            {
                continue; // a provider's server (Cloudflare, Google) is shared by any registrant: no evidence
            }

            foreach (var officialDns in official.Dns)
            {
                foreach (var officialServer in mail ? officialDns.Mx : officialDns.NameServers)
                {
                    if (string.Equals(officialServer.TrimEnd('.'), name, StringComparison.OrdinalIgnoreCase))
                    {
                        var what = mail ? "mail server" : "name server";
                        return new OwnerDomainFinding(
                            mail ? "mail-servers" : "name-servers",
                            $"{what} {name} of {dns.Domain} also serves {officialDns.Domain}",
                            $"The domain uses the owner's own {what} {name} (under {ownedBy}), which also serves the official domain {officialDns.Domain}.");
                    }
                }
            }
        }

        return null;
    }

    private static string? UnderAny(string host, IReadOnlyList<string> domains)
    {
        foreach (var domain in domains)
        {
            var d = domain.Trim().TrimEnd('.').ToLowerInvariant();
            if (d.Length > 0 && (host == d || (host.Length > d.Length && host.EndsWith(d, StringComparison.Ordinal) && host[host.Length - d.Length - 1] == '.')))
            {
                return d;
            }
        }

        return null;
    }

    private static string Squeeze(string word) => new(word.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
