using System.Numerics;

namespace BrandWatch.Rules.Pages.Visual;

/// <summary>
/// What the analysis knows of one decoded image: the SHA-256 of its bytes, its size, a 64-bit difference hash (dHash)
/// of its 9×8 grey thumbnail and that thumbnail's contrast. The host decodes; the hash and every decision are here.
/// </summary>
public sealed record ImageFingerprint
{
    /// <summary>Width and height of the grey thumbnail the difference hash reads.</summary>
    public const int ThumbnailWidth = 9, ThumbnailHeight = 8;

    /// <summary>SHA-256 of the image file's bytes, lower-case hex.</summary>
    public required string Sha256 { get; init; }

    public required ulong DifferenceHash { get; init; }

    public required int Width { get; init; }

    public required int Height { get; init; }

    /// <summary>Standard deviation of the thumbnail's grey levels (0–255): near 0 for a blank or single-colour image.</summary>
    public required double Contrast { get; init; }

    /// <summary>
    /// The fingerprint of a 9×8 grey thumbnail (row by row, 0 black to 255 white, transparency already laid on white):
    /// bit <c>8·row + column</c> is set when a pixel is brighter than its right-hand neighbour.
    /// </summary>
    public static ImageFingerprint FromThumbnail(ReadOnlySpan<byte> grey, int width, int height, string sha256)
    {
        if (grey.Length != ThumbnailWidth * ThumbnailHeight)
        {
            throw new ArgumentException($"expected {ThumbnailWidth * ThumbnailHeight} grey levels, got {grey.Length}", nameof(grey));
        }

        ulong hash = 0;
        for (var row = 0; row < ThumbnailHeight; row++)
        {
            for (var column = 0; column < ThumbnailWidth - 1; column++)
            {
                if (grey[(row * ThumbnailWidth) + column] > grey[(row * ThumbnailWidth) + column + 1])
                {
                    hash |= 1UL << ((row * (ThumbnailWidth - 1)) + column);
                }
            }
        }

        double sum = 0, squares = 0;
        foreach (var level in grey)
        {
            sum += level;
            squares += level * level;
        }

        var mean = sum / grey.Length;
        return new ImageFingerprint
        {
            Sha256 = sha256,
            DifferenceHash = hash,
            Width = width,
            Height = height,
            Contrast = Math.Sqrt(Math.Max(0, (squares / grey.Length) - (mean * mean))),
        };
    }

    /// <summary>Bits in which two difference hashes differ (0 to 64).</summary>
    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    /// <summary>Why the image can never match a logo (too small, blank or a single colour), or null when it can.</summary>
    public string? Unusable(PageAnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Math.Min(Width, Height) < options.MinImageSide)
        {
            return $"{Width}×{Height} px is smaller than {options.MinImageSide} px";
        }

        return Contrast < options.MinImageContrast ? $"blank or a single colour (contrast {Contrast:0.#})" : null;
    }
}
