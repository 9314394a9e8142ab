namespace BrandWatch.Api.Enforcement;

/// <summary>The states of a takedown action and the parties one is sent to; a state only moves forward, and refused and resolved are final.</summary>
public static class TakedownStates
{
    public const string Sent = "sent";
    public const string Acknowledged = "acknowledged";
    public const string Refused = "refused";
    public const string Resolved = "resolved";

    public static IReadOnlyList<string> All { get; } = [Sent, Acknowledged, Refused, Resolved];

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
