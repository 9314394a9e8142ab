using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Scoring;

/// <summary>The facts of one case, derived once, that every criterion function reads. Null stays unknown.</summary>
internal sealed class ScoringContext
{
    private static readonly IReadOnlyList<PageFinding> NoFindings = [];

    public ScoringContext(ScoringInput input, RuleSet rules, OrdinaryWords words, DateTimeOffset now)
    {
        Input = input;
        Mark = input.Mark;
        Rules = rules;
        Words = words;
        Now = now;
        Evidence = input.Evidence;
        Reviewer = input.Evidence.Reviewer;
        var written = WrittenHost(input.Subject);
        Host = AsciiHost(written);
        IsUrlSubject = input.Subject.Contains("://", StringComparison.Ordinal);
        Tld = written.Contains('.', StringComparison.Ordinal) ? written[(written.LastIndexOf('.') + 1)..] : written;
        TldAscii = Tld.All(char.IsAscii) ? Tld : Domains.Uts46.ToAscii(Tld, Domains.IdnaOptions.Registration) is { Success: true, Value: { } ascii } ? ascii : Tld;
        SubjectLabel = RegistrableLabel(Host);
        Exceptions = rules.ExceptionsFor(Mark.Id);

        var matches = new List<DomainMatch>(input.Matches.Count);
        foreach (var match in input.Matches)
        {
            if (string.Equals(match.Mark, Mark.Id, StringComparison.OrdinalIgnoreCase))
            {
                matches.Add(match);
            }
        }

        Matches = matches;

        List<PageFinding>? findings = null;
        foreach (var page in input.Evidence.Pages)
        {
            foreach (var finding in page.Findings)
            {
                if (finding.Mark is null || string.Equals(finding.Mark, Mark.Id, StringComparison.OrdinalIgnoreCase))
                {
                    (findings ??= []).Add(finding);
                }
            }
        }

        Findings = findings ?? NoFindings;
        Registered = input.Evidence.Registration?.Registered;
        // A change of holder within one underlying owner (to its own company, a relative, a privacy service) is no new
        // registration (Overview 3.9: "an unbroken chain of underlying ownership"): the name dates from its registration.
        var transferred = Reviewer?.UnbrokenChainOfOwnership == true ? null : input.Evidence.Registration?.Transferred;
        Acquired = transferred is { } t && (Registered is null || t > Registered) ? t : Registered;
        if (Reviewer?.NameSoldToComplainantOn is { } sold && Acquired is { } held && sold > DateOnly.FromDateTime(held.UtcDateTime))
        {
            // What the registrant held before it sold the name's rights to the complainant is the buyer's: against the buyer
            // its holding dates from the sale (CIRA, business.ca, 2015: the date that counts is that of the purchase).
            Acquired = new DateTimeOffset(sold.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            IsHeldAgainstBuyer = true;
        }
        Live = ComputeLive(input.Evidence);
        IsOwnDomain = InList(Host, Mark.OfficialDomains) || InList(Host, Exceptions.OwnDomains) || InList(Host, input.Portfolio.OwnerDomains);
        IsAuthorisedDomain = InList(Host, Mark.AuthorisedDomains) || InList(Host, Exceptions.AuthorisedResellers) || InList(Host, Exceptions.Licensees)
            || Reviewer?.RegistrantAuthorisedByOwner == true;
        Anticipated = Reviewer?.RegisteredInAnticipation == true && !IsUrlSubject;
        TakenBeforeRightsOnRecord = Reviewer?.TakenBeforeComplainantsRights == true && !IsUrlSubject && !IsHeldAgainstBuyer && !Anticipated;
    }

    public ScoringInput Input { get; }
    public Mark Mark { get; }
    public RuleSet Rules { get; }
    public OrdinaryWords Words { get; }
    public DateTimeOffset Now { get; }
    public CaseEvidence Evidence { get; }
    public ReviewerFacts? Reviewer { get; }
    public MarkExceptions Exceptions { get; }

    /// <summary>Host of the subject, lower-case, without a trailing dot.</summary>
    public string Host { get; }
    public bool IsUrlSubject { get; }

    /// <summary>The TLD as the subject writes it (рф or xn--p1ai), for reasons; <see cref="TldAscii"/> for comparisons.</summary>
    public string Tld { get; }

    /// <summary>The TLD in its ASCII form (xn--p1ai for рф), as the rule lists name internationalised TLDs.</summary>
    public string TldAscii { get; }

    /// <summary>The label left of the public suffix, hyphens kept (legal-and-general).</summary>
    public string SubjectLabel { get; }
    public IReadOnlyList<DomainMatch> Matches { get; }
    public IReadOnlyList<PageFinding> Findings { get; }
    public DateTimeOffset? Registered { get; }

    /// <summary>
    /// The later of registration and transfer: an acquisition counts as a new registration (3.9); a sale of the name's
    /// rights to the complainant that the registrant did not complete counts from the sale (<see cref="IsHeldAgainstBuyer"/>).
    /// </summary>
    public DateTimeOffset? Acquired { get; }

    /// <summary>The registrant sold its rights in the name to the complainant and kept the name: <see cref="Acquired"/> is the sale's day.</summary>
    public bool IsHeldAgainstBuyer { get; }

    /// <summary>True when a web host answers, false when DNS says there is none, null when unknown.</summary>
    public bool? Live { get; }
    public bool IsOwnDomain { get; }
    public bool IsAuthorisedDomain { get; }

    /// <summary>
    /// The reviewer records that the name was taken before the complainant had any right in the mark, without both
    /// dates (G1 and F2 read it as they read the dates); never for a page, nor against a buyer of the name.
    /// </summary>
    public bool TakenBeforeRightsOnRecord { get; }

    /// <summary>The reviewer records the name as registered in anticipation of the complainant's nascent rights (3.8.2): G1 does not apply.</summary>
    public bool Anticipated { get; }

    /// <summary>The words of the mark's name, folded as labels are (BRAND ENHANCEMENT BY KURZ: brand, enhancement, by, kurz).</summary>
    public IReadOnlyList<string> MarkWords => _markWords ??= Marks.MarkLabels.Fold(Mark.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private string[]? _markWords;

    /// <summary>Highest similarity among the domain-level acts that fired (A1–A6).</summary>
    public double DomainSimilarity { get; set; }

    /// <summary>Points already given per element, so later criteria (F8, U7) can depend on earlier ones.</summary>
    public double[] Sums { get; } = new double[5];

    /// <summary>Criteria that fired so far (ids), in catalog order.</summary>
    public HashSet<string> Fired { get; } = new(StringComparer.Ordinal);

    /// <summary>Why a typo-like match was not counted (an ordinary word with its own meaning).</summary>
    public string? NotATypo { get; set; }

    public bool Has(string criterion) => Fired.Contains(criterion);

    public PageFinding? Finding(string criterion)
    {
        foreach (var finding in Findings)
        {
            if (finding.Criterion == criterion)
            {
                return finding;
            }
        }

        return null;
    }

    public static bool Fact(PageFinding finding, string key) =>
        finding.Facts.TryGetValue(key, out var value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    public DomainMatch? BestMatch(Func<MatchKind, bool> kind)
    {
        DomainMatch? best = null;
        foreach (var match in Matches)
        {
            if (kind(match.Kind) && (best is null || match.Similarity > best.Similarity))
            {
                best = match;
            }
        }

        return best;
    }

    public static bool InList(string host, IReadOnlyList<string> domains)
    {
        foreach (var domain in domains)
        {
            var d = domain.TrimEnd('.');
            if (host.Equals(d, StringComparison.OrdinalIgnoreCase)
                || (host.Length > d.Length && host.EndsWith(d, StringComparison.OrdinalIgnoreCase) && host[host.Length - d.Length - 1] == '.'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The subject's host in its ASCII form (xn--imnager-cya.com for iménager.com), lower-case, without a trailing dot.</summary>
    public static string HostOf(string subject) => AsciiHost(WrittenHost(subject));

    /// <summary>
    /// A host as written in its ASCII form. A name written in Unicode (iménager.com) is the same host as its ASCII form,
    /// the form a page's address resolves to: compared as written, the subject's own pages would read as another host's.
    /// IdnHost throws for a host that IDNA refuses (found by fuzzing the rule-case reader): such a host is kept as written.
    /// </summary>
    private static string AsciiHost(string host) =>
        !System.Text.Ascii.IsValid(host) && Domains.Uts46.ToAscii(host, Domains.IdnaOptions.Registration) is { Success: true, Value: { } ascii }
            ? ascii
            : host;

    /// <summary>The subject's host as written (a URL's host, or the name itself), lower-case, without a trailing dot.</summary>
    private static string WrittenHost(string subject)
    {
        var text = subject.Trim();
        if (text.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            text = uri.Host;
        }

        return text.TrimEnd('.').ToLowerInvariant();
    }

    /// <summary>The registrable label: the one left of the suffix, with common two-level ccTLD suffixes (co.uk, com.au) known.</summary>
    public static string RegistrableLabel(string host)
    {
        var labels = host.Split('.');
        if (labels.Length == 1)
        {
            return labels[0];
        }

        var suffixLabels = labels.Length >= 3 && labels[^1].Length == 2 && labels[^2] is "co" or "com" or "net" or "org" or "ac" or "gov" or "edu" or "ne" or "or" ? 2 : 1;
        if (labels.Length <= suffixLabels)
        {
            return labels[0];
        }

        var label = labels[labels.Length - suffixLabels - 1];
        if (label.StartsWith("xn--", StringComparison.Ordinal))
        {
            try
            {
                label = new System.Globalization.IdnMapping().GetUnicode(label);
            }
            catch (ArgumentException)
            {
                // Leave an undecodable label as it is: it still names the subject.
            }
        }

        return label;
    }

    private static bool? ComputeLive(CaseEvidence evidence)
    {
        foreach (var page in evidence.Pages)
        {
            if (page.Status is >= 200 and < 400)
            {
                return true;
            }
        }

        if (evidence.Dns is { } dns)
        {
            if (dns.HasWebHost)
            {
                return true;
            }

            if (dns.Outcome is DnsOutcome.NxDomain or DnsOutcome.NoData || dns.Outcome == DnsOutcome.Resolved)
            {
                return false;
            }
        }

        return null;
    }
}
