using BrandWatch.Rules.Pages;
using BrandWatch.Rules.Pages.Visual;
using BrandWatch.Worker.Crawling;
using SkiaSharp;

namespace BrandWatch.Worker.Tests.Crawling;

/// <summary>Real images decoded by SkiaSharp: the same logo altered stays close in hash distance, another logo does not, blank and tiny images never match.</summary>
public sealed class ImageFingerprintsTests
{
    private static readonly SKColor Blue = new(0x1a, 0x4d, 0xb3);

    private static readonly ImageFingerprint Reference = Fingerprint(TestLogos.Ring(400, 160, Blue));

    public static TheoryData<string> SameLogo { get; } = ["resized to a quarter", "JPEG at quality 40", "recoloured slightly", "as an ICO favicon"];

    [Theory]
    [MemberData(nameof(SameLogo))]
    public void Fingerprint_SameLogoAltered_IsWithinTheMatchDistance(string variant)
    {
        var (reference, bytes) = variant switch
        {
            "resized to a quarter" => (Reference, TestLogos.Ring(100, 40, Blue)),
            "JPEG at quality 40" => (Reference, TestLogos.Ring(300, 120, Blue, SKEncodedImageFormat.Jpeg, 40)),
            "recoloured slightly" => (Reference, TestLogos.Ring(400, 160, new SKColor(0x22, 0x58, 0xc0))),
            _ => (Fingerprint(TestLogos.Ring(256, 256, Blue)), TestLogos.Ico(TestLogos.Ring(48, 48, Blue), 48)),
        };

        var altered = Fingerprint(bytes);

        var distance = ImageFingerprint.Distance(reference.DifferenceHash, altered.DifferenceHash);
        Assert.True(distance <= PageAnalysisOptions.Default.MaxVisualDistance, $"{variant}: distance {distance}");
        Assert.Null(altered.Unusable(PageAnalysisOptions.Default));
    }

    [Fact]
    public void Fingerprint_DifferentLogo_IsBeyondTheMatchDistance()
    {
        var other = Fingerprint(TestLogos.Stripes(400, 160, Blue));

        var distance = ImageFingerprint.Distance(Reference.DifferenceHash, other.DifferenceHash);
        Assert.True(distance > PageAnalysisOptions.Default.MaxVisualDistance, $"distance {distance}");
    }

    [Theory]
    [InlineData(200, 200, "blank or a single colour")]
    [InlineData(12, 12, "smaller than 16 px")]
    public void Fingerprint_BlankOrTinyImage_IsUnusable(int width, int height, string reason)
    {
        var fingerprint = Fingerprint(width < 16 ? TestLogos.Ring(width, height, Blue) : TestLogos.Blank(width, height, SKColors.Red));

        Assert.Contains(reason, fingerprint.Unusable(PageAnalysisOptions.Default), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>")]
    [InlineData("GIF89a truncated")]
    [InlineData("")]
    public void Fingerprint_NotARasterImage_IsAnErrorValue(string text)
    {
        var (fingerprint, error) = ImageFingerprints.FromBytes(System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Null(fingerprint);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Fingerprint_ImageDeclaringHugeDimensions_IsRefusedBeforeDecoding()
    {
        // A PNG header declaring 30,000 × 30,000 pixels: the codec reads the size, the pixels are never allocated.
        var png = TestLogos.Ring(64, 64, Blue);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), 30_000);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), 30_000);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));

        var (fingerprint, error) = ImageFingerprints.FromBytes(png);

        Assert.Null(fingerprint);
        Assert.Contains("30000×30000 px is outside the decoded size limit", error, StringComparison.Ordinal);
    }

    /// <summary>The PNG chunk checksum (CRC-32, polynomial 0xEDB88320), so the edited header stays valid.</summary>
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private static ImageFingerprint Fingerprint(byte[] bytes)
    {
        var (fingerprint, error) = ImageFingerprints.FromBytes(bytes);
        return fingerprint ?? throw new InvalidOperationException(error);
    }
}
