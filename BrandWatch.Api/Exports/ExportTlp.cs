namespace BrandWatch.Api.Exports;

/// <summary>
/// A Traffic Light Protocol level as each format writes it: the STIX 2.1 marking-definition the specification
/// predefines (section 7.2.1.4; TLP:CLEAR is its TLP:WHITE), the MISP taxonomy tag, and TheHive's number.
/// </summary>
internal sealed record ExportTlp(string Name, string StixColour, string StixMarkingId, string MispTag, int TheHive)
{
    /// <summary>When the STIX TLP markings were created, as the specification fixes it.</summary>
    public const string StixMarkingCreated = "2017-01-20T00:00:00.000Z";

    public static readonly IReadOnlyList<ExportTlp> All =
    [
        new("clear", "white", "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", "tlp:clear", 0),
        new("green", "green", "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", "tlp:green", 1),
        new("amber", "amber", "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", "tlp:amber", 2),
        new("red", "red", "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", "tlp:red", 4),
    ];

    /// <summary>Cases name look-alikes a brand owner has not yet acted on: shared within the recipient's organisation by default.</summary>
    public static ExportTlp Default => All[2];

    /// <summary>The level named <paramref name="name"/> (clear, white, green, amber, red), or null.</summary>
    public static ExportTlp? Find(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(t.StixColour, name, StringComparison.OrdinalIgnoreCase));
}
