using System.Text.Json;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Json;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Registration;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Scoring.Configuration;

namespace BrandWatch.Rules.RuleCases;

/// <summary>
/// Parses a rule case file (format in docs/rules.md). Pure: sibling files (page HTML, RDAP JSON) come through
/// <c>readSibling</c>, marks referenced by id come from <c>library</c>. Errors throw <see cref="RuleCaseException"/>.
/// </summary>
public static class RuleCaseJson
{
    private static readonly JsonSerializerOptions Options = StrictJson.CreateOptions(commentsAndTrailingCommas: true);

    /// <param name="json">The case file's text.</param>
    /// <param name="file">The file's name, for messages.</param>
    /// <param name="readSibling">Returns the text of a file named relative to the case file, or null when it does not exist.</param>
    /// <param name="library">Marks that cases may reference by id (samples/marks.json).</param>
    /// <param name="rules">The rules in force (privacy-service names for RDAP).</param>
    public static RuleCase Parse(string json, string file, Func<string, string?> readSibling, IReadOnlyList<Mark> library, RuleSet rules)
    {
        var document = StrictJson.Deserialize<RuleCaseDocument>(json, Options, out var error);
        if (error is not null)
        {
            throw new RuleCaseException(file, error.Line, error.ToString());
        }

        if (document is null)
        {
            throw new RuleCaseException(file, 1, "expected a rule case object, found null");
        }

        RuleCaseException Error(string reason, string? near = null) => new(file, near is null ? null : StrictJson.LineOf(json, near), reason);

        var marks = ReadMarks(document, library, Error);
        var scored = document.Mark is null ? marks[0] : marks.FirstOrDefault(m => string.Equals(m.Id, document.Mark, StringComparison.OrdinalIgnoreCase))
            ?? throw Error($"\"mark\": \"{document.Mark}\" is not one of the case's marks", $"\"{document.Mark}\"");

        if ((document.Domain is null) == (document.Url is null))
        {
            throw Error("exactly one of \"domain\" or \"url\" is required");
        }

        if (document.Url is not null && !Uri.TryCreate(document.Url, UriKind.Absolute, out _))
        {
            throw Error($"\"url\": \"{document.Url}\" is not an absolute URL", $"\"{document.Url}\"");
        }

        var subject = document.Domain ?? document.Url!;
        if (subject.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(subject.Trim(), UriKind.Absolute, out var subjectUrl) && !HasIdnHost(subjectUrl))
        {
            var field = document.Domain is null ? "url" : "domain";
            throw Error($"\"{field}\": \"{subject}\" has a host that is not a valid host name (IDNA)", $"\"{field}\"");
        }

        var host = ScoringContext.HostOf(subject);
        var now = document.Now ?? throw Error("\"now\" is required (the moment the case is judged, ISO 8601)");
        var evidence = document.Evidence ?? new EvidenceDocument();
        var expect = ReadExpectation(document.Expect ?? throw Error("\"expect\" is required"), Error);
        PanelDecision? panel = null;
        if (document.Panel is { } p)
        {
            panel = new PanelDecision
            {
                Provider = p.Provider ?? throw Error("\"panel\" needs a \"provider\" (WIPO, Forum, CIIDRC …)", "\"panel\""),
                Case = p.Case ?? throw Error("\"panel\" needs a \"case\" number", "\"panel\""),
                Date = p.Date,
                Url = p.Url,
                Outcome = p.Outcome ?? throw Error("\"panel\" needs an \"outcome\" (transferred, cancelled or denied)", "\"panel\""),
            };
        }

        RegistrationEvidence? registration = null;
        if (evidence.Rdap is not null && evidence.Registration is not null)
        {
            throw Error("give either \"rdap\" or \"registration\", not both", "\"rdap\"");
        }

        if (evidence.Rdap is not null)
        {
            var rdap = readSibling(evidence.Rdap) ?? throw Error($"RDAP file \"{evidence.Rdap}\" not found beside the case", $"\"{evidence.Rdap}\"");
            try
            {
                registration = RdapParser.ParseEvidence(rdap, host, rules.Words.PrivacyServices);
            }
            catch (FormatException ex)
            {
                throw Error($"RDAP file \"{evidence.Rdap}\" is not an RDAP domain answer: {ex.Message}", $"\"{evidence.Rdap}\"");
            }
        }
        else if (evidence.Registration is { } r)
        {
            registration = new RegistrationEvidence
            {
                Domain = host,
                Source = "case",
                Registered = r.Registered,
                Transferred = r.Transferred,
                Expires = r.Expires,
                RegistrarName = r.Registrar,
                RegistrantOrganisation = r.RegistrantOrganisation,
                RegistrantCountry = r.RegistrantCountry,
                RegistrantEmail = r.RegistrantEmail,
                PrivacyService = r.PrivacyService
                    ?? (r.RegistrantOrganisation is { } org ? rules.Words.PrivacyServices.FirstOrDefault(p => org.Contains(p, StringComparison.OrdinalIgnoreCase)) is null ? null : org : null),
            };
        }

        var pages = new List<RuleCasePage>();
        foreach (var page in evidence.Pages ?? [])
        {
            var url = page.Url ?? throw Error("every page needs a \"url\"", "\"pages\"");
            if (!Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                throw Error($"page url \"{url}\" is not an absolute URL", $"\"{url}\"");
            }

            if (page.File is not null && page.Html is not null)
            {
                throw Error("a page gives either \"file\" or \"html\", not both", $"\"{page.File}\"");
            }

            var html = page.Html;
            if (page.File is not null)
            {
                html = readSibling(page.File) ?? throw Error($"page file \"{page.File}\" not found beside the case", $"\"{page.File}\"");
            }

            pages.Add(new RuleCasePage { Url = url, Status = page.Status ?? (html is null ? null : 200), FinalUrl = page.FinalUrl, RedirectChain = page.RedirectChain ?? [], Html = html });
        }

        return new RuleCase
        {
            Name = document.Name ?? Path.GetFileNameWithoutExtension(file),
            File = file,
            Description = document.Description,
            Source = document.Source,
            Panel = panel,
            Marks = marks,
            ScoredMark = scored,
            Subject = subject,
            Now = now,
            Dns = evidence.Dns is { } dns ? new DnsEvidence
            {
                Domain = host,
                Outcome = dns.Outcome,
                ObservedAt = now,
                A = dns.A ?? [],
                Aaaa = dns.Aaaa ?? [],
                Cname = dns.Cname,
                NameServers = dns.Ns ?? [],
                Mx = dns.Mx ?? [],
                Txt = dns.Txt ?? [],
                Spf = dns.Spf,
                Dmarc = dns.Dmarc,
                Parked = dns.Parked,
            } : null,
            Registration = registration,
            Pages = pages,
            RegistrantOtherDomains = evidence.RegistrantOtherDomains,
            Reviewer = evidence.Reviewer,
            Expect = expect,
        };
    }

    private static List<Mark> ReadMarks(RuleCaseDocument document, IReadOnlyList<Mark> library, Func<string, string?, RuleCaseException> error)
    {
        if (document.Marks is not { Count: > 0 } entries)
        {
            throw error("\"marks\" is required: a list of mark ids from samples/marks.json or inline mark objects", null);
        }

        var marks = new List<Mark>();
        foreach (var entry in entries)
        {
            if (entry.ValueKind == JsonValueKind.String)
            {
                var id = entry.GetString()!;
                marks.Add(library.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.OrdinalIgnoreCase))
                    ?? throw error($"mark \"{id}\" is not in the mark library (samples/marks.json); give it inline instead", $"\"{id}\""));
            }
            else if (entry.ValueKind == JsonValueKind.Object)
            {
                var portfolio = PortfolioJson.Parse($"{{\"marks\":[{entry.GetRawText()}]}}", "inline");
                if (portfolio.Errors.Count > 0)
                {
                    var id = entry.TryGetProperty("id", out var idElement) ? idElement.GetString() : null;
                    throw error($"inline mark: {portfolio.Errors[0].ToString().Replace("inline:1: ", string.Empty, StringComparison.Ordinal)}", id is null ? null : $"\"{id}\"");
                }

                marks.Add(portfolio.Marks[0]);
            }
            else
            {
                throw error($"\"marks\" entries are mark ids or mark objects, found {entry.ValueKind.ToString().ToLowerInvariant()}", "\"marks\"");
            }
        }

        return marks;
    }

    private static RuleCaseExpectation ReadExpectation(ExpectDocument e, Func<string, string?, RuleCaseException> error)
    {
        foreach (var id in (e.Fires ?? []).Concat(e.NotFires ?? []))
        {
            if (!CriterionCatalog.Contains(id))
            {
                throw error($"\"{id}\" is not a criterion id (expected one of {string.Join(", ", CriterionCatalog.Ids)})", $"\"{id}\"");
            }
        }

        ScoreBounds? B(BoundsDocument? b, string name, double max = 1)
        {
            if (b is null)
            {
                return null;
            }

            if (b.Min is < 0 || b.Min > max || b.Max is < 0 || b.Max > max || (b.Min is { } min && b.Max is { } mx && min > mx))
            {
                throw error($"\"{name}\" bounds must lie within [0, {max}] with min <= max", $"\"{name}\"");
            }

            return new ScoreBounds(b.Min, b.Max);
        }

        return new RuleCaseExpectation
        {
            Flagged = e.Flagged,
            Kinds = e.Kinds,
            Act = B(e.Act, "act"),
            Damage = B(e.Damage, "damage"),
            Causation = B(e.Causation, "causation"),
            Fault = B(e.Fault, "fault"),
            Overall = B(e.Overall, "overall"),
            Priority = B(e.Priority, "priority", 100),
            UdrpFit = B(e.UdrpFit, "udrpFit"),
            CourtFit = B(e.CourtFit, "courtFit"),
            TakedownFit = B(e.TakedownFit, "takedownFit"),
            Outcome = e.Outcome,
            Action = e.Action,
            DisputePath = e.DisputePath,
            Fires = e.Fires ?? [],
            NotFires = e.NotFires ?? [],
        };
    }

    /// <summary>Whether the URL's host converts to ASCII (System.Uri throws from IdnHost for hosts IDNA refuses).</summary>
    private static bool HasIdnHost(Uri url)
    {
        try
        {
            return url.IdnHost.Length > 0;
        }
        catch (UriFormatException)
        {
            return false;
        }
    }
}
