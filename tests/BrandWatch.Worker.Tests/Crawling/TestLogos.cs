using SkiaSharp;

namespace BrandWatch.Worker.Tests.Crawling;

/// <summary>Logos drawn with SkiaSharp for the visual-identity tests, and the same logo resized, recompressed or recoloured.</summary>
internal static class TestLogos
{
    /// <summary>A brand's mark: a ring, a bar and an oval on a transparent ground, in the given colour.</summary>
    public static byte[] Ring(int width, int height, SKColor colour, SKEncodedImageFormat format = SKEncodedImageFormat.Png, int quality = 100) =>
        Draw(width, height, format, quality, (canvas, w, h) =>
        {
            using var paint = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = h * 0.12f };
            canvas.DrawCircle(w * 0.22f, h * 0.5f, h * 0.3f, paint);
            paint.Style = SKPaintStyle.Fill;
            canvas.DrawRect(w * 0.45f, h * 0.2f, w * 0.12f, h * 0.6f, paint);
            canvas.DrawOval(new SKRect(w * 0.65f, h * 0.55f, w * 0.95f, h * 0.85f), paint);
        });

    /// <summary>Another brand's mark: stacked stripes and a square, nothing like <see cref="Ring"/>.</summary>
    public static byte[] Stripes(int width, int height, SKColor colour) =>
        Draw(width, height, SKEncodedImageFormat.Png, 100, (canvas, w, h) =>
        {
            using var paint = new SKPaint { Color = colour, IsAntialias = true };
            for (var i = 0; i < 4; i++)
            {
                canvas.DrawRect(w * (0.05f + (i * 0.12f)), h * (0.1f + (i * 0.2f)), w * 0.5f, h * 0.08f, paint);
            }

            canvas.DrawRect(w * 0.7f, h * 0.05f, w * 0.25f, h * 0.4f, paint);
        });

    /// <summary>A single-colour image.</summary>
    public static byte[] Blank(int width, int height, SKColor colour) =>
        Draw(width, height, SKEncodedImageFormat.Png, 100, (canvas, _, _) => canvas.Clear(colour));

    /// <summary>An ICO file holding one PNG image (the form browsers and Skia read).</summary>
    public static byte[] Ico(byte[] png, int size)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write((ushort)0);
        writer.Write((ushort)1);
        writer.Write((ushort)1);
        writer.Write((byte)(size >= 256 ? 0 : size));
        writer.Write((byte)(size >= 256 ? 0 : size));
        writer.Write((byte)0);
        writer.Write((byte)0);
        writer.Write((ushort)1);
        writer.Write((ushort)32);
        writer.Write(png.Length);
        writer.Write(22);
        writer.Write(png);
        writer.Flush();
        return stream.ToArray();
    }

    public static string DataUrl(byte[] png) => "data:image/png;base64," + Convert.ToBase64String(png);

    private static byte[] Draw(int width, int height, SKEncodedImageFormat format, int quality, Action<SKCanvas, float, float> draw)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            // JPEG has no transparency: draw it on white, as a site would export it.
            canvas.Clear(format == SKEncodedImageFormat.Jpeg ? SKColors.White : SKColors.Transparent);
            draw(canvas, width, height);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }
}
