using BrandWatch.Rules.Marks;

namespace BrandWatch.Rules.Tests.Marks;

public sealed class MarkLabelsTests
{
    [Theory]
    [InlineData("PayPal", null, "paypal")]
    [InlineData("The Body Shop", null, "thebodyshop|bodyshop")]
    [InlineData("Legal & General", null, "legalandgeneral|legalgeneral")]
    [InlineData("Société Générale", null, "societegenerale|sociétégénérale")]     // the name as its owner writes it, accents kept
    [InlineData("Kettenzüge", null, "kettenzuge|kettenzüge|kettenzuege")]       // and the umlaut written out, as German does without it
    [InlineData("Straße Nord", null, "straßenord|strassenord")]                  // ß is a letter of its own, not an accented one; written out as ss
    [InlineData("Banco Santander S.A.", "santander", "bancosantandersa|santander")]
    [InlineData("京东", "jingdong", "京东|jingdong")]
    [InlineData("Wii U", null, "wiiu")]
    public void Derive_Name_GivesExpectedLabelForms(string name, string? listed, string expected)
    {
        var labels = MarkLabels.Derive(name, listed is null ? null : [listed]);

        Assert.Equal(expected.Split('|'), labels);
    }

    [Fact]
    public void Derive_PunctuationOnlyName_GivesNoLabel()
    {
        Assert.Empty(MarkLabels.Derive("&&&", null));
    }
}
