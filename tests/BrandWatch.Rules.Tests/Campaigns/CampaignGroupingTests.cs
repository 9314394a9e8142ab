using BrandWatch.Rules.Campaigns;

namespace BrandWatch.Rules.Tests.Campaigns;

public sealed class CampaignGroupingTests
{
    private static CampaignFeature Email(string v) => new(CampaignFeatureKind.RegistrantEmail, v);

    private static CampaignFeature Ip(string v) => new(CampaignFeatureKind.IpAddress, v);

    private static CampaignFeature Template(string v) => new(CampaignFeatureKind.PageTemplate, v);

    [Fact]
    public void Group_JoinsCasesThroughOneAnother_AndListsWhatTheyShare()
    {
        CampaignMember[] members =
        [
            new(7, "a.io", [Email("x@e.net"), Ip("192.0.2.1")]),
            new(3, "b.io", [Email("x@e.net")]),
            new(9, "c.io", [Ip("192.0.2.1")]),
            new(4, "d.io", [Ip("192.0.2.200")]),
        ];

        var campaign = Assert.Single(CampaignGrouping.Group(members));

        Assert.Equal(3, campaign.Id);
        Assert.Equal([3, 7, 9], campaign.CaseIds);
        Assert.Equal([new SharedFeature(CampaignFeatureKind.RegistrantEmail, "x@e.net", [3, 7]), new SharedFeature(CampaignFeatureKind.IpAddress, "192.0.2.1", [7, 9])],
            campaign.Shared, new SharedFeatureComparer());
    }

    [Fact]
    public void Group_IgnoresSharedInfrastructure()
    {
        CampaignMember[] members = [new(1, "a.io", [Ip("192.0.2.1")]), new(2, "b.io", [Ip("192.0.2.1")])];

        Assert.Empty(CampaignGrouping.Group(members, new HashSet<CampaignFeature> { Ip("192.0.2.1") }));
    }

    [Theory]
    [InlineData("registrant", true)]
    [InlineData("address", false)]
    [InlineData("address+template", true)]
    [InlineData("same-host", false)]
    public void Pattern_CountsOnlyOtherSitesUnderCommonControl(string shared, bool counted)
    {
        var a = new CampaignMember(1, "a.io", [Email("x@e.net"), Ip("192.0.2.1"), Template("t1")]);
        var b = shared switch
        {
            "registrant" => new CampaignMember(2, "b.io", [Email("x@e.net")]),
            "address" => new CampaignMember(2, "b.io", [Ip("192.0.2.1")]),
            "address+template" => new CampaignMember(2, "b.io", [Ip("192.0.2.1"), Template("t1")]),
            _ => new CampaignMember(2, "A.io", [Email("x@e.net")]),
        };

        Assert.Equal(counted ? ["b.io"] : [], CampaignGrouping.Pattern(a, [a, b]));
    }

    private sealed class SharedFeatureComparer : IEqualityComparer<SharedFeature>
    {
        public bool Equals(SharedFeature? x, SharedFeature? y) =>
            x is not null && y is not null && x.Kind == y.Kind && x.Value == y.Value && x.CaseIds.SequenceEqual(y.CaseIds);

        public int GetHashCode(SharedFeature obj) => HashCode.Combine(obj.Kind, obj.Value);
    }
}
