namespace BrandWatch.Api.Tests.Web;

/// <summary>The test classes that share one seeded desk (one Api, one Chromium); they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SharedDesk : ICollectionFixture<SeededDesk>
{
    public const string Name = "seeded review desk";
}
