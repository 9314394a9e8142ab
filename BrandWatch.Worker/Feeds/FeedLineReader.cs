namespace BrandWatch.Worker.Feeds;

/// <summary>
/// Streams a newly-registered-domain list (one name per line, <c>#</c> comments, blank lines ignored) without loading it.
/// Lines that cannot be domain names at all (control characters, binary junk, over 253 characters) come back rejected
/// with a reason; deciding whether a well-formed line is a valid domain is the domain parser's job.
/// </summary>
internal static class FeedLineReader
{
    public const int MaxDomainLength = 253;

    public static async IAsyncEnumerable<FeedLine> ReadAsync(TextReader reader, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } raw)
        {
            lineNumber++;
            var text = StripComment(raw).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            yield return new FeedLine(lineNumber, text, Reject(text));
        }
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? line : line[..hash];
    }

    private static string? Reject(string text)
    {
        if (text.Length > MaxDomainLength)
        {
            return $"longer than {MaxDomainLength} characters ({text.Length})";
        }

        foreach (var c in text)
        {
            if (char.IsControl(c) || c == '\uFFFD')
            {
                return $"contains a control or undecodable character (U+{(int)c:X4}): not text";
            }

            if (char.IsWhiteSpace(c))
            {
                return "contains whitespace: expected one domain per line";
            }
        }

        return null;
    }
}
