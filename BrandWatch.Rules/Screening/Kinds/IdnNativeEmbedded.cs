namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>A mark's form in a non-Latin script inside a longer IDN registrable label (京东商城 holds 京东).</summary>
    private static void IdnNativeEmbedded(in ScreenFacts facts, ref Findings found)
    {
        if (facts.UnicodeRegistrable is not { } unicode)
        {
            return;
        }

        var index = facts.Index;
        foreach (var form in index._nativeForms)
        {
            if (unicode.Length > form.Text.Length && unicode.Contains(form.Text, StringComparison.Ordinal))
            {
                var rest = unicode.Replace(form.Text, " ", StringComparison.Ordinal).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                found.Add(form, MatchKind.Combosquat, 0.85, $"'{unicode}' contains {form.Describe(index.MarkName(form))} plus {Quote(rest)}", rest);
            }
        }
    }
}
