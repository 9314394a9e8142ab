namespace BrandWatch.Rules.Marks;

/// <summary>How a mark's reference logo or favicon is written in the portfolio: a relative file name or a base64 data URL.</summary>
public static class ReferenceImage
{
    /// <summary>The largest reference accepted, as a data URL's length or a file's size in bytes.</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>True for a <c>data:image/…;base64,</c> URL.</summary>
    public static bool IsDataUrl(string reference) => reference.StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the reference cannot be read, or null when it is well formed.</summary>
    public static string? Problem(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return "an image reference is empty";
        }

        if (IsDataUrl(reference))
        {
            return reference.Length > MaxBytes * 4 / 3 + 64 ? "a data URL is larger than 1 MiB"
                : Decode(reference) is null ? "a data URL must be data:image/TYPE;base64,DATA" : null;
        }

        if (reference.Contains("://", StringComparison.Ordinal))
        {
            return $"\"{Short(reference)}\" is neither a file name nor a data URL (images are never fetched from the web for the portfolio)";
        }

        return null;
    }

    /// <summary>The bytes of a base64 image data URL, or null when it is not one.</summary>
    public static byte[]? Decode(string reference)
    {
        var comma = reference.IndexOf(',', StringComparison.Ordinal);
        if (!IsDataUrl(reference) || comma < 0)
        {
            return null;
        }

        var header = reference[5..comma];
        if (!header.StartsWith("image/", StringComparison.OrdinalIgnoreCase) || !header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var bytes = Convert.FromBase64String(reference[(comma + 1)..]);
            return bytes.Length > 0 ? bytes : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>A name for the reference in explanations: the file name, or "data URL (N bytes)".</summary>
    public static string Describe(string reference) =>
        IsDataUrl(reference) ? $"data URL ({Decode(reference)?.Length ?? 0} bytes)" : Short(reference);

    private static string Short(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
