using BrandWatch.Rules.Domains;

namespace BrandWatch.Rules.Tests.Domains;

public sealed class Uts46Tests
{
    [Theory]
    [InlineData("Bücher.example", "xn--bcher-kva.example", "bücher.example")]
    [InlineData("faß.de", "xn--fa-hia.de", "faß.de")]
    [InlineData("ＰＡＹＰＡＬ。ＣＯＭ", "paypal.com", "paypal.com")]
    [InlineData("pаypal.com", "xn--pypal-4ve.com", "pаypal.com")]
    [InlineData("xn--80aamjvni.com", "xn--80aamjvni.com", "заландо.com")]
    [InlineData("نامه\u200Cای.ir", "xn--mgba3gch31f060k.ir", "نامه\u200Cای.ir")]
    [InlineData("pay\u00ADpal.com", "paypal.com", "paypal.com")]
    public void ToAsciiAndUnicode_ValidName_GivesBothForms(string input, string ascii, string unicode)
    {
        var error = Uts46.ToAsciiAndUnicode(input, IdnaOptions.Registration, out var actualAscii, out var actualUnicode);

        Assert.Null(error);
        Assert.Equal(ascii, actualAscii);
        Assert.Equal(unicode, actualUnicode);
    }

    [Theory]
    [InlineData("pay_pal.com", "U1", "U+005F")]
    [InlineData("-paypal.com", "V3", "starts or ends with a hyphen")]
    [InlineData("ab--cd.com", "V2", "third and fourth positions")]
    [InlineData("\u0301paypal.com", "V6", "begins with the combining mark U+0301")]
    [InlineData("pay\u200Dpal.com", "C2", "zero width joiner")]
    [InlineData("pay\u200Cpal.com", "C1", "zero width non-joiner")]
    [InlineData("paypal\u05D0.com", "B5", "mixes directions")]
    [InlineData("1\u05D0.com", "B1", "starts with a character of bidi class EN")]
    [InlineData("xn--a.com", "V7", "is not valid punycode: it decodes to U+0080")]
    [InlineData("xn--paypal-.com", "P4", "decodes to ASCII only")]
    [InlineData("xn--pаypal.com", "P4", "holds non-ASCII characters")]
    [InlineData("xn--99999999999a.com", "A3", "is not valid punycode")]
    [InlineData("a..com", "A4_2", "label 2 is empty")]
    [InlineData("pay\uFFFDpal.com", "V7", "U+FFFD")]
    public void ToAscii_InvalidName_NamesTheStepAndTheLabel(string input, string code, string reason)
    {
        var result = Uts46.ToAscii(input, IdnaOptions.Registration);

        Assert.False(result.Success);
        Assert.Equal(code, result.Error!.Code);
        Assert.Contains(reason, result.Error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ToAscii_TransitionalProcessing_MapsDeviations()
    {
        Assert.Equal("fass.de", Uts46.ToAscii("faß.de", IdnaOptions.Registration with { Transitional = true }).Value);
    }

    [Fact]
    public void ToUnicode_ErrorStillReturnsTheProcessedName()
    {
        var result = Uts46.ToUnicode("XN--A.com", IdnaOptions.Registration with { VerifyDnsLength = false });

        Assert.False(result.Success);
        Assert.Equal("\u0080.com", result.Value);
    }

    // RFC 3492 section 7.1 sample strings (Arabic, Chinese, Russian, Japanese) and their encodings.
    [Theory]
    [InlineData("ليهمابتكلموشعربي؟", "egbpdaj6bu4bxfgehfvwxn")]
    [InlineData("他们为什么不说中文", "ihqwcrb4cv8a8dqg056pqjye")]
    [InlineData("почемужеонинеговорятпорусски", "b1abfaaepdrnnbgefbadotcwatmq2g4l")]
    [InlineData("3年B組金八先生", "3B-ww4c5e180e575a65lsy2b")]
    public void Punycode_RfcSamples_RoundTrip(string unicode, string encoded)
    {
        var builder = new System.Text.StringBuilder();
        Assert.True(Punycode.TryEncode(unicode, builder));
        Assert.Equal(encoded, builder.ToString());

        var decoded = new char[2 * encoded.Length];
        Assert.True(Punycode.TryDecode(encoded, decoded, out var written));
        Assert.Equal(unicode, new string(decoded, 0, written));
    }
}
