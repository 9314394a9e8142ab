using BrandWatch.Rules.Marks;

namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    private readonly FormTable _headWords;

    /// <summary>Bit n set when some head word has n letters: the rule looks up only those lengths.</summary>
    private readonly ulong _headWordLengths;

    /// <summary>
    /// The first (last) three letters of every head word, one bit each: a piece at a token's start shares the token's
    /// first three letters, so one probe per token rules out every length at once, and most tokens stop there.
    /// </summary>
    private readonly ulong[] _headWordStarts;

    private readonly ulong[] _headWordEnds;

    /// <summary>The shortest coined head word met on its own: four letters (an acronym such as QXVR of QXVR NETWORK).</summary>
    private const int HeadWordMinLength = 4;

    /// <summary>The longest coined head word met on its own; longer words hardly occur as one piece of a label.</summary>
    private const int HeadWordMaxLength = 30;

    /// <summary>Letters the rest of a token must have beside a head word, unless it is the plural s: one word.</summary>
    private const int HeadWordMinRest = 3;

    /// <summary>
    /// The coined first word of a name whose other words are ordinary (ZORVANTA of ZORVANTA IMPACT, VELMIRA of
    /// VELMIRA'S KITCHEN) written alone or as one piece of a label token whose other piece reads as words of any
    /// language: zorvantadrop = 'zorvanta' + 'drop', velmira.shop. Such a name draws all its distinctiveness
    /// from its first word; the ordinary words after it describe the goods or the trade, and a reader recognises the
    /// mark from the coined word alone, which is what squatters keep. A head word that is a word of any language, a
    /// name, the plural of one, or two English words run together (blueharbor) is not coined and is refused, as is a
    /// name with another word that is not ordinary (the head is then not the only distinctive element) or with
    /// single letters (a name split by a typing slip, DRAV ENIX). The piece sits at the start or the end of a token,
    /// or is a token or the label of its own; the token does not read as well as words alone.
    /// </summary>
    private static void CoinedHeadWord(in ScreenFacts facts, ref Findings found)
    {
        var index = facts.Index;
        if (facts.RegistrableIsIdn || index._headWords.Count == 0)
        {
            return;
        }

        var raw = facts.RegistrableRaw;
        if (raw.Length < HeadWordMinLength)
        {
            return;
        }

        foreach (var range in raw.Split('-'))
        {
            var token = raw[range];
            if (token.Length < HeadWordMinLength || token.Length > LongestSegmentedToken)
            {
                continue;
            }

            var starts = HasBit(index._headWordStarts, token[..3]);
            var ends = HasBit(index._headWordEnds, token[^3..]);
            if (!starts && !ends)
            {
                continue;
            }

            for (var length = HeadWordMinLength; length <= token.Length && length <= HeadWordMaxLength; length++)
            {
                if ((index._headWordLengths & (1UL << length)) == 0)
                {
                    continue;
                }

                if (starts)
                {
                    HeadWordAt(facts, ref found, token, head: true, length);
                }

                if (ends && length < token.Length)
                {
                    HeadWordAt(facts, ref found, token, head: false, length);
                }
            }
        }
    }

    private static void HeadWordAt(in ScreenFacts facts, ref Findings found, ReadOnlySpan<char> token, bool head, int length)
    {
        var index = facts.Index;
        var piece = head ? token[..length] : token[^length..];
        if (!index._headWords.TryGetValue(piece, out var forms))
        {
            return;
        }

        var rest = head ? token[length..] : token[..^length];
        var plural = head && rest is "s";
        var segmenter = index._segmenter;
        var restPieces = 0;
        if (rest.Length > 0 && !plural)
        {
            if (rest.Length < HeadWordMinRest)
            {
                return; // two letters beside a word are any letters (a code read out of a longer word)
            }

            restPieces = segmenter.Pieces(rest);
            if (restPieces <= 0)
            {
                return; // the rest is not words
            }

            var asWords = segmenter.Pieces(token);
            if (asWords > 0 && asWords <= 1 + restPieces)
            {
                return; // the token reads at least as well as words alone (a word that ends in a head word is that word)
            }
        }

        var raw = facts.RegistrableRaw;
        IReadOnlyList<(string Text, string Description)> words = rest.Length == 0 || plural ? [] : segmenter.Describe(rest.ToString());
        var alone = rest.Length == 0 && token.Length < raw.Length;
        List<string> added = alone ? OtherTokens(raw, token) : [.. words.Select(w => w.Text)];
        foreach (var f in forms)
        {
            var form = index._forms[f];
            var described = $"'{form.Text}' (the coined first word of '{index.MarkName(form)}')";
            if (rest.Length == 0 && !alone)
            {
                if (index._exact.ContainsKey(form.Text))
                {
                    continue; // the portfolio names the word as a mark of its own: the label is that mark's exact match
                }

                found.Add(form, MatchKind.Identical, 0.85, $"'{raw}' is {described}, the element a reader recognises the mark by");
                continue;
            }

            var risky = index.HasRisky(added);
            var note = index.RiskyNote(added);
            if (alone)
            {
                found.Add(form, MatchKind.Combosquat, risky ? 0.9 : 0.8, $"'{raw}' holds {described} as a hyphen-separated word of its own, plus {Quote(added)}{note}", added);
                continue;
            }

            var reading = plural ? $"{described} in the plural"
                : head ? $"{described} + {string.Join(" + ", words.Select(w => w.Description))}"
                : $"{string.Join(" + ", words.Select(w => w.Description))} + {described}";
            var where = token.Length == raw.Length ? $"'{raw}'" : $"'{token}' of '{raw}'";
            found.Add(form, MatchKind.Combosquat, risky ? 0.9 : 0.75, $"{where} reads as {reading}{note}", added);
        }
    }

    private static List<string> OtherTokens(ReadOnlySpan<char> raw, ReadOnlySpan<char> token)
    {
        var others = new List<string>();
        foreach (var range in raw.Split('-'))
        {
            var other = raw[range];
            if (other.Length > 0 && !other.Overlaps(token))
            {
                others.Add(other.ToString());
            }
        }

        return others;
    }

    /// <summary>
    /// Adds each mark's coined head word (see <see cref="CoinedHeadWord"/>) as a form of its own, after every other
    /// table is built: the head word is met only by its own rule, never by the exact, typo or embedded rules.
    /// </summary>
    private (LabelForm[] Forms, FormTable HeadWords, ulong Lengths, ulong[] Starts, ulong[] Ends) WithHeadWords(LabelForm[] forms)
    {
        var all = new List<LabelForm>(forms);
        var byText = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var lengths = 0UL;
        var starts = new ulong[ShortTextBits / 64];
        var ends = new ulong[ShortTextBits / 64];
        for (var m = 0; m < _marks.Length; m++)
        {
            if (HeadWordOf(_marks[m]) is not { } word || (_exact.TryGetValue(word, out var same) && same.Any(id => forms[id].Mark == m)))
            {
                continue; // a name that is its head word with corporate words dropped is met as that form already
            }

            var form = new LabelForm(all.Count, m, word, word, FormOrigin.HeadWord, MaxEdits: 0, IsAscii: true);
            all.Add(form);
            if (!byText.TryGetValue(word, out var ids))
            {
                byText[word] = ids = [];
            }

            ids.Add(form.Id);
            lengths |= 1UL << word.Length;
            SetBit(starts, word.AsSpan(0, 3));
            SetBit(ends, word.AsSpan(word.Length - 3));
        }

        return ([.. all], new FormTable(byText.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal)), lengths, starts, ends);
    }

    private static void SetBit(ulong[] bits, ReadOnlySpan<char> text)
    {
        var bit = ShortTextBit(text);
        bits[bit >> 6] |= 1UL << (bit & 63);
    }

    private static bool HasBit(ulong[] bits, ReadOnlySpan<char> text)
    {
        var bit = ShortTextBit(text);
        return (bits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>The mark's coined first word when every other word of its name is ordinary; null otherwise.</summary>
    private string? HeadWordOf(Mark mark)
    {
        if (mark.GenericWord)
        {
            return null;
        }

        var words = NameWords(mark.Name);
        if (words.Count >= 2 && words[1] == "s")
        {
            words.RemoveAt(1); // VELMIRA'S: the possessive s is no word of the name
        }

        if (words.Count is < 2 or > 4)
        {
            return null;
        }

        var head = words[0];
        if (head.Length is < HeadWordMinLength or > HeadWordMaxLength || head.AsSpan().ContainsAnyExceptInRange('a', 'z') || IsPlainWord(head) || IsTwoEnglishWords(head))
        {
            return null;
        }

        for (var w = 1; w < words.Count; w++)
        {
            if (words[w].Length < 2 || !(IsPlainWord(words[w]) || LinkWords.Contains(words[w])))
            {
                return null; // another distinctive word, or letters split off a word
            }
        }

        return head;
    }

    /// <summary>A word of any language the lexicon holds, an English word or name, a corporate word, or the plural of one.</summary>
    private bool IsPlainWord(string word)
    {
        bool Plain(ReadOnlySpan<char> w) => _segmenter.Lexicon.Contains(w) || _words.Contains(w) || _corporate.Contains(w);
        return Plain(word) || (word.Length > 3 && word[^1] == 's' && Plain(word.AsSpan(0, word.Length - 1)));
    }

    /// <summary>Two English words of four letters or more run together (blueharbor): ordinary words, not a coinage.</summary>
    private bool IsTwoEnglishWords(string word)
    {
        for (var cut = 4; cut <= word.Length - 4; cut++)
        {
            if (_words.Contains(word.AsSpan(0, cut)) && _words.Contains(word.AsSpan(cut)))
            {
                return true;
            }
        }

        return false;
    }
}
