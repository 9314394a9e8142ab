using System.Security.Cryptography;
using BrandWatch.Rules.Pages.Visual;
using SkiaSharp;

namespace BrandWatch.Worker.Crawling;

/// <summary>
/// Decodes an image file (PNG, JPEG, GIF, WebP, BMP, ICO) with SkiaSharp and reduces it to the fingerprint the page
/// analysis compares: transparency laid on white, scaled to a 9×8 grey thumbnail. Undecodable, vector (SVG) and
/// oversized images give an error value, never an exception.
/// </summary>
public static class ImageFingerprints
{
    /// <summary>
    /// Images with more pixels than this are not decoded: a decompression bomb declares huge dimensions, and a logo or
    /// icon is far smaller (one decode holds at most 16 MiB of pixels).
    /// </summary>
    public const long MaxPixels = 2048L * 2048;

    public static (ImageFingerprint? Fingerprint, string? Error) FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return (null, "empty image");
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return (null, "not an image SkiaSharp can decode (PNG, JPEG, GIF, WebP, BMP, ICO)");
        }

        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > MaxPixels)
        {
            return (null, $"image of {info.Width}×{info.Height} px is outside the decoded size limit");
        }

        using var bitmap = new SKBitmap(new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var result = codec.GetPixels(bitmap.Info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return (null, $"image could not be decoded ({result})");
        }

        using var thumbnail = new SKBitmap(new SKImageInfo(ImageFingerprint.ThumbnailWidth, ImageFingerprint.ThumbnailHeight, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(thumbnail))
        using (var image = SKImage.FromBitmap(bitmap))
        {
            canvas.Clear(SKColors.White);
            var sampling = new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear);
            canvas.DrawImage(image, new SKRect(0, 0, ImageFingerprint.ThumbnailWidth, ImageFingerprint.ThumbnailHeight), sampling);
        }

        var grey = new byte[ImageFingerprint.ThumbnailWidth * ImageFingerprint.ThumbnailHeight];
        for (var y = 0; y < ImageFingerprint.ThumbnailHeight; y++)
        {
            for (var x = 0; x < ImageFingerprint.ThumbnailWidth; x++)
            {
                var colour = thumbnail.GetPixel(x, y);
                grey[(y * ImageFingerprint.ThumbnailWidth) + x] = (byte)Math.Round((0.299 * colour.Red) + (0.587 * colour.Green) + (0.114 * colour.Blue));
            }
        }

        return (ImageFingerprint.FromThumbnail(grey, info.Width, info.Height, sha256), null);
    }
}
