using System.Buffers;

namespace BrandWatch.Rules.Pages;

/// <summary>
/// Cuts a style sheet's text down to the declarations the analysis reads before AngleSharp.Css tokenizes it: in
/// every plain style rule only the declarations <paramref name="keep"/> accepts stay, and a rule left with none is
/// dropped whole. The same declarations would be parsed and then ignored (<see cref="StylePropertyFilter"/>), so no
/// computed value the analyser reads can change; the parser only sees less text. Grouping at-rules (<c>@media</c>,
/// <c>@layer</c>, <c>@container</c> …) are kept with their rules filtered the same way; every other at-rule, a
/// nested style rule and a declaration name with an escape are copied as written. Text it cannot follow to the end
/// (an unclosed block, string or comment, a stray closing brace) is returned unchanged.
/// </summary>
internal static class CssDeclarationStripper
{
    /// <summary>Whether a declaration of the property named (as written) is kept.</summary>
    public delegate bool NamePredicate(ReadOnlySpan<char> name);

    private static readonly SearchValues<char> NamePlain = SearchValues.Create("abcdefghijklmnopqrstuvwxyz-0123456789");

    private static readonly SearchValues<char> AtRuleNameEnd = SearchValues.Create(" \t\r\n({");

    private static readonly string[] GroupingRules = ["media", "layer", "container", "document", "-moz-document", "scope", "starting-style"];

    /// <summary>The sheet with the declarations <paramref name="keep"/> rejects removed, or the text itself when it cannot be followed.</summary>
    public static string Strip(string css, NamePredicate keep)
    {
        var buffer = ArrayPool<char>.Shared.Rent(css.Length);
        try
        {
            var length = 0;
            return RuleList(css.AsSpan(), buffer, ref length, keep) ? new string(buffer, 0, length) : css;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Copies a list of rules into <paramref name="output"/>, filtered; false when the text cannot be followed.</summary>
    private static bool RuleList(ReadOnlySpan<char> css, char[] output, ref int length, NamePredicate keep)
    {
        var position = 0;
        while (position < css.Length)
        {
            var preludeStart = position;
            var stop = Scan(css, position, "{;}");
            if (stop == int.MinValue)
            {
                return false;
            }

            if (stop < 0)
            {
                // The text ends inside a prelude (a rule without a block is ignored by the CSS parser): copy it as it is.
                Copy(css[preludeStart..], output, ref length);
                return true;
            }

            if (css[stop] == '}')
            {
                return false;
            }

            if (css[stop] == ';')
            {
                // An at-statement (@import, @charset, @layer a, b;) or a stray declaration: copied as written.
                Copy(css[preludeStart..(stop + 1)], output, ref length);
                position = stop + 1;
                continue;
            }

            var close = MatchingBrace(css, stop);
            if (close < 0)
            {
                return false;
            }

            var prelude = css[preludeStart..stop];
            var block = css[(stop + 1)..close];
            var trimmed = prelude.Trim();
            if (trimmed.StartsWith('@'))
            {
                if (IsGrouping(trimmed))
                {
                    Copy(prelude, output, ref length);
                    output[length++] = '{';
                    if (!RuleList(block, output, ref length, keep))
                    {
                        return false;
                    }

                    output[length++] = '}';
                }
                else
                {
                    Copy(css[preludeStart..(close + 1)], output, ref length);
                }
            }
            else if (Scan(block, 0, "{") >= 0)
            {
                // CSS nesting: copied as written rather than filtered.
                Copy(css[preludeStart..(close + 1)], output, ref length);
            }
            else
            {
                StyleRule(prelude, block, output, ref length, keep);
            }

            position = close + 1;
        }

        return true;
    }

    /// <summary>Copies a style rule with only the kept declarations, or nothing when none is kept.</summary>
    private static void StyleRule(ReadOnlySpan<char> prelude, ReadOnlySpan<char> block, char[] output, ref int length, NamePredicate keep)
    {
        var start = length;
        Copy(prelude, output, ref length);
        output[length++] = '{';
        var kept = 0;
        var position = 0;
        while (position < block.Length)
        {
            var end = Scan(block, position, ";");
            var declaration = block[position..(end < 0 ? block.Length : end)];
            position = end < 0 ? block.Length : end + 1;
            if (Kept(declaration, keep))
            {
                Copy(declaration, output, ref length);
                // Only a separator that was there: the output is never longer than the input.
                if (end >= 0)
                {
                    output[length++] = ';';
                }

                kept++;
            }
        }

        if (kept == 0)
        {
            length = start;
            return;
        }

        output[length++] = '}';
    }

    private static bool Kept(ReadOnlySpan<char> declaration, NamePredicate keep)
    {
        var colon = declaration.IndexOf(':');
        if (colon < 0)
        {
            // Whitespace, a comment or a malformed declaration: the parser ignores it either way.
            return false;
        }

        var name = declaration[..colon].Trim();
        if (name.StartsWith("/*", StringComparison.Ordinal) || name.StartsWith("--", StringComparison.Ordinal) || name.ContainsAnyExcept(NamePlain))
        {
            // A comment before the name, an escaped or upper-case name is copied rather than read (the parser decides
            // what it means); custom properties may feed any value through var().
            return true;
        }

        return keep(name);
    }

    private static bool IsGrouping(ReadOnlySpan<char> atRule)
    {
        var name = atRule[1..];
        var end = name.IndexOfAny(AtRuleNameEnd);
        name = end < 0 ? name : name[..end];
        foreach (var grouping in GroupingRules)
        {
            if (name.Equals(grouping, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The index of the first of <paramref name="stops"/> at <paramref name="start"/> or after it outside strings,
    /// comments, parentheses and brackets; -1 at the end of the text; <see cref="int.MinValue"/> for an unclosed
    /// string or comment.
    /// </summary>
    private static int Scan(ReadOnlySpan<char> css, int start, string stops)
    {
        var depth = 0;
        for (var i = start; i < css.Length; i++)
        {
            var c = css[i];
            switch (c)
            {
                case '\\':
                    i++;
                    continue;
                case '"' or '\'':
                    i = EndOfString(css, i);
                    if (i < 0)
                    {
                        return int.MinValue;
                    }

                    continue;
                case '/' when i + 1 < css.Length && css[i + 1] == '*':
                    var close = css[(i + 2)..].IndexOf("*/", StringComparison.Ordinal);
                    if (close < 0)
                    {
                        return int.MinValue;
                    }

                    i += close + 3;
                    continue;
                case '(' or '[':
                    depth++;
                    continue;
                case ')' or ']':
                    depth = Math.Max(0, depth - 1);
                    continue;
            }

            if ((depth == 0 || c is '{' or '}') && stops.Contains(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the brace that closes the block opened at <paramref name="open"/>, or -1.</summary>
    private static int MatchingBrace(ReadOnlySpan<char> css, int open)
    {
        var level = 1;
        var position = open + 1;
        while (true)
        {
            var next = Scan(css, position, "{}");
            if (next < 0)
            {
                return -1;
            }

            level += css[next] == '{' ? 1 : -1;
            if (level == 0)
            {
                return next;
            }

            position = next + 1;
        }
    }

    private static int EndOfString(ReadOnlySpan<char> css, int open)
    {
        var quote = css[open];
        for (var i = open + 1; i < css.Length; i++)
        {
            if (css[i] == '\\')
            {
                i++;
            }
            else if (css[i] == quote)
            {
                return i;
            }
            else if (css[i] == '\n')
            {
                // An unclosed string ends at the line end in CSS: give up rather than guess.
                return -1;
            }
        }

        return -1;
    }

    private static void Copy(ReadOnlySpan<char> text, char[] output, ref int length)
    {
        text.CopyTo(output.AsSpan(length));
        length += text.Length;
    }
}
