namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>A subdomain label that is the mark or a look-alike of it, under an unrelated registrable domain (paypal.secure-login.net).</summary>
    private static void SubdomainLabel(in ScreenFacts facts, ref Findings found)
    {
        var index = facts.Index;
        var layout = facts.Layout;
        for (var label = 0; label < layout.Registrable; label++)
        {
            var key = facts.Joined[layout.KeyStart[label]..layout.KeyEnd[label]];
            if (!index._byKey.TryGetValue(key, out var forms))
            {
                continue;
            }

            var raw = facts.Ascii[layout.LabelStart[label]..layout.LabelEnd[label]];
            foreach (var f in forms)
            {
                var form = index._forms[f];
                var exact = raw.Replace("-", string.Empty, StringComparison.Ordinal) == form.Text;
                found.Add(form, MatchKind.LevelSquat, exact ? 0.85 : 0.8,
                    $"the subdomain label '{raw}' {(exact ? "is" : "looks like")} {form.Describe(index.MarkName(form))}, under the unrelated domain {facts.Domain.RegistrableDomain}");
            }
        }
    }
}
