using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Worker.Content;

namespace BrandWatch.Worker.Tests.Content;

public sealed class ContentCaseKindTests
{
    public static TheoryData<string, SubjectKind?> Rows => new()
    {
        { Criteria.U1, SubjectKind.Phishing },
        { Criteria.A8, null },
        { Criteria.A9, null },
        { Criteria.A10, null },
        { Criteria.A11, null },
        { Criteria.A12, null },
        { Criteria.U3, null },
        { Criteria.U4, null },
        { Criteria.U5, null },
        { Criteria.U6, null },
        { Criteria.X4, null },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void For_PageFinding_FilesOnlyImpersonation(string criterion, SubjectKind? expected)
    {
        var finding = new PageFinding { Criterion = criterion, Mark = "paypal", Evidence = "<form>", Reason = "test" };

        Assert.Equal(expected, ContentCaseKind.For(finding));
    }
}
