using System.Text.Json;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.RuleCases;

// The wire shape of a rule case file (docs/rules.md). Unknown keys are rejected by the serializer options.
#pragma warning disable CA1812 // instantiated by System.Text.Json
internal sealed class RuleCaseDocument
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Source { get; set; }
    public PanelDocument? Panel { get; set; }
    public List<JsonElement>? Marks { get; set; }
    public string? Mark { get; set; }
    public string? Domain { get; set; }
    public string? Url { get; set; }
    public DateTimeOffset? Now { get; set; }
    public EvidenceDocument? Evidence { get; set; }
    public ExpectDocument? Expect { get; set; }
}

internal sealed class PanelDocument
{
    public string? Provider { get; set; }
    public string? Case { get; set; }
    public DateOnly? Date { get; set; }
    public string? Url { get; set; }
    public PanelOutcome? Outcome { get; set; }
}

internal sealed class EvidenceDocument
{
    public DnsDocument? Dns { get; set; }
    public string? Rdap { get; set; }
    public RegistrationDocument? Registration { get; set; }
    public List<PageDocument>? Pages { get; set; }
    public List<string>? RegistrantOtherDomains { get; set; }
    public ReviewerFacts? Reviewer { get; set; }
}

internal sealed class DnsDocument
{
    public DnsOutcome Outcome { get; set; } = DnsOutcome.Resolved;
    public List<string>? A { get; set; }
    public List<string>? Aaaa { get; set; }
    public string? Cname { get; set; }
    public List<string>? Ns { get; set; }
    public List<string>? Mx { get; set; }
    public List<string>? Txt { get; set; }
    public string? Spf { get; set; }
    public string? Dmarc { get; set; }
    public bool? Parked { get; set; }
}

internal sealed class RegistrationDocument
{
    public DateTimeOffset? Registered { get; set; }
    public DateTimeOffset? Transferred { get; set; }
    public DateTimeOffset? Expires { get; set; }
    public string? Registrar { get; set; }
    public string? RegistrantOrganisation { get; set; }
    public string? RegistrantCountry { get; set; }
    public string? RegistrantEmail { get; set; }
    public string? PrivacyService { get; set; }
}

internal sealed class PageDocument
{
    public string? Url { get; set; }
    public string? File { get; set; }
    public string? Html { get; set; }
    public int? Status { get; set; }
    public string? FinalUrl { get; set; }
    public List<string>? RedirectChain { get; set; }
}

internal sealed class BoundsDocument
{
    public double? Min { get; set; }
    public double? Max { get; set; }
}

internal sealed class ExpectDocument
{
    public bool? Flagged { get; set; }
    public List<MatchKind>? Kinds { get; set; }
    public BoundsDocument? Act { get; set; }
    public BoundsDocument? Damage { get; set; }
    public BoundsDocument? Causation { get; set; }
    public BoundsDocument? Fault { get; set; }
    public BoundsDocument? Overall { get; set; }
    public BoundsDocument? Priority { get; set; }
    public BoundsDocument? UdrpFit { get; set; }
    public BoundsDocument? CourtFit { get; set; }
    public BoundsDocument? TakedownFit { get; set; }
    public Outcome? Outcome { get; set; }
    public RecommendedAction? Action { get; set; }
    public DisputePath? DisputePath { get; set; }
    public List<string>? Fires { get; set; }
    public List<string>? NotFires { get; set; }
}
#pragma warning restore CA1812
