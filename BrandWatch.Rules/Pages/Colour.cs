using System.Globalization;

namespace BrandWatch.Rules.Pages;

/// <summary>An sRGB colour as AngleSharp.Css computes it ("rgba(255, 255, 255, 1)").</summary>
internal readonly record struct Colour(int Red, int Green, int Blue, double Alpha)
{
    public static Colour White { get; } = new(255, 255, 255, 1);

    public static Colour Black { get; } = new(0, 0, 0, 1);

    public static Colour? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var open = value.IndexOf('(', StringComparison.Ordinal);
        var close = value.LastIndexOf(')');
        if (open < 0 || close < open || !value.StartsWith("rgb", StringComparison.OrdinalIgnoreCase))
        {
            return value.Trim() == "transparent" ? new Colour(0, 0, 0, 0) : null;
        }

        var parts = value[(open + 1)..close].Split([',', ' ', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3)
        {
            return null;
        }

        int Channel(string part) =>
            double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? (int)Math.Round(number) : 0;

        var alpha = parts.Length > 3 && double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var a) ? a : 1;
        return new Colour(Channel(parts[0]), Channel(parts[1]), Channel(parts[2]), alpha);
    }

    public int Distance(Colour other) => Math.Abs(Red - other.Red) + Math.Abs(Green - other.Green) + Math.Abs(Blue - other.Blue);

    public override string ToString() => $"#{Red:x2}{Green:x2}{Blue:x2}";
}
