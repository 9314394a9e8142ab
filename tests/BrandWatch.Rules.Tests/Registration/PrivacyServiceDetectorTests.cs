using BrandWatch.Rules.Registration;

namespace BrandWatch.Rules.Tests.Registration;

public sealed class PrivacyServiceDetectorTests
{
    [Theory]
    [InlineData(new[] { "Domains By Proxy" }, "  Domains By Proxy, LLC ", "Domains By Proxy, LLC")]
    [InlineData(new[] { "whoisguard" }, "WhoisGuard Protected", "WhoisGuard Protected")]
    [InlineData(new[] { "WhoisGuard" }, "Domains By Proxy, LLC", null)]
    [InlineData(new[] { " ", "" }, "Anything", null)]
    public void Detect_ConfiguredNames_ReturnFieldAsWritten(string[] names, string field, string? expected)
    {
        Assert.Equal(expected, new PrivacyServiceDetector(names).Detect(null, field));
    }

    [Fact]
    public void Detect_SeveralFields_ReturnsFirstThatNamesAService()
    {
        var detector = new PrivacyServiceDetector(["Privacy"]);

        Assert.Equal("Withheld for Privacy ehf", detector.Detect("Acme Ltd", "Withheld for Privacy ehf", "x@privacy.example"));
    }

    [Theory]
    [InlineData("REDACTED FOR PRIVACY", true)]
    [InlineData("Data Protected", true)]
    [InlineData("Not Disclosed", true)]
    [InlineData("Acme Ltd", false)]
    [InlineData(null, false)]
    public void LooksRedacted_Placeholders_AreRecognised(string? value, bool expected)
    {
        Assert.Equal(expected, PrivacyServiceDetector.LooksRedacted(value));
    }
}
