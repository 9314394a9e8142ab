using System.Globalization;

namespace BrandWatch.Rules.RuleCases;

/// <summary>An inclusive range a score must fall in; either end may be open.</summary>
public sealed record ScoreBounds(double? Min, double? Max)
{
    public bool Contains(double value) => (Min is null || value >= Min - 1e-9) && (Max is null || value <= Max + 1e-9);

    public override string ToString() => (Min, Max) switch
    {
        ({ } min, { } max) => $"[{F(min)}, {F(max)}]",
        ({ } min, null) => $">= {F(min)}",
        (null, { } max) => $"<= {F(max)}",
        _ => "any",
    };

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
