using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>
/// The deletion index against the definition it implements, computed the slow way with strings: a query meets a form
/// exactly when some string left by deleting up to the query's deletions from the text is also left by deleting up to
/// the form's own budget from the form, and the forms come in the order of the query's probes (the whole text, single
/// deletions left to right, pairs in lexicographic order; forms of one probe by id). The filter in front of the
/// table must change nothing of that.
/// </summary>
public sealed class DeletionIndexTests
{
    [Theory]
    [InlineData(1, "ab", 6, 1)]
    [InlineData(2, "abc", 9, 2)]
    [InlineData(3, "abcd", 12, 2)]
    [InlineData(4, "abcdefgh", 16, 2)]
    [InlineData(5, "ab", 4, 1)]
    [InlineData(6, "abc-", 10, 2)]
    public void Query_RandomFormsAndTexts_MeetsExactlyTheFormsSharingADeletionInProbeOrder(int seed, string alphabet, int maxLength, int maxDeletions)
    {
        var random = new Random(seed);
        var forms = Enumerable.Range(0, 400).Select(_ => (Text: RandomText(random, alphabet, 1, maxLength), MaxDeletions: random.Next(0, 3))).ToList();
        var index = new DeletionIndex(forms);
        var neighbourhoods = forms.Select(f => f.MaxDeletions <= 0 ? [] : Deletions(f.Text, f.MaxDeletions).ToHashSet(StringComparer.Ordinal)).ToList();
        for (var q = 0; q < 300; q++)
        {
            var text = RandomText(random, alphabet, 1, maxLength + 2);
            var expected = new List<int>();
            foreach (var probe in ProbeOrder(text, maxDeletions))
            {
                for (var id = 0; id < forms.Count; id++)
                {
                    if (neighbourhoods[id].Contains(probe) && !expected.Contains(id))
                    {
                        expected.Add(id);
                    }
                }
            }

            var found = new List<int>();
            index.Query(text, maxDeletions, found);
            Assert.Equal(expected, found);
            Assert.Equal(expected.Count > 0, index.Any(text, maxDeletions));
        }
    }

    [Theory]
    [InlineData(11, "abcde", 12)]
    [InlineData(12, "abc", 10)]
    public void QueryPairs_AfterASingleDeletionQuery_GivesWhatATwoDeletionQueryGives(int seed, string alphabet, int maxLength)
    {
        var random = new Random(seed);
        var forms = Enumerable.Range(0, 300).Select(_ => (Text: RandomText(random, alphabet, 3, maxLength), MaxDeletions: random.Next(1, 3))).ToList();
        var index = new DeletionIndex(forms);
        for (var q = 0; q < 300; q++)
        {
            var text = RandomText(random, alphabet, 1, maxLength + 2);
            var twice = new List<int>();
            index.Query(text, 1, twice);
            index.QueryPairs(text, twice);
            var once = new List<int>();
            index.Query(text, 2, once);
            Assert.Equal(once, twice);
        }
    }

    /// <summary>
    /// Long forms over the whole alphabet, queried with two-edit variants of them and with unrelated texts: the pair
    /// probes that keep an end no stored string has are skipped, and the forms met and their order must not change.
    /// </summary>
    [Theory]
    [InlineData(21, 4)]
    [InlineData(22, 9)]
    [InlineData(23, 13)]
    public void Query_TwoEditVariantsOfLongForms_MeetsExactlyTheFormsSharingADeletionInProbeOrder(int seed, int minLength)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-";
        var random = new Random(seed);
        var forms = Enumerable.Range(0, 300).Select(_ => (Text: RandomText(random, alphabet[..26], minLength, minLength + 6), MaxDeletions: random.Next(1, 3))).ToList();
        var index = new DeletionIndex(forms);
        var neighbourhoods = forms.Select(f => Deletions(f.Text, f.MaxDeletions).ToHashSet(StringComparer.Ordinal)).ToList();
        for (var q = 0; q < 400; q++)
        {
            var text = q % 4 == 0 ? RandomText(random, alphabet, minLength, minLength + 8) : TwoEdits(random, forms[random.Next(forms.Count)].Text, alphabet);
            var expected = new List<int>();
            foreach (var probe in ProbeOrder(text, 2))
            {
                for (var id = 0; id < forms.Count; id++)
                {
                    if (neighbourhoods[id].Contains(probe) && !expected.Contains(id))
                    {
                        expected.Add(id);
                    }
                }
            }

            var found = new List<int>();
            index.Query(text, 2, found);
            Assert.Equal(expected, found);
            var twice = new List<int>();
            index.Query(text, 1, twice);
            index.QueryPairs(text, twice);
            Assert.Equal(expected, twice);
        }
    }

    [Fact]
    public void Query_FormWithoutBudget_IsNeverMet()
    {
        var index = new DeletionIndex([("paypal", 0), ("heineken", 2)]);
        var found = new List<int>();
        index.Query("paypal", 2, found);
        Assert.Empty(found);
        index.Query("heiniken", 1, found);
        Assert.Equal([1], found);
    }

    // Two random edits (a letter replaced, inserted or deleted), at the ends as often as anywhere else.
    private static string TwoEdits(Random random, string text, string alphabet)
    {
        for (var e = 0; e < 2; e++)
        {
            var at = random.Next(4) switch { 0 => 0, 1 => Math.Max(text.Length - 1, 0), _ => random.Next(text.Length) };
            var letter = alphabet[random.Next(alphabet.Length)];
            text = random.Next(3) switch
            {
                0 when text.Length > 1 => text.Remove(at, 1),
                1 => text.Insert(at, letter.ToString()),
                _ => text.Remove(at, 1).Insert(at, letter.ToString()),
            };
        }

        return text;
    }

    private static string RandomText(Random random, string alphabet, int minLength, int maxLength) =>
        new([.. Enumerable.Range(0, random.Next(minLength, maxLength + 1)).Select(_ => alphabet[random.Next(alphabet.Length)])]);

    /// <summary>Every string left by deleting up to <paramref name="max"/> characters, with repeats.</summary>
    private static IEnumerable<string> Deletions(string text, int max)
    {
        yield return text;
        if (max < 1)
        {
            yield break;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var once = text.Remove(i, 1);
            yield return once;
            if (max >= 2)
            {
                for (var j = i; j < once.Length; j++)
                {
                    yield return once.Remove(j, 1);
                }
            }
        }
    }

    private static IEnumerable<string> ProbeOrder(string text, int max)
    {
        yield return text;
        if (max >= 1)
        {
            for (var i = 0; i < text.Length; i++)
            {
                yield return text.Remove(i, 1);
            }
        }

        if (max >= 2 && text.Length >= 3)
        {
            for (var i = 0; i < text.Length; i++)
            {
                for (var j = i + 1; j < text.Length; j++)
                {
                    yield return text.Remove(j, 1).Remove(i, 1);
                }
            }
        }
    }
}
