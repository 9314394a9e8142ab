using System.Globalization;
using System.Text;
using BrandWatch.Rules.Domains;

namespace BrandWatch.Rules.Tests.Domains;

/// <summary>
/// Runs the UTS #46 conformance file (IdnaTestV2.txt, Unicode 17) through the mapping DomainName uses (.NET IdnMapping
/// on ICU, plus our label checks) and holds the pass rate at the level measured, so a regression fails the build.
/// </summary>
public sealed class IdnaConformanceTests
{
    // Measured on this machine (Debian 12 ICU): ToASCII 5921/6391 = 92.65 %, ToUnicode 5811/6391 = 90.92 %; see docs/screening.md. The floor sits just under the measurement.
    private const double ToAsciiFloor = 0.92;
    private const double ToUnicodeFloor = 0.90;

    [Fact]
    public void ToAscii_IdnaTestV2_PassRateAtLeastMeasured()
    {
        var (passed, total) = Run(ascii: true);
        var rate = (double)passed / total;
        TestContext.Current.TestOutputHelper?.WriteLine($"ToASCII (non-transitional): {passed}/{total} = {rate:P2}");
        Assert.True(rate >= ToAsciiFloor, $"ToASCII conformance {passed}/{total} = {rate:P2}");
    }

    [Fact]
    public void ToUnicode_IdnaTestV2_PassRateAtLeastMeasured()
    {
        var (passed, total) = Run(ascii: false);
        var rate = (double)passed / total;
        TestContext.Current.TestOutputHelper?.WriteLine($"ToUnicode: {passed}/{total} = {rate:P2}");
        Assert.True(rate >= ToUnicodeFloor, $"ToUnicode conformance {passed}/{total} = {rate:P2}");
    }

    internal static (int Passed, int Total) Run(bool ascii)
    {
        var passed = 0;
        var total = 0;
        foreach (var line in File.ReadLines(RepoData.Path("data", "IdnaTestV2.txt")))
        {
            var content = line.Split('#')[0];
            if (content.Trim().Length == 0)
            {
                continue;
            }

            var fields = content.Split(';').Select(f => Unescape(f.Trim())).ToArray();
            var source = fields[0];
            var toUnicode = fields[1].Length == 0 ? source : fields[1];
            var toUnicodeStatus = fields[2];
            var toAsciiN = fields[3].Length == 0 ? toUnicode : fields[3];
            var toAsciiNStatus = fields[4].Length == 0 ? toUnicodeStatus : fields[4];
            total++;

            var error = DomainName.MapBothWays(source, out var mappedAscii, out var mappedUnicode);
            var ok = ascii
                ? IsError(toAsciiNStatus) ? error is not null : error is null && string.Equals(mappedAscii, toAsciiN, StringComparison.OrdinalIgnoreCase)
                : IsError(toUnicodeStatus) ? error is not null : error is null && mappedUnicode == toUnicode;
            if (ok)
            {
                passed++;
            }
        }

        return (passed, total);
    }

    private static bool IsError(string status) => status.Length > 0 && status != "[]";

    private static string Unescape(string field)
    {
        if (!field.Contains('\\', StringComparison.Ordinal))
        {
            return field;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 1 < field.Length && field[i + 1] == 'u')
            {
                builder.Append((char)int.Parse(field.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 5;
            }
            else if (field[i] == '\\' && i + 2 < field.Length && field[i + 1] == 'x' && field[i + 2] == '{')
            {
                var end = field.IndexOf('}', i);
                builder.Append(char.ConvertFromUtf32(int.Parse(field.AsSpan(i + 3, end - i - 3), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                i = end;
            }
            else
            {
                builder.Append(field[i]);
            }
        }

        return builder.ToString();
    }
}
