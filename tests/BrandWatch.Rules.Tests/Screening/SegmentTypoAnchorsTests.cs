using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>
/// The anchors of typo-in-segment against their definition, computed the slow way with strings: a form is collected for
/// a token end when its edge anchor is the token's first (or last) three or four letters, or its inner anchor sits at
/// one of the probed offsets; forms come in probe order, each once, at most as many as the span holds. The coded table
/// and its bit set must change nothing of that.
/// </summary>
public sealed class SegmentTypoAnchorsTests
{
    [Theory]
    [InlineData(1, "abc", 64)]
    [InlineData(2, "abcde", 32)]
    [InlineData(3, "abcdefghijklmnopqrstuvwxyz", 32)]
    [InlineData(4, "ab", 8)]
    public void Collect_RandomFormsAndTokens_MeetsTheFormsWhoseAnchorsSitAtTheProbedPlacesInProbeOrder(int seed, string alphabet, int room)
    {
        var random = new Random(seed);
        var forms = Enumerable.Range(0, 500).Select(id => (Id: id, Text: RandomText(random, alphabet, 4, 14))).ToList();
        var anchors = new SegmentTypoAnchors(forms);
        var into = new int[room];
        for (var t = 0; t < 300; t++)
        {
            // Tokens of the same letters, now and then with a digit or a letter no form has, which no anchor can meet.
            var token = RandomText(random, alphabet + (t % 5 == 0 ? "7z" : string.Empty), 3, 20);
            foreach (var head in new[] { true, false })
            {
                var expected = Expected(forms, token, head, room);
                var count = anchors.Collect(token, head, into);
                Assert.Equal(expected, into[..count]);
            }
        }
    }

    [Theory]
    [InlineData("tortuga", "tortugaboats", true, true)]
    [InlineData("tortuga", "tortuggaboats", true, true)]
    [InlineData("tortuga", "tortugxboats", true, false)]
    [InlineData("tortuga", "boatstortuga", false, true)]
    [InlineData("tortuga", "boatsxortuga", false, false)]
    [InlineData("tortuga", "tortuga", true, false)]
    [InlineData("tortuga", "tortuagboats", true, true)]  // the last two letters swapped where the piece meets the words
    [InlineData("tortuga", "boatsotrtuga", false, true)] // the first two, for a tail
    [InlineData("tortuga", "tortugqboats", true, false)]
    public void MayBeSlip_FormsLastLetterWhereThePieceMeetsTheWords_DecidesWhetherTheFormIsLookedAt(string form, string token, bool head, bool expected)
    {
        var anchors = new SegmentTypoAnchors([(0, form)]);

        Assert.Equal(expected, anchors.MayBeSlip(0, token, head, minRest: 3));
    }

    private static List<int> Expected(List<(int Id, string Text)> forms, string token, bool head, int room)
    {
        var n = token.Length;
        var places = new List<(bool Edge, string Piece)>();
        for (var edge = 3; edge <= 4 && edge <= n; edge++)
        {
            places.Add((true, head ? token[..edge] : token[(n - edge)..]));
        }

        foreach (var (length, offsets) in new[] { (3, new[] { 2, 3, 4 }), (4, new[] { 2, 3, 4, 5 }) })
        {
            foreach (var offset in offsets.Where(o => o + length <= n))
            {
                places.Add((false, head ? token.Substring(offset, length) : token.Substring(n - offset - length, length)));
            }
        }

        var found = new List<int>();
        foreach (var (isEdge, piece) in places)
        {
            foreach (var (id, text) in forms)
            {
                if (text.Length < SegmentTypoAnchors.MinFormLength || text.Length > SegmentTypoAnchors.MaxFormLength)
                {
                    continue;
                }

                var (edge, inner) = SegmentTypoAnchors.Split(text.Length);
                var anchor = (isEdge, head) switch
                {
                    (true, true) => text[..edge],
                    (true, false) => text[^edge..],
                    (false, true) => text.Substring(SegmentTypoAnchors.InnerStart(text.Length), inner),
                    (false, false) => text.Substring(text.Length - SegmentTypoAnchors.InnerStart(text.Length) - inner, inner),
                };
                if (anchor == piece && !found.Contains(id) && found.Count < room)
                {
                    found.Add(id);
                }
            }
        }

        return found;
    }

    private static string RandomText(Random random, string alphabet, int minLength, int maxLength) =>
        new([.. Enumerable.Range(0, random.Next(minLength, maxLength + 1)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
}
