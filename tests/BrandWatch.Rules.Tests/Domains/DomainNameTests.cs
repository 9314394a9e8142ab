using BrandWatch.Rules.Domains;

namespace BrandWatch.Rules.Tests.Domains;

public sealed class DomainNameTests
{
    [Theory]
    [InlineData("PayPal.COM", "paypal.com", "paypal.com", "", "paypal", "com")]
    [InlineData("www.paypal.co.uk.", "www.paypal.co.uk", "www.paypal.co.uk", "www", "paypal", "co.uk")]
    [InlineData("paypal.com.account-verify.net", "paypal.com.account-verify.net", "paypal.com.account-verify.net", "paypal.com", "account-verify", "net")]
    [InlineData("xn--irfrance-mx0d.com", "xn--irfrance-mx0d.com", "ạirfrance.com", "", "xn--irfrance-mx0d", "com")]
    [InlineData("заландо.com", "xn--80aamjvni.com", "заландо.com", "", "xn--80aamjvni", "com")]
    [InlineData("京东商城.net", "xn--xhq9m52ocyc.net", "京东商城.net", "", "xn--xhq9m52ocyc", "net")]
    [InlineData("shishi.公司.cn", "shishi.xn--55qx5d.cn", "shishi.公司.cn", "", "shishi", "xn--55qx5d.cn")]
    [InlineData("pаypal.com", "xn--pypal-4ve.com", "pаypal.com", "", "xn--pypal-4ve", "com")]
    [InlineData("ＰＡＹＰＡＬ．ＣＯＭ", "paypal.com", "paypal.com", "", "paypal", "com")]
    [InlineData("me.github.io", "me.github.io", "me.github.io", "", "me", "github.io")]
    public void Parse_ValidName_SplitsBothForms(string input, string ascii, string unicode, string subdomain, string label, string suffix)
    {
        var result = DomainName.Parse(input);

        Assert.True(result.Success, result.Error);
        var domain = result.Domain!;
        Assert.Equal(ascii, domain.Ascii);
        Assert.Equal(unicode, domain.Unicode);
        Assert.Equal(subdomain, domain.Subdomain);
        Assert.Equal(label, domain.RegistrableLabel);
        Assert.Equal(suffix, domain.PublicSuffix);
        Assert.Equal($"{label}.{suffix}", domain.RegistrableDomain);
    }

    [Theory]
    [InlineData("www.paypal.co.uk")]
    [InlineData("shishi.公司.cn")]
    public void Parse_SameNameTwice_EqualWhicheverPartsWereRead(string input)
    {
        // The parts are cut from the ASCII form when first read: reading them must not change what the name equals.
        var read = DomainName.Parse(input).Domain!;
        var unread = DomainName.Parse(input).Domain!;
        _ = read.PublicSuffix + read.Subdomain + read.RegistrableLabel + read.RegistrableDomain;

        Assert.Equal(read, unread);
        Assert.Equal(read.GetHashCode(), unread.GetHashCode());
        Assert.NotEqual(read, DomainName.Parse("www.paypal.co.za").Domain);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("localhost", "has no dot")]
    [InlineData("co.uk", "is a public suffix itself")]
    [InlineData("a..com", "label 2 is empty")]
    [InlineData("-paypal.com", "starts or ends with a hyphen")]
    [InlineData("ab--cd.com", "third and fourth positions")]
    [InlineData("xn--a.com", "not valid punycode")]
    [InlineData("xn--80aamjvni-.com", "not valid punycode")]
    [InlineData("pay_pal.com", "U+005F")]
    [InlineData("pay pal.com", "U+0020")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com", "longer than 63 characters")]
    [InlineData("ааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааа.com", "longer than 63 characters")]
    public void Parse_InvalidName_FailsWithReason(string input, string reason)
    {
        var result = DomainName.Parse(input);

        Assert.False(result.Success);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OverLongName_FailsWithLength()
    {
        var name = string.Join('.', Enumerable.Repeat(new string('a', 60), 5)) + ".com";

        var result = DomainName.Parse(name);

        Assert.Contains("longer than 253 characters", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MixedScriptLabel_IsValidAndKeepsBothScripts()
    {
        var result = DomainName.Parse("paypаl.com");

        Assert.True(result.Success, result.Error);
        Assert.StartsWith("xn--", result.Domain!.RegistrableLabel, StringComparison.Ordinal);
        Assert.Equal("paypаl", result.Domain.UnicodeRegistrableLabel);
    }

    [Fact]
    public void Parse_WithHostSuffixList_UsesIt()
    {
        var list = PublicSuffixList.Parse("brand\n");

        var result = DomainName.Parse("shop.paypal.brand", list);

        Assert.Equal("paypal", result.Domain!.RegistrableLabel);
        Assert.Equal("shop", result.Domain.Subdomain);
    }
}
