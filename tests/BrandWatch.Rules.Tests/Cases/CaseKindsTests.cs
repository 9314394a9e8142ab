using BrandWatch.Rules.Cases;

namespace BrandWatch.Rules.Tests.Cases;

public sealed class CaseKindsTests
{
    private static SubjectKind? New => null;

    public static TheoryData<SubjectKind?, SubjectKind, string, SubjectKind, string?> Rows => new()
    {
        // A new case: the filed kind, unless the verdict shows more.
        { New, SubjectKind.Domain, "", SubjectKind.Domain, null },
        { New, SubjectKind.Domain, "A2 F1", SubjectKind.Domain, null },
        { New, SubjectKind.Domain, "U1 D2", SubjectKind.Phishing, "U1" },
        { New, SubjectKind.Domain, "U4 D2", SubjectKind.Counterfeit, "U4" },
        { New, SubjectKind.Domain, "U4 U1", SubjectKind.Phishing, "U1" },
        { New, SubjectKind.Phishing, "", SubjectKind.Phishing, null },
        // A re-check of an open domain case: the evidence makes it phishing or counterfeit.
        { SubjectKind.Domain, SubjectKind.Domain, "U1", SubjectKind.Phishing, "U1" },
        { SubjectKind.Domain, SubjectKind.Phishing, "U1", SubjectKind.Phishing, "U1" },
        { SubjectKind.Domain, SubjectKind.Domain, "U4", SubjectKind.Counterfeit, "U4" },
        { SubjectKind.Domain, SubjectKind.Domain, "U3 U6", SubjectKind.Domain, null },
        // Stable: a page that no longer shows the misuse keeps the kind it was found with.
        { SubjectKind.Phishing, SubjectKind.Domain, "", SubjectKind.Phishing, null },
        { SubjectKind.Phishing, SubjectKind.Domain, "U7", SubjectKind.Phishing, null },
        { SubjectKind.Counterfeit, SubjectKind.Domain, "U3", SubjectKind.Counterfeit, null },
        // The current kind's own evidence still firing keeps it, even beside the other misuse.
        { SubjectKind.Counterfeit, SubjectKind.Domain, "U4 U1", SubjectKind.Counterfeit, "U4" },
        { SubjectKind.Phishing, SubjectKind.Domain, "U1 U4", SubjectKind.Phishing, "U1" },
        // Evidence of the other misuse alone changes it.
        { SubjectKind.Counterfeit, SubjectKind.Domain, "U1", SubjectKind.Phishing, "U1" },
        { SubjectKind.Phishing, SubjectKind.Domain, "U4", SubjectKind.Counterfeit, "U4" },
        // Page cases are about one page and keep what they were filed as.
        { New, SubjectKind.Framing, "U1 A9", SubjectKind.Framing, null },
        { SubjectKind.MetaTags, SubjectKind.MetaTags, "U4 A10", SubjectKind.MetaTags, null },
        { SubjectKind.DeepLink, SubjectKind.DeepLink, "U1", SubjectKind.DeepLink, null },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Decide_GivesTheKindTheEvidenceShows_AndKeepsItAcrossCleanReChecks(
        SubjectKind? current, SubjectKind filed, string fired, SubjectKind expected, string? criterion)
    {
        var decision = CaseKinds.Decide(current, filed, fired.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(expected, decision.Kind);
        Assert.Equal(criterion, decision.Criterion);
        Assert.False(string.IsNullOrWhiteSpace(decision.Reason));
    }

    [Fact]
    public void Rows_NameACatalogueCriterionAndADomainKindEach()
    {
        Assert.All(CaseKinds.Rows, row =>
        {
            Assert.True(BrandWatch.Rules.Scoring.CriterionCatalog.Contains(row.Criterion), row.Criterion);
            Assert.True(CaseKinds.IsDomainFamily(row.Kind));
            Assert.NotEqual(SubjectKind.Domain, row.Kind);
        });
    }
}
