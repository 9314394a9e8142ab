using System.Globalization;
using System.Text;
using BrandWatch.Rules.Domains;

namespace BrandWatch.Rules.Tests.Domains;

/// <summary>
/// Runs the UTS #46 conformance file (IdnaTestV2.txt, Unicode 17) through <see cref="Uts46"/> with the flags the file
/// states (CheckHyphens, CheckBidi, CheckJoiners, UseSTD3ASCIIRules on; VerifyDnsLength on for ToASCII only) and
/// requires every line to pass: the expected string when no error is listed, an error when one is.
/// </summary>
public sealed class IdnaConformanceTests
{
    public static TheoryData<string> Operations => new() { "ToUnicode", "ToAsciiN", "ToAsciiT" };

    [Theory]
    [MemberData(nameof(Operations))]
    public void IdnaTestV2_EveryLinePasses(string operation)
    {
        var failures = new List<string>();
        var total = 0;
        foreach (var test in Lines())
        {
            total++;
            var (actual, expected, expectError) = operation switch
            {
                "ToUnicode" => (Uts46.ToUnicode(test.Source, IdnaOptions.Registration with { VerifyDnsLength = false }), test.ToUnicode, test.ToUnicodeError),
                "ToAsciiN" => (Uts46.ToAscii(test.Source, IdnaOptions.Registration), test.ToAsciiN, test.ToAsciiNError),
                _ => (Uts46.ToAscii(test.Source, IdnaOptions.Registration with { Transitional = true }), test.ToAsciiT, test.ToAsciiTError),
            };
            var ok = expectError ? !actual.Success : actual.Success && actual.Value == expected;
            if (!ok)
            {
                failures.Add($"line {test.Line}: {Escape(test.Source)} -> {Escape(actual.Value)} [{actual.Error?.Code}] expected {Escape(expected)}{(expectError ? " with an error" : string.Empty)}");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{operation}: {total - failures.Count}/{total} pass");
        Assert.True(failures.Count == 0, $"{failures.Count} of {total} lines fail {operation}:\n" + string.Join('\n', failures.Take(40)));
    }

    internal sealed record ConformanceLine(
        int Line, string Source, string ToUnicode, bool ToUnicodeError, string ToAsciiN, bool ToAsciiNError, string ToAsciiT, bool ToAsciiTError);

    // Column defaults as the file's header states them: a blank value repeats the column it derives from.
    internal static IEnumerable<ConformanceLine> Lines()
    {
        var number = 0;
        foreach (var line in File.ReadLines(RepoData.Path("data", "IdnaTestV2.txt")))
        {
            number++;
            var content = line.Split('#')[0];
            if (content.Trim().Length == 0)
            {
                continue;
            }

            var fields = content.Split(';').Select(f => f.Trim()).ToArray();
            var source = Unescape(fields[0]);
            var toUnicode = fields[1].Length == 0 ? source : Unescape(fields[1]);
            var toUnicodeStatus = fields[2];
            var toAsciiN = fields[3].Length == 0 ? toUnicode : Unescape(fields[3]);
            var toAsciiNStatus = fields[4].Length == 0 ? toUnicodeStatus : fields[4];
            var toAsciiT = fields[5].Length == 0 ? toAsciiN : Unescape(fields[5]);
            var toAsciiTStatus = fields[6].Length == 0 ? toAsciiNStatus : fields[6];
            yield return new ConformanceLine(
                number, source, toUnicode, IsError(toUnicodeStatus), toAsciiN, IsError(toAsciiNStatus), toAsciiT, IsError(toAsciiTStatus));
        }
    }

    private static bool IsError(string status) => status.Length > 0 && status != "[]";

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return builder.ToString();
    }

    private static string Unescape(string field)
    {
        if (field == "\"\"")
        {
            return string.Empty;
        }

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
