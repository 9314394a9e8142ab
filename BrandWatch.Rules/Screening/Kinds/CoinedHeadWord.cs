using BrandWatch.Rules.Marks;

namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>The coined head words, met only by <see cref="CoinedHeadWord"/>.</summary>
    private readonly PieceForms _headWords;

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
    private static void CoinedHeadWord(in ScreenFacts facts, ref Findings found) =>
        MeetPieces(facts, ref found, facts.Index._headWords, HeadWordMinLength, HeadWordMaxLength);

    /// <summary>
    /// Adds each mark's coined head word (see <see cref="CoinedHeadWord"/>) as a form of its own, after every other
    /// table is built: the head word is met only by its own rule, never by the exact, typo or embedded rules.
    /// </summary>
    private (LabelForm[] Forms, PieceForms HeadWords) WithHeadWords(LabelForm[] forms)
    {
        var all = new List<LabelForm>(forms);
        for (var m = 0; m < _marks.Length; m++)
        {
            if (HeadWordOf(_marks[m]) is not { } word || (_exact.TryGetValue(word, out var same) && same.Any(id => forms[id].Mark == m)))
            {
                continue; // a name that is its head word with corporate words dropped is met as that form already
            }

            all.Add(new LabelForm(all.Count, m, word, word, FormOrigin.HeadWord, MaxEdits: 0, IsAscii: true));

            // A German head word is written with its umlauts spelt out as often as folded (sueddeutsche of SÜDDEUTSCHE
            // ZEITUNG), as the whole name's forms are.
            if (HeadWordSpeltOut(_marks[m].Name, word) is { } spelt)
            {
                all.Add(new LabelForm(all.Count, m, spelt, spelt, FormOrigin.HeadWord, MaxEdits: 0, IsAscii: true));
            }
        }

        return ([.. all], new PieceForms(all.Skip(forms.Length)));
    }

    /// <summary>The head word with its umlauts and ß written out (sueddeutsche), or null when its first word has none.</summary>
    private static string? HeadWordSpeltOut(string name, string head)
    {
        var first = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return first is not null && MarkLabels.UmlautSpelling(first) is { } spelt && spelt != head
            && NameWords(first) is [var folded] && folded == head ? spelt : null;
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
