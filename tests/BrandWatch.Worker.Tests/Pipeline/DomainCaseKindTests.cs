using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Worker.Pipeline;

namespace BrandWatch.Worker.Tests.Pipeline;

public sealed class DomainCaseKindTests
{
    [Theory]
    [InlineData("U1", "paypal", "http://paypal-login.com/signin", SubjectKind.Phishing, "http://paypal-login.com/signin")]
    [InlineData("U1", null, "https://paypal-login.com/", SubjectKind.Phishing, "https://paypal-login.com/")]
    [InlineData("U1", "apple", "http://paypal-login.com/signin", SubjectKind.Domain, "paypal-login.com")]
    [InlineData("A10", "paypal", "http://paypal-login.com/", SubjectKind.Domain, "paypal-login.com")]
    [InlineData("U6", "paypal", "http://paypal-login.com/", SubjectKind.Domain, "paypal-login.com")]
    [InlineData(null, null, null, SubjectKind.Domain, "paypal-login.com")]
    public void DomainCase_IsPhishingAboutThePageOnlyWhenAPageCollectsCredentialsUnderItsMark(
        string? criterion, string? findingMark, string? pageUrl, SubjectKind kind, string subject)
    {
        PageEvidence[] pages = pageUrl is null ? [] :
        [
            new PageEvidence
            {
                Url = pageUrl, Status = 200,
                Findings = criterion is null ? [] : [new PageFinding { Criterion = criterion, Mark = findingMark, Evidence = "<form>", Reason = "a password form" }],
            },
        ];

        var (actualKind, actualSubject) = DomainCaseKind.For("paypal", "paypal-login.com", pages);

        Assert.Equal((kind, subject), (actualKind, actualSubject));
    }
}
