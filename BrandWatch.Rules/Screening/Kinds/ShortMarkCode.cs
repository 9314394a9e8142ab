using System.Buffers;

namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>The coined marks this rule reads: three characters (a two-letter mark plus four consonants is any initials).</summary>
    private const int CodedMarkLength = 3;

    /// <summary>The fewest consonants after the mark: three are an abbreviation of their own (cdn, dns, gtm); four are not.</summary>
    private const int CodeMinLength = 4;

    /// <summary>Beside a numbering token, the letters between the mark and the hyphen: at least two, at most eight.</summary>
    private const int NumberedCodeMinLength = 2, NumberedCodeMaxLength = 8;

    /// <summary>The letters that make a run of letters pronounceable; y counts, as in gym and sky.</summary>
    /// <summary>The fewest letters after a mark of letters and a digit (g4s + tv).</summary>
    private const int DigitMarkCodeMinLength = 2;

    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouy");

    /// <summary>
    /// A coined mark of three characters (QXR) at the start of the label, followed by four or more letters without a
    /// vowel and nothing but such codes or single characters in the label's other hyphen-separated tokens:
    /// qxrdfgk-m = 'qxr' + 'dfgk' + 'm'. A run of consonants is no word of any language and no abbreviation a reader
    /// knows; the mark is the only element of the name a reader can recognise, which is how bulk registrations number
    /// their copies of one name. A mark that is an ordinary word (six, sap) is refused, as are three consonants (an
    /// abbreviation such as cdn or dns beside the owner's own mark), a rest with a vowel (any word or name), and a
    /// mark whose letters begin a longer word of the token (startssl = start + ssl, not sta + rtssl).
    /// </summary>
    private static void ShortMarkCode(in ScreenFacts facts, ref Findings found)
    {
        var index = facts.Index;
        if (facts.RegistrableIsIdn || !index._hasShortForms)
        {
            return;
        }

        var raw = facts.RegistrableRaw;
        var hyphen = raw.IndexOf('-');
        var token = hyphen < 0 ? raw : raw[..hyphen];
        var numbered = hyphen > 0 && IsNumbering(raw[(hyphen + 1)..]);
        var codeLength = token.Length - CodedMarkLength;
        // A mark of letters and a digit (G4S, FC2) begins no word of any language: the letters after it are added to it
        // whatever they are (g4stv, fc2ppv), as after a two-character code with a digit (f5license).
        var digitMark = codeLength >= DigitMarkCodeMinLength && token[..CodedMarkLength].ContainsAnyInRange('0', '9')
            && token[..CodedMarkLength].ContainsAnyInRange('a', 'z');
        if (codeLength < (numbered || digitMark ? NumberedCodeMinLength : CodeMinLength))
        {
            return;
        }

        var code = token[CodedMarkLength..];
        var voweled = code.ContainsAny(Vowels);
        if (code.ContainsAnyExceptInRange('a', 'z') || (voweled && !digitMark && (!numbered || codeLength > NumberedCodeMaxLength)))
        {
            return; // cheapest test first: almost every name has a vowel after its third letter
        }

        var mark = token[..CodedMarkLength];
        if (!index.MayBeShortForm(mark) || !index._exact.TryGetValue(mark, out var forms))
        {
            return;
        }

        if (index.StartsWithLongerWord(token))
        {
            return; // the mark's letters begin a word (start of startssl): the consonants are that word's end and another
        }

        if (voweled && (index._segmenter.IsSegmentable(code) || index._words.Contains(code)))
        {
            return; // letters that read as words are read by them: the segment rule judges the mark among words
        }

        var others = hyphen < 0 ? [] : raw[(hyphen + 1)..];
        foreach (var range in others.Split('-'))
        {
            var other = others[range];
            if (other.Length > 1 && (other.ContainsAny(Vowels) || other.ContainsAnyExceptInRange('a', 'z')))
            {
                return; // another token is a word or a name: the label is read by that, not as a numbered copy
            }
        }

        var codeText = code.ToString();
        foreach (var f in forms)
        {
            var form = index._forms[f];
            if (!form.IsAscii || form.Text.Length != CodedMarkLength || index.IsOrdinaryForm(form))
            {
                continue;
            }

            var tail = hyphen < 0 ? string.Empty : $", then '{others}'";
            var why = digitMark
                ? "letters after a mark of letters and a digit, which begins no word of any language"
                : voweled
                ? "letters that read as no word, numbered as a bulk registrant numbers its copies of one name"
                : "letters without a vowel that no language reads as a word";
            found.Add(form, MatchKind.Combosquat, 0.7,
                $"'{raw}' is {form.Describe(index.MarkName(form))} followed by '{codeText}'{tail}: {why}, so the mark is the only element a reader recognises",
                [codeText], whole: true); // the mark is the only element read: the similarity floor must not drop it
        }
    }

    /// <summary>
    /// True when every hyphen-separated token after the first is a single letter or digit (cmegrfup-x, cmevip-t): how a
    /// bulk registrant numbers its copies of one name. Beside such numbering the letters after the mark need no missing
    /// vowel to be read as filler, only to be no word.
    /// </summary>
    private static bool IsNumbering(ReadOnlySpan<char> rest)
    {
        foreach (var range in rest.Split('-'))
        {
            if (rest[range].Length != 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the token begins with a word of four letters or more of any language the lexicon holds.</summary>
    private bool StartsWithLongerWord(ReadOnlySpan<char> token)
    {
        for (var length = CodedMarkLength + 1; length <= token.Length; length++)
        {
            var head = token[..length];
            if (_words.Contains(head) || _segmenter.Lexicon.Contains(head))
            {
                return true;
            }
        }

        return false;
    }
}
