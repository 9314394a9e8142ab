using System.Text;
using AnyAscii;
using BrandWatch.Rules.Confusables;
using BrandWatch.Rules.Domains;
using BrandWatch.Rules.Marks;

namespace BrandWatch.Rules.Screening;

/// <summary>
/// The screening index of one portfolio, built once and then shared: a hash map of label forms and of their look-alike
/// keys, a deletion index for typos within two edits, and an Aho–Corasick automaton for forms embedded in longer
/// labels. <see cref="Screen(DomainName)"/> finds every mark a domain imitates, without looping over the marks.
/// Immutable and thread-safe once built.
/// </summary>
public sealed partial class MarkIndex
{
    private const int MaxKey = 512;

    private readonly Mark[] _marks;
    private readonly LabelForm[] _forms;
    private readonly FormTable _exact;
    private readonly FormTable _byKey;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _own;
    private readonly FormTable _byGlyphs;
    private readonly FormTable _byGlyphsK;
    private readonly int _shortestGlyphKey;
    private readonly bool _hasShortForms;
    private readonly ulong[] _shortTexts;
    private readonly int _longestRisky;
    private readonly ulong[] _riskyHeads;
    private readonly ulong[] _riskyTails;
    private readonly DeletionIndex _deletions;
    private readonly AhoCorasick _automaton;
    private readonly SegmentTypoAnchors _segmentTypos;
    private readonly Dictionary<int, InsideNameParts[]> _nameParts;
    private readonly ulong[] _namePartCodes = new ulong[((26 * 26 * 26 * 26) + 63) / 64];

    /// <summary>Names of two words or more with their last or first word cut short, met as the whole label only (<see cref="CutShort"/>).</summary>
    private readonly Dictionary<string, (int Form, int Letters, bool FirstWord)> _cutShort;

    private readonly Dictionary<string, (int Form, int Letters, bool FirstWord)>.AlternateLookup<ReadOnlySpan<char>> _cutShortLookup;
    private readonly int[] _patternForm;
    private readonly LabelForm[] _nativeForms;
    private readonly WordList _words;
    private readonly LabelSegmenter _segmenter;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _risky;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _glued;
    private readonly int _longestGlued;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _corporate;
    private readonly string[][] _exclusions;
    private readonly HashSet<string>[] _officialLabels;
    private readonly HashSet<string>[] _officialSuffixes;
    private readonly HashSet<string>[] _tradeWords;
    private readonly ConfusableSkeleton _confusables;
    private readonly ScreeningOptions _options;
    private readonly int _minFuzzy;
    private readonly int _maxFuzzy;
    private readonly int _maxLongFuzzy;

    private MarkIndex(IReadOnlyList<Mark> marks, ScreeningOptions options, WordList words, ConfusableSkeleton confusables, Lexicon lexicon)
    {
        _marks = [.. marks];
        _tradeWords = TradeWordsOf(_marks);
        _options = options;
        _words = words;
        _segmenter = new LabelSegmenter(lexicon);
        _confusables = confusables;
        var forms = new List<LabelForm>();
        var corporate = options.CorporateWords.Select(w => MarkLabels.Fold(w).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 0).OrderByDescending(w => w.Length).ToArray();
        for (var m = 0; m < _marks.Length; m++)
        {
            AddForms(m, corporate, forms);
        }

        _forms = [.. forms];
        _exact = new FormTable(Group(_forms.Select(f => (f.Text, f.Id))));
        // A respelling is met only as written: a look-alike of a respelling is two steps from the name. A shorthand (a
        // place's code, a shortened first name) is met only as the whole label: inside a longer one its letters begin
        // other words (bankofin of bankofinance).
        _byKey = new FormTable(Group(_forms.Where(f => f.IsAscii && !MetOnlyAsWritten(f.Origin)).Select(f => (f.Key, f.Id))));
        _nativeForms = [.. _forms.Where(f => !f.IsAscii && !MetOnlyAsTheWholeLabel(f.Origin))];
        var glyphForms = _forms.Where(f => f.IsAscii && f.Key.Length >= options.TypoMinLength && !MetOnlyAsWritten(f.Origin)).ToArray();
        _byGlyphs = new FormTable(Group(glyphForms.Select(f => (GlyphClasses.Key(f.Key), f.Id))));
        _byGlyphsK = new FormTable(Group(glyphForms.Select(f => (GlyphClasses.Key(f.Key, clAsD: false), f.Id))));
        _shortestGlyphKey = glyphForms.Select(f => GlyphClasses.Key(f.Key).Length).DefaultIfEmpty(int.MaxValue).Min();
        _hasShortForms = _forms.Any(f => f.IsAscii && f.Text.Length < options.EmbeddedMinLength);
        _shortTexts = new ulong[ShortTextBits / 64];
        foreach (var form in _forms.Where(f => f.Text.Length <= ShortTextMaxLength))
        {
            var bit = ShortTextBit(form.Text);
            _shortTexts[bit >> 6] |= 1UL << (bit & 63);
        }

        _deletions = new DeletionIndex([.. _forms.Select(f => (f.Key, f.IsAscii ? f.MaxEdits : 0))]);
        var fuzzy = _forms.Where(f => f.IsAscii && f.MaxEdits > 0).Select(f => f.Key.Length).DefaultIfEmpty(0).ToArray();
        _minFuzzy = fuzzy.Min() - 2;
        _maxFuzzy = fuzzy.Max() + 2;
        _maxLongFuzzy = _forms.Where(f => f.IsAscii && f.MaxEdits >= 2 && f.Key.Length >= options.LongTypoMinLength)
            .Select(f => f.Key.Length + 2).DefaultIfEmpty(0).Max();

        var embedded = _forms.Where(f => f.IsAscii && f.Key.Length >= options.EmbeddedMinLength && !MetOnlyAsTheWholeLabel(f.Origin)).ToArray();
        _automaton = new AhoCorasick([.. embedded.Select(f => f.Key)]);
        _patternForm = [.. embedded.Select(f => f.Id)];
        _segmentTypos = new SegmentTypoAnchors(_forms.Where(IsSegmentTypoForm).Select(f => (f.Id, f.Text)));
        _cutShort = CutShortForms();
        _nameParts = NamePartsByCode();
        foreach (var code in _nameParts.Keys)
        {
            _namePartCodes[code >> 6] |= 1UL << (code & 63);
        }

        _cutShortLookup = _cutShort.GetAlternateLookup<ReadOnlySpan<char>>();

        var own = new List<(string, int)>();
        var glued = new HashSet<string>(options.GluedSuffixes, StringComparer.Ordinal);
        _exclusions = new string[_marks.Length][];
        _officialLabels = new HashSet<string>[_marks.Length];
        _officialSuffixes = new HashSet<string>[_marks.Length];
        for (var m = 0; m < _marks.Length; m++)
        {
            _officialLabels[m] = new HashSet<string>(StringComparer.Ordinal);
            _officialSuffixes[m] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var domain in _marks[m].OfficialDomains.Concat(_marks[m].AuthorisedDomains))
            {
                var parsed = DomainName.Parse(domain);
                var ascii = parsed.Domain?.Ascii ?? domain.Trim().ToLowerInvariant();
                own.Add((ascii, m));
                if (parsed.Domain is { } official)
                {
                    _officialLabels[m].Add(official.RegistrableLabel);
                    if (_marks[m].OfficialDomains.Contains(domain))
                    {
                        _officialSuffixes[m].Add(official.PublicSuffix);
                    }
                    foreach (var label in official.PublicSuffix.Split('.'))
                    {
                        glued.Add(label);
                    }
                }
            }

            _exclusions[m] = options.Exclusions.TryGetValue(_marks[m].Id, out var excluded)
                ? [.. excluded.Select(e => e.Trim().ToLowerInvariant())]
                : [];
        }

        _own = Group(own).GetAlternateLookup<ReadOnlySpan<char>>();
        _risky = new HashSet<string>(options.RiskyTerms, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _corporate = new HashSet<string>(corporate.Where(w => w.Length == 1).Select(w => w[0]), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _longestRisky = options.RiskyTerms.Select(t => t.Length).DefaultIfEmpty(0).Max();
        _riskyHeads = new ulong[128 * 128 / 64];
        _riskyTails = new ulong[128 * 128 / 64];
        foreach (var term in options.RiskyTerms.Where(t => t.Length >= 2))
        {
            SetPair(_riskyHeads, term[0], term[1]);
            SetPair(_riskyTails, term[^2], term[^1]);
        }

        _glued = glued.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestGlued = glued.Select(g => g.Length).DefaultIfEmpty(0).Max();
        DeletionEntries = _deletions.Entries;
        AutomatonStates = _automaton.States;
        (_forms, _headWords) = WithHeadWords(_forms);
        (_forms, _ownNumbers) = WithOwnNumbers(_forms);
        (_forms, _familyElements, _familyNames) = WithFamilyElements(_forms);
    }

    /// <summary>Number of label forms indexed (names, listed labels, transliterations, distinctive parts, reorderings).</summary>
    public int FormCount => _forms.Length;

    /// <summary>Entries of the deletion index.</summary>
    public int DeletionEntries { get; }

    /// <summary>States of the Aho–Corasick automaton.</summary>
    public int AutomatonStates { get; }

    /// <summary>Every label form a mark is screened under: its labels and the forms derived from its name.</summary>
    public IReadOnlyList<string> LabelFormsOf(string markId) =>
        [.. _forms.Where(f => string.Equals(_marks[f.Mark].Id, markId, StringComparison.Ordinal)).Select(f => f.Text)];

    /// <summary>The marks indexed.</summary>
    public IReadOnlyList<Mark> Marks => _marks;

    /// <summary>Builds the index with the shipped word list and confusables data.</summary>
    public static MarkIndex Build(IReadOnlyList<Mark> marks, ScreeningOptions options) =>
        Build(marks, options, WordList.Default, ConfusableSkeleton.Default);

    /// <summary>Builds the index with a host-supplied word list and confusables data.</summary>
    public static MarkIndex Build(IReadOnlyList<Mark> marks, ScreeningOptions options, WordList words, ConfusableSkeleton confusables) =>
        Build(marks, options, words, confusables, Lexicon.Default);

    /// <summary>Builds the index with a host-supplied word list, confusables data and segmentation lexicon.</summary>
    public static MarkIndex Build(IReadOnlyList<Mark> marks, ScreeningOptions options, WordList words, ConfusableSkeleton confusables, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(confusables);
        ArgumentNullException.ThrowIfNull(lexicon);
        return new MarkIndex(marks, options, words, confusables, lexicon);
    }

    // The name Screen(string) parses into, one per thread: the matches it returns hold strings, never the name, so a
    // miss allocates nothing. A rule that screened another name from inside a rule would find it taken and allocate.
    [ThreadStatic]
    private static DomainName? t_name;

    [ThreadStatic]
    private static bool t_nameTaken;

    /// <summary>Parses and screens one domain; a name that does not parse matches nothing.</summary>
    public IReadOnlyList<DomainMatch> Screen(string domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        if (t_nameTaken)
        {
            var parsed = DomainName.Parse(domain);
            return parsed.Domain is null ? [] : Screen(parsed.Domain, domain.Trim());
        }

        var name = t_name ??= DomainName.CreateReusable();
        if (!DomainName.ParseInto(domain, PublicSuffixList.Default, name))
        {
            return [];
        }

        t_nameTaken = true;
        try
        {
            return Screen(name, domain.Trim());
        }
        finally
        {
            t_nameTaken = false;
        }
    }

    /// <summary>Screens a parsed domain: every mark it imitates, at most one match (the strongest) per mark.</summary>
    public IReadOnlyList<DomainMatch> Screen(DomainName domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        return Screen(domain, domain.Ascii);
    }

    // Two-letter heads and tails of the risky terms: a token whose first (last) two letters start (end) no risky term
    // needs no prefix (suffix) lookups at all.
    private bool StartsRisky(ReadOnlySpan<char> token) => token.Length >= 2 && HasPair(_riskyHeads, token[0], token[1]);

    private bool EndsRisky(ReadOnlySpan<char> token) => token.Length >= 2 && HasPair(_riskyTails, token[^2], token[^1]);

    private const int ShortTextMaxLength = 4;
    internal const int ShortTextBits = 1 << 16;

    /// <summary>
    /// False when no form has this text: the short-mark rules look up every two- to four-letter piece of a label, and
    /// one bit in a table that stays in cache answers most of them without hashing into the form dictionary.
    /// </summary>
    private bool MayBeShortForm(ReadOnlySpan<char> text)
    {
        if (text.Length > ShortTextMaxLength)
        {
            return true;
        }

        var bit = ShortTextBit(text);
        return (_shortTexts[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    internal static int ShortTextBit(ReadOnlySpan<char> text)
    {
        var hash = (uint)text.Length;
        foreach (var c in text)
        {
            hash = unchecked((hash * 0x01000193) ^ c);
        }

        return (int)((hash ^ (hash >> 16)) & (ShortTextBits - 1));
    }

    private static void SetPair(ulong[] bits, char first, char second)
    {
        if (first < 128 && second < 128)
        {
            var bit = (first * 128) + second;
            bits[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    private static bool HasPair(ulong[] bits, char first, char second)
    {
        if (first >= 128 || second >= 128)
        {
            return false;
        }

        var bit = (first * 128) + second;
        return (bits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private static Dictionary<string, int[]> Group(IEnumerable<(string Key, int Value)> pairs)
    {
        var grouped = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            if (!grouped.TryGetValue(key, out var list))
            {
                grouped[key] = list = [];
            }

            if (!list.Contains(value))
            {
                list.Add(value);
            }
        }

        return grouped.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    private void AddForms(int m, string[][] corporate, List<LabelForm> forms)
    {
        var mark = _marks[m];
        if (mark.Labels.Count == 0)
        {
            return;
        }

        var primaryAscii = System.Text.Ascii.IsValid(mark.Labels[0]);
        var texts = new HashSet<string>(StringComparer.Ordinal);
        var ownForms = forms.Count; // this mark's forms are the ones appended from here on

        void Add(string text, FormOrigin origin, bool exactOnly = false)
        {
            if (text.Length < 2 || !texts.Add(text))
            {
                return;
            }

            var ascii = System.Text.Ascii.IsValid(text);
            var key = ascii ? _confusables.LookalikeKey(text) : text;
            var maxEdits = exactOnly || !ascii || key.Length < _options.TypoMinLength ? 0 : key.Length < _options.TwoEditsMinLength ? 1 : 2;
            forms.Add(new LabelForm(forms.Count, m, text, key, origin, maxEdits, ascii));
        }

        // A mark written as a domain name (GUNBROKER.COM, clubwear.nl) is named by its label: its ending is no word of it.
        var asDomain = WrittenAsADomain(mark.Name);
        var words = NameWords(asDomain?.RegistrableLabel ?? mark.Name);
        var withoutArticle = MarkLabels.WithoutArticle(mark.Name) is { } stripped ? Clean(stripped) : null;
        foreach (var label in mark.Labels)
        {
            var ascii = System.Text.Ascii.IsValid(label);
            var text = ascii ? Clean(label) : label;
            // The name with its accents (kettenzüge) is the mark's own spelling, not another script's.
            var ownSpelling = ascii == primaryAscii || (primaryAscii && MarkLabels.Fold(label) == mark.Labels[0]);
            Add(text, text == withoutArticle ? FormOrigin.WithoutArticle : ownSpelling ? FormOrigin.Label : FormOrigin.OtherScript);
            if (!ascii)
            {
                Add(Clean(label.Transliterate()), FormOrigin.Transliterated);
            }
        }

        foreach (var own in OfficialDomainForms(mark))
        {
            Add(own, FormOrigin.OfficialDomain);
        }

        var distinctive = RemovePhrases(words, corporate);
        if (distinctive.Count > 0 && distinctive.Count < words.Count)
        {
            Add(Clean(string.Concat(distinctive)), FormOrigin.Distinctive);
        }

        // A name with single letters among its words (JOS A. BANK, K KLIM) is also written without them (josbank, klim):
        // the letters are initials or a logo's letter that a registrant leaves out. A last single letter is a series or
        // model letter (PLAN B), part of the name. Not when what is left is an ordinary English word or words run
        // together, or a word or place of the lexicon.
        var lettered = words.Where(w => w.Length > 1 && w.Any(char.IsAsciiLetterOrDigit)).ToList();
        if (words.Count >= 2 && lettered.Count >= 1 && lettered.Count < words.Count && words[^1].Length > 1
            && words.Any(w => w.Length == 1 && char.IsAsciiLetter(w[0]))
            && Clean(string.Concat(lettered)) is { Length: >= 4 } withoutLetters && !_words.IsWordSequence(withoutLetters, minWord: 2)
            && IsNoWordOrPlace(withoutLetters))
        {
            Add(withoutLetters, FormOrigin.WithoutInitials);
        }

        // The first two words of a longer name (ARCHER-DANIELS-MIDLAND as archerdaniels, TRU SIMULATION + TRAINING as
        // trusimulation): what a reader calls the name for short. Not when the pair is ordinary English words run
        // together (conventiondata of CONVENTION DATA SERVICES) or a word or place of the lexicon (costarica), which
        // name nothing of the owner's; a surname is no ordinary word (daniels is in the word list only as a name). A
        // leading article goes with its word (LE PARISIEN LIBERE as leparisien), as the name is said. A link word
        // after the pair leaves the pair whole (WILSHIRE REFRIGERATION & APPLIANCE as wilshirerefrigeration); one
        // inside it does not (BANK OF AMERICA has no such pair).
        var article = distinctive.Count >= 3 && Articles.Contains(distinctive[0]) && !LinkWords.Contains(distinctive[1]);
        var named = distinctive.Where((w, i) => !LinkWords.Contains(w) || (article && i == 0)).ToList();
        if (named.Count(w => w.Length > 1) >= 3 && named.Count >= 2 && named[0] == distinctive[0] && named[1] == distinctive[1]
            && named[0].Length >= 2 && named[1].Length >= 3
            && Clean(named[0] + named[1]) is { Length: >= LeadingWordsMinLength } leading
            && !IsEnglishWordSequence(leading) && !_segmenter.Lexicon.Contains(leading))
        {
            Add(leading, FormOrigin.LeadingWords);
        }

        // A name its owner writes with capitals inside its words (Ou-ToKumPu) marks its syllables; the capitals are the
        // name's own shorthand (otkp), as initials are a name of several words'. Four capitals at least (three are any
        // company's initials: ABB for AirBnB), and not when they spell a word or place of the lexicon. A name in capitals,
        // or with capital initials only, says nothing of the kind.
        if (CamelCapitals(mark.Name) is { } capitals && !_segmenter.Lexicon.Contains(capitals) && !_words.Contains(capitals))
        {
            Add(capitals, FormOrigin.Capitals);
        }

        var reorderable = distinctive.Where(w => !LinkWords.Contains(w)).ToList();
        if (reorderable.Count is 2 or 3 && reorderable.All(w => w.Length >= 2))
        {
            // The name in its own order without the words that link its words (universitypatanjali, 90odegreereflex):
            // a registrant drops them as the reordered forms do.
            if (reorderable.Count < distinctive.Count)
            {
                Add(Clean(string.Concat(reorderable)), FormOrigin.WithoutLinkWords);
            }

            foreach (var order in Permutations(reorderable).Skip(1))
            {
                Add(Clean(string.Concat(order)), FormOrigin.Reordered);
            }

            // English says a name of two words the other way round with 'of' (OXFORD UNIVERSITY as universityofoxford),
            // as it drops the 'of' of UNIVERSITY OF OXFORD: the same two words to a reader.
            if (reorderable.Count == 2 && distinctive.Count == 2)
            {
                Add(Clean(reorderable[1] + "of" + reorderable[0]), FormOrigin.ReorderedWithOf, exactOnly: true);
            }
        }

        // The whole name without its link words, a corporate word kept (BANCO DE ESPAÑA as bancoespana): what is said of
        // the distinctive words above holds for the name as written too. Exact only: a corporate word beside a place or
        // a word is close to many names, and a slip of it would be closer still.
        var unlinked = words.Where(w => !LinkWords.Contains(w)).ToList();
        if (unlinked.Count is 2 or 3 && unlinked.Count < words.Count && unlinked.All(w => w.Length >= 2) && !unlinked.SequenceEqual(reorderable))
        {
            Add(Clean(string.Concat(unlinked)), FormOrigin.WithoutLinkWords, exactOnly: true);
        }

        // A one-word name of a number and a word (188BET, 99DESIGNS) is read in either order (bet188, designs99), as a
        // name of two words is reordered: the same two elements to a reader.
        if (words.Count == 1 && NumberAndWord(words[0]) is { } swapped)
        {
            Add(swapped, FormOrigin.Reordered);
        }

        // A name that lists alternatives (TOD'S or HOGAN) is screened under each of them; an alternative that is an
        // ordinary English word (DEAD or ALIVE) is a phrase's word, not a name of its own.
        foreach (var alternative in Alternatives(words).Concat(DashedParts(mark.Name)))
        {
            if (!_segmenter.Lexicon.IsEnglishWord(alternative) && alternative.Length >= 3)
            {
                Add(alternative, FormOrigin.Alternative);
            }
        }

        // ... and is also screened as its label.
        if (asDomain is not null)
        {
            Add(Clean(asDomain.RegistrableLabel), FormOrigin.Distinctive);
        }

        // A Roman numeral of the name in digits (LOUIS XIII as louis13): the same name read aloud. Only a numeral after
        // another word, of two letters or more, so that a word such as 'mix' or a lone 'I' is never read as a number.
        if (words.Count >= 2 && RomanNumeral(words[^1]) is { } number)
        {
            Add(Clean(string.Concat(words.Take(words.Count - 1)) + number.ToString(System.Globalization.CultureInfo.InvariantCulture)), FormOrigin.Numeral, exactOnly: true);
        }

        // A year that ends the name written with its last two digits (PARIS 2024 as paris24, EURO 2020 as euro20): how an
        // event's public writes it, on tickets, hashtags and shirts. Only a year of this or the last century after a word.
        if (words.Count >= 2 && ShortYear(words[^1]) is { } year)
        {
            Add(Clean(string.Concat(words.Take(words.Count - 1)) + year), FormOrigin.ShortYear, exactOnly: true);
        }

        // A number that is a word of the name written the other way, digits as the English word or the word as digits
        // (DELTA 9 as deltanine, SEVEN ELEVEN as 7eleven): the name read aloud is the same. Whole words only.
        if (words.Count >= 2)
        {
            foreach (var spoken in NumbersSpelledTheOtherWay(words))
            {
                Add(Clean(spoken), FormOrigin.SoundAlike, exactOnly: true);
            }
        }

        // Shorthands of the name its public writes: a place as its code (nzpost), a first name cut short (pamanderson).
        foreach (var (shorthand, origin) in Shorthands(words))
        {
            Add(shorthand, origin, exactOnly: true);
        }

        // A number word written as its digit, or a digit as its word (CARS FOR SALE as cars4sale, BACK2SCHOOL as
        // backtoschool): the name read aloud is the same, and the swap is a stock variant of squatters. Exact forms
        // only, so a word's letters that happen to spell 'for' (platform) yield a string nobody else registers.
        foreach (var text in texts.Where(t => System.Text.Ascii.IsValid(t)).ToList())
        {
            foreach (var soundAlike in SoundAlikes(text))
            {
                Add(soundAlike, FormOrigin.SoundAlike, exactOnly: true);
            }
        }

        // The name spelt as it sounds (netfliks for NETFLIX, fotoshop for PHOTOSHOP, mikrosoft for MICROSOFT): one
        // English spelling of a sound swapped for another, a stock variant of squatters and of phishing mail. Exact forms
        // of the name's own labels only, and not when the respelling is itself a word or place.
        foreach (var label in forms[ownForms..].Where(f => f.Origin == FormOrigin.Label && f.IsAscii).Select(f => f.Text).ToList())
        {
            foreach (var respelled in Respellings(label))
            {
                if (IsNoWordOrPlace(respelled))
                {
                    Add(respelled, FormOrigin.Respelled, exactOnly: true);
                }
            }
        }

        // A word of the name in its plural or singular (PRICE RUNNER as pricesrunner): the same words to a reader.
        foreach (var (inflected, exactOnly) in InflectedNames(words))
        {
            Add(Clean(inflected), FormOrigin.Inflected, exactOnly);
        }

        // ... and so is each part of a name written as several (SHOE ZONE - SHOEZONE as shoeszone, so shoeszones is its
        // plural): a part is a name of its own, with the same readings as a name of its own words.
        foreach (var part in DashedPartWords(mark.Name))
        {
            foreach (var (inflected, exactOnly) in InflectedNames(part))
            {
                Add(Clean(inflected), FormOrigin.Inflected, exactOnly);
            }
        }
    }

    private static readonly (string Word, char Digit)[] NumberWords = [("for", '4'), ("four", '4'), ("to", '2'), ("too", '2'), ("two", '2')];

    private static readonly string[] CardinalWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    /// <summary>
    /// The name's words run together with a word that is a number from 0 to 20 written the other way (9 → nine, nine → 9):
    /// each such word on its own, then all of them at once when there are several (SEVEN ELEVEN: 7eleven, seven11, 711).
    /// </summary>
    internal static IEnumerable<string> NumbersSpelledTheOtherWay(IReadOnlyList<string> words)
    {
        var other = words.Select(OtherSpelling).ToArray();
        var numbers = other.Count(o => o is not null);
        for (var i = 0; i < words.Count; i++)
        {
            if (other[i] is { } spelled)
            {
                yield return string.Concat(words.Select((w, k) => k == i ? spelled : w));
            }
        }

        if (numbers >= 2)
        {
            yield return string.Concat(words.Select((w, k) => other[k] ?? w));
        }
    }

    /// <summary>A number from 0 to 20 as its English word when written in digits, in digits when written as the word; otherwise null.</summary>
    private static string? OtherSpelling(string word) =>
        word.Length <= 2 && int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n < CardinalWords.Length
            ? CardinalWords[n]
            : Array.IndexOf(CardinalWords, word) is var k and >= 0 ? k.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// The label with one number word between two runs of letters written as its digit (carsforsale → cars4sale), or one
    /// digit between two runs of letters written as its words (back2school → backtoschool, backtwoschool).
    /// </summary>
    internal static IEnumerable<string> SoundAlikes(string label)
    {
        foreach (var (word, digit) in NumberWords)
        {
            for (var at = label.IndexOf(word, 2, StringComparison.Ordinal); at >= 0 && at + word.Length <= label.Length - 2; at = label.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                if (LettersAround(label, at, word.Length))
                {
                    yield return string.Concat(label.AsSpan(0, at), digit.ToString(), label.AsSpan(at + word.Length));
                }
            }
        }

        for (var at = 2; at < label.Length - 2; at++)
        {
            if (label[at] is not ('2' or '4') || !LettersAround(label, at, 1))
            {
                continue;
            }

            foreach (var (word, digit) in NumberWords)
            {
                if (digit == label[at] && word != "too") // 'too' reads as 2, but nobody writes a name's 2 back as 'too'
                {
                    yield return string.Concat(label.AsSpan(0, at), word, label.AsSpan(at + 1));
                }
            }
        }
    }

    /// <summary>
    /// The label with one spelling of a sound written another way English writes it: x as ks (not a first x, which
    /// sounds z), ks and cks as x, ph as f, ck as k, qu as kw, and a hard c (before a, o, u, l, r, t or at the end) as k.
    /// Labels of five letters or more, so that short names keep their own letters.
    /// </summary>
    internal static IEnumerable<string> Respellings(string label)
    {
        if (label.Length < 5)
        {
            yield break;
        }

        foreach (var (from, to) in SoundSpellings)
        {
            for (var at = label.IndexOf(from, StringComparison.Ordinal); at >= 0; at = label.IndexOf(from, at + 1, StringComparison.Ordinal))
            {
                if (from == "x" && at == 0)
                {
                    continue;
                }

                if (from == "c" && ((at + 1 < label.Length && label[at + 1] is not ('a' or 'o' or 'u' or 'l' or 'r' or 't')) || (at > 0 && label[at - 1] == 's')))
                {
                    continue; // a soft c (ce, ci, cy), ch or ck, or sc, which keep their own sound
                }

                yield return string.Concat(label.AsSpan(0, at), to, label.AsSpan(at + from.Length));
            }
        }
    }

    private static readonly (string From, string To)[] SoundSpellings =
        [("x", "ks"), ("cks", "x"), ("ks", "x"), ("ph", "f"), ("ck", "k"), ("qu", "kw"), ("c", "k")];

    private static bool LettersAround(string label, int at, int length) =>
        char.IsAsciiLetter(label[at - 1]) && char.IsAsciiLetter(label[at - 2]) && char.IsAsciiLetter(label[at + length]) && char.IsAsciiLetter(label[at + length + 1]);

    /// <summary>
    /// The word of a number and a word of three letters or more in the other order (188bet → bet188, designs99 →
    /// 99designs), or null when the word is not exactly a run of digits and a run of letters.
    /// </summary>
    internal static string? NumberAndWord(string word)
    {
        var split = 1;
        while (split < word.Length && char.IsAsciiDigit(word[split]) == char.IsAsciiDigit(word[0]))
        {
            split++;
        }

        if (split == word.Length || word[split..].Any(c => char.IsAsciiDigit(c) != char.IsAsciiDigit(word[split])))
        {
            return null;
        }

        var (head, tail) = (word[..split], word[split..]);
        var letters = char.IsAsciiDigit(head[0]) ? tail : head;
        return letters.Length >= 3 && letters.All(char.IsAsciiLetterLower) ? tail + head : null;
    }

    /// <summary>The last two digits of a year from 1900 to 2099 written as four digits ("2024" gives "24"), or null.</summary>
    internal static string? ShortYear(string word) =>
        word.Length == 4 && word.All(char.IsAsciiDigit) && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal))
            ? word[2..]
            : null;

    /// <summary>The value of a Roman numeral from II to XXXIX written as numerals are (xiii, not iiiiii), or null.</summary>
    internal static int? RomanNumeral(string word)
    {
        if (word.Length < 2 || word.Any(c => c is not ('i' or 'v' or 'x')))
        {
            return null;
        }

        string[] ones = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
        for (var value = 2; value < 40; value++)
        {
            if (word == new string('x', value / 10) + ones[value % 10])
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// The name as a domain when it is written as one under a delegated TLD (GUNBROKER.COM, clubwear.nl); not Mr.Clean or
    /// Dr.Oetker, whose last word is no TLD, nor JOS A. BANK, whose dot ends an initial: the ending follows its dot
    /// unspaced (PILOT MALL.COM, GUNBROKER .COM).
    /// </summary>
    private static DomainName? WrittenAsADomain(string name) =>
        name.TrimEnd() is var trimmed && trimmed.LastIndexOf('.') is >= 0 and var dot && dot < trimmed.Length - 1 && !trimmed[(dot + 1)..].Any(char.IsWhiteSpace)
            && DomainName.Parse(name.Replace(" ", string.Empty, StringComparison.Ordinal)).Domain is { } domain && domain.LabelCount == domain.SuffixLabelCount + 1
            && PublicSuffixList.Default.Lists(domain.Ascii[(domain.Ascii.LastIndexOf('.') + 1)..])
            ? domain
            : null;

    /// <summary>A name's folded words, '&amp;' read as 'and' (TOD'S or HOGAN: tods, or, hogan).</summary>
    internal static List<string> NameWords(string name) =>
        MarkLabels.Fold(name.Replace("&", " and ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>
    /// The parts of a name written as several names set apart by a spaced dash (HOTEL HERMITAGE - MONTE-CARLO,
    /// SHOE ZONE - SHOEZONE), or none: each part is a name of its own; a dash inside a word (MONTE-CARLO) does not split.
    /// </summary>
    private static string[] NameParts(string name)
    {
        var parts = name.Split(" - ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length < 2 ? [] : parts;
    }

    /// <summary>Each of <see cref="NameParts"/> as a label, unless it is a word or place of the lexicon.</summary>
    private IEnumerable<string> DashedParts(string name) =>
        NameParts(name).Select(p => Clean(MarkLabels.Fold(p))).Where(p => !_segmenter.Lexicon.Contains(p));

    /// <summary>The words of each of <see cref="NameParts"/>.</summary>
    private static IEnumerable<List<string>> DashedPartWords(string name) => NameParts(name).Select(NameWords);

    /// <summary>The names either side of a single 'or' in a mark's words (tods and hogan of TOD'S or HOGAN), or none.</summary>
    private static IEnumerable<string> Alternatives(List<string> words)
    {
        var or = words.IndexOf("or");
        if (or <= 0 || or == words.Count - 1 || words.LastIndexOf("or") != or)
        {
            return [];
        }

        return [Clean(string.Concat(words.Take(or))), Clean(string.Concat(words.Skip(or + 1)))];
    }

    /// <summary>True when the text is lower-case English words of two letters or more run together (names and brands not counted).</summary>
    private bool IsEnglishWordSequence(ReadOnlySpan<char> text)
    {
        Span<bool> reachable = text.Length < 256 ? stackalloc bool[text.Length + 1] : new bool[text.Length + 1];
        reachable.Clear();
        reachable[0] = true;
        for (var start = 0; start < text.Length; start++)
        {
            for (var end = start + 2; reachable[start] && end <= text.Length; end++)
            {
                reachable[end] |= _segmenter.Lexicon.IsEnglishWord(text[start..end]);
            }
        }

        return reachable[text.Length];
    }

    /// <summary>The shortest form made of a name's first two words: shorter pairs are initials and short words that meet any name.</summary>
    private const int LeadingWordsMinLength = 9;

    private const int MinCapitals = 4;

    /// <summary>
    /// The capitals of a name written in camel case (a lower-case letter followed by a capital inside a word), each
    /// capital starting a syllable, folded to lower case; null when no word is written so, when two capitals meet, or
    /// when the capitals are fewer than <see cref="MinCapitals"/>.
    /// </summary>
    internal static string? CamelCapitals(string name)
    {
        var camel = false;
        var capitals = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsAsciiLetterUpper(c))
            {
                continue;
            }

            if (i + 1 < name.Length && char.IsAsciiLetterUpper(name[i + 1]))
            {
                return null; // a word in capitals (McMASTER) is written whole, not syllable by syllable
            }

            capitals.Append(char.ToLowerInvariant(c));
            camel |= i > 0 && char.IsAsciiLetterLower(name[i - 1]);
        }

        return camel && capitals.Length >= MinCapitals ? capitals.ToString() : null;
    }

    /// <summary>The link words that are articles: said with the word they stand before.</summary>
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "the", "la", "le", "les", "el", "die", "der", "das" };

    /// <summary>Articles and linking words that are not reordered with the words of a mark (of, and, the, de …).</summary>
    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal)
    {
        "the", "and", "of", "la", "le", "les", "el", "die", "der", "das", "de", "du", "des", "di", "da", "von", "van", "y", "et", "und", "by",
    };

    private static List<string> RemovePhrases(List<string> words, string[][] phrases)
    {
        var result = new List<string>(words);
        foreach (var phrase in phrases)
        {
            for (var i = 0; i + phrase.Length <= result.Count; i++)
            {
                if (result.Skip(i).Take(phrase.Length).SequenceEqual(phrase, StringComparer.Ordinal) && result.Count > phrase.Length)
                {
                    result.RemoveRange(i, phrase.Length);
                    i--;
                }
            }
        }

        return result;
    }

    private static IEnumerable<List<string>> Permutations(List<string> items)
    {
        if (items.Count <= 1)
        {
            yield return [.. items];
            yield break;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var rest = items.Where((_, j) => j != i).ToList();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }

    /// <summary>True when the text is no word of the English list (names included) and no word or place of the lexicon.</summary>
    private bool IsNoWordOrPlace(ReadOnlySpan<char> text) => !_words.Contains(text) && !_segmenter.Lexicon.Contains(text);

    /// <summary>Lower-case letters and digits only (hyphens and punctuation dropped).</summary>
    internal static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
