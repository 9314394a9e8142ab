namespace BrandWatch.Api.Enforcement;

/// <summary>The states of a takedown action and the parties one is sent to; a state only moves forward.</summary>
public static class TakedownStates
{
    public const string Sent = "sent";
    public const string Acknowledged = "acknowledged";
    public const string Resolved = "resolved";

    public static IReadOnlyList<string> All { get; } = [Sent, Acknowledged, Resolved];

    public static IReadOnlyList<string> Parties { get; } = ["registrar", "host", "registrant", "provider"];

    /// <summary>The states an action in <paramref name="state"/> may move to.</summary>
    public static IReadOnlyList<string> AllowedFrom(string state) => state switch
    {
        Sent => [Acknowledged, Resolved],
        Acknowledged => [Resolved],
        _ => [],
    };
}
