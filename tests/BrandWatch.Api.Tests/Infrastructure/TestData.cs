namespace BrandWatch.Api.Tests.Infrastructure;

/// <summary>Marks used across tests.</summary>
public static class TestData
{
    public static object Mark(string id, string owner, string name = "Acme") => new
    {
        id,
        name,
        labels = new[] { id },
        officialDomains = new[] { id + ".com" },
        niceClasses = new[] { 9, 36 },
        jurisdictions = new[] { "US", "EU" },
        registeredOn = "1999-05-18",
        wellKnown = true,
        keywords = new[] { "payment" },
        owner,
    };
}
