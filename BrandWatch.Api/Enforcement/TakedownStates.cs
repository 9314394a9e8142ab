namespace BrandWatch.Api.Enforcement;

/// <summary>
/// The states of a takedown action and the parties one is sent to; a state only moves forward. Refused and re-emerged
/// are final; resolved is final for a person, but the follow-up moves it to re-emerged when a gone site comes back.
/// </summary>
public static class TakedownStates
{
    public const string Sent = "sent";
    public const string Acknowledged = "acknowledged";
    public const string Refused = "refused";
    public const string Resolved = "resolved";

    /// <summary>The site was seen gone while the report was under way, then live again; set by the follow-up only, final.</summary>
    public const string ReEmerged = "re-emerged";

    public static IReadOnlyList<string> All { get; } = [Sent, Acknowledged, Refused, Resolved, ReEmerged];

    /// <summary>The states whose site the Worker keeps looking at: under way, or resolved (a resolved site may come back).</summary>
    public static IReadOnlyList<string> Watched { get; } = [Sent, Acknowledged, Resolved];

    public static IReadOnlyList<string> Parties { get; } = ["registrar", "host", "registrant", "provider", "certificate-authority", "registry"];

    /// <summary>What to do next when a party leaves a report unanswered (said in the escalation alert).</summary>
    public static string EscalationFor(string party) => party switch
    {
        "registrar" => "report the domain to its registry (or ICANN Contractual Compliance for a gTLD registrar) and consider a UDRP/URS filing",
        "host" => "report the address to the upstream network (the origin AS's abuse desk) and to browser blocklists",
        "certificate-authority" => "report the site to browser blocklists; the certificate stays valid until the authority acts",
        "registrant" => "send the abuse reports to the registrar and the host, or file the complaint",
        "provider" => "ask the provider for the state of the case, quoting its case number",
        "registry" => "take the case to a court of the registry's country",
        _ => "choose the next party from the case's abuse routes",
    };

    /// <summary>The states an action in <paramref name="state"/> may move to.</summary>
    public static IReadOnlyList<string> AllowedFrom(string state) => state switch
    {
        Sent => [Acknowledged, Refused, Resolved],
        Acknowledged => [Refused, Resolved],
        _ => [],
    };
}
