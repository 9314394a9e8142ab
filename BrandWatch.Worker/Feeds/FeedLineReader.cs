namespace BrandWatch.Worker.Feeds;

/// <summary>
/// Streams a newly-registered-domain list (one name per line, <c>#</c> comments, blank lines ignored) without loading it.
/// Lines that cannot be domain names at all (control characters, binary junk, over 253 characters) come back rejected
/// with a reason; deciding whether a well-formed line is a valid domain is the domain parser's job. No line is held in
/// memory beyond <see cref="MaxLineLength"/> characters.
/// </summary>
internal static class FeedLineReader
{
    public const int MaxDomainLength = 253;

    /// <summary>
    /// Characters of one line kept in memory: a longer line (a feed that is not a domain list, or a hostile one without
    /// newlines) is rejected and skipped to its end without being held whole.
    /// </summary>
    public const int MaxLineLength = 4096;

    public static async IAsyncEnumerable<FeedLine> ReadAsync(TextReader reader, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long lineNumber = 0;
        var buffer = new char[16 * 1024];
        var line = new System.Text.StringBuilder(256);
        long lineLength = 0;
        var afterCarriageReturn = false;
        while (true)
        {
            var read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken);
            for (var i = 0; i < read; i++)
            {
                var c = buffer[i];
                if (afterCarriageReturn && c == '\n')
                {
                    afterCarriageReturn = false;
                    continue; // the \n of a \r\n pair
                }

                afterCarriageReturn = c == '\r';
                if (c is '\n' or '\r')
                {
                    lineNumber++;
                    if (Finish(lineNumber, line, lineLength) is { } done)
                    {
                        yield return done;
                    }

                    line.Clear();
                    lineLength = 0;
                    continue;
                }

                lineLength++;
                if (line.Length < MaxLineLength)
                {
                    line.Append(c);
                }
            }

            if (read == 0)
            {
                if (lineLength > 0 && Finish(lineNumber + 1, line, lineLength) is { } last)
                {
                    yield return last;
                }

                yield break;
            }
        }
    }

    private static FeedLine? Finish(long lineNumber, System.Text.StringBuilder line, long length)
    {
        if (length > MaxLineLength)
        {
            var kept = line.ToString();
            var hash = kept.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0 && kept[..hash].Trim().Length == 0)
            {
                return null; // a long comment
            }

            return new FeedLine(lineNumber, kept[..Math.Min(kept.Length, MaxDomainLength)], $"longer than {MaxLineLength} characters ({length}): not a domain list line");
        }

        var text = StripComment(line.ToString()).Trim();
        return text.Length == 0 ? null : new FeedLine(lineNumber, text, Reject(text));
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
