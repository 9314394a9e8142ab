using System.Globalization;
using System.Text.RegularExpressions;
using BrandWatch.Rules.Domains;

namespace BrandWatch.Rules.Tests.Domains;

public sealed partial class PublicSuffixListTests
{
    public static TheoryData<string?, string?> OfficialVectors()
    {
        var data = new TheoryData<string?, string?>();
        foreach (Match match in CheckLine().Matches(RepoData.Text("data", "psl_tests.txt")))
        {
            data.Add(Argument(match.Groups["input"].Value), Argument(match.Groups["expected"].Value));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OfficialVectors))]
    public void GetRegistrableDomain_PslTestVector_MatchesExpected(string? input, string? expected)
    {
        var actual = PublicSuffixList.Default.GetRegistrableDomain(input!);

        Assert.Equal(expected is null ? null : new IdnMapping().GetAscii(expected).ToLowerInvariant(), actual);
    }

    [Fact]
    public void OfficialVectors_AllReadFromTheFile()
    {
        Assert.True(OfficialVectors().Count >= 70, "psl_tests.txt should hold the upstream vectors");
    }

    [Fact]
    public void Parse_HostText_WildcardAndExceptionApply()
    {
        var list = PublicSuffixList.Parse("com\n*.example\n!keep.example\n// comment\n");

        Assert.Equal("a.b.example", list.GetRegistrableDomain("x.a.b.example"));
        Assert.Equal("keep.example", list.GetRegistrableDomain("www.keep.example"));
        Assert.Equal("shop.com", list.GetRegistrableDomain("www.shop.com"));
        Assert.Equal(3, list.RuleCount);
    }

    [Fact]
    public void Parse_WithoutPrivateSection_TreatsGithubIoAsOrdinary()
    {
        var text = RepoData.Text("data", "public_suffix_list.dat");

        Assert.Equal("github.io", PublicSuffixList.Parse(text, includePrivate: false).GetRegistrableDomain("me.github.io"));
        Assert.Equal("me.github.io", PublicSuffixList.Parse(text).GetRegistrableDomain("me.github.io"));
    }

    private static string? Argument(string quoted) => quoted == "null" ? null : quoted.Trim('\'');

    [GeneratedRegex(@"^checkPublicSuffix\((?<input>null|'[^']*'), (?<expected>null|'[^']*')\);", RegexOptions.Multiline)]
    private static partial Regex CheckLine();
}
