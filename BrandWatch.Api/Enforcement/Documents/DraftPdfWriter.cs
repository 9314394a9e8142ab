using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace BrandWatch.Api.Enforcement.Documents;

/// <summary>
/// Lays a draft's blocks out on A4 pages with PDFsharp: headings, paragraphs, list markers, quotes with a bar, inline
/// code (domains, hashes) in the monospace font, and each character a font lacks (CJK in a <c>.中国</c> name) set in
/// the CJK face. Lines break at spaces and between CJK characters; a word wider than the line (a long address) breaks
/// where it must. PDFsharp draws strings, not paragraphs (its layout library MigraDoc is not served here), so this
/// small line breaker is ours.
/// </summary>
public static class DraftPdfWriter
{
    private const double PageWidth = 595.28, PageHeight = 841.89, Margin = 62;
    private const double BodySize = 10.5, CodeScale = 0.92, ListIndent = 22, QuoteIndent = 14;

    /// <summary>The PDF's bytes; throws <see cref="DraftFontException"/> when no font found covers a character of the draft.</summary>
    public static byte[] Write(IReadOnlyList<DraftBlock> blocks, DraftFontSet fonts, string title)
    {
        using var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Creator = "BrandWatch";
        document.Info.Subject = "Draft for review by a person before it is sent or filed";
        document.Options.CompressContentStreams = true;
        var layout = new Layout(document, new FontBook(fonts));
        try
        {
            var first = true;
            foreach (var block in blocks)
            {
                layout.Draw(block, first);
                first = false;
            }
        }
        finally
        {
            layout.Close();
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>The fonts by role and size, and which face covers a character.</summary>
    private sealed class FontBook(DraftFontSet set)
    {
        private readonly Dictionary<(string Path, bool Bold, bool Italic, double Size), XFont> _fonts = [];
        private readonly Dictionary<(string Path, int CodePoint), bool> _covers = [];
        private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

        public XFont Get(DraftSpan style, double size, bool cjk = false)
        {
            var (path, simulateBold, simulateItalic) = cjk ? (set.Cjk!, style.Bold, style.Italic)
                : style.Code ? Styled(set.Mono, style.Bold ? set.MonoBold : set.Mono, style.Bold, false)
                : (style.Bold, style.Italic) switch
                {
                    (true, true) => Styled(set.Sans, set.SansBoldItalic ?? set.SansBold, true, true),
                    (true, false) => Styled(set.Sans, set.SansBold, true, false),
                    (false, true) => Styled(set.Sans, set.SansItalic, false, true),
                    _ => (set.Sans, false, false),
                };
            var key = (path, simulateBold, simulateItalic, size);
            if (!_fonts.TryGetValue(key, out var font))
            {
                var styleEx = (simulateBold ? XFontStyleEx.Bold : XFontStyleEx.Regular) | (simulateItalic ? XFontStyleEx.Italic : XFontStyleEx.Regular);
                font = new XFont(path, size, styleEx, Unicode);
                _fonts[key] = font;
            }

            return font;
        }

        /// <summary>The styled file when there is one; else the regular file with the style simulated.</summary>
        private static (string Path, bool Bold, bool Italic) Styled(string regular, string? styled, bool bold, bool italic) =>
            styled is null ? (regular, bold, italic) : (styled, bold && !styled.Contains("Bold", StringComparison.OrdinalIgnoreCase), false);

        public bool HasCjk => set.Cjk is not null;

        public bool Covers(XFont font, int codePoint)
        {
            var key = (font.FontFamily.Name, codePoint);
            if (!_covers.TryGetValue(key, out var covers))
            {
                covers = GlyphHelper.GlyphIndexFromCodePoint(codePoint, font) != 0;
                _covers[key] = covers;
            }

            return covers;
        }
    }

    /// <summary>A run of text in one font; <c>Link</c> colours it.</summary>
    private sealed record Piece(string Text, XFont Font, bool Link, double Width);

    /// <summary>Pieces with no break between them; <c>Space</c> when a space precedes it; <c>Break</c> for a forced line break.</summary>
    private sealed class Word
    {
        public List<Piece> Pieces { get; } = [];
        public bool Space { get; init; }
        public bool Break { get; init; }
        public double Width => Pieces.Sum(p => p.Width);
    }

    private sealed class Layout(PdfDocument document, FontBook fonts)
    {
        private XGraphics? _graphics;
        private PdfPage? _page;
        private double _y;

        private XGraphics Graphics => _graphics ?? NewPage();

        private XGraphics NewPage()
        {
            _graphics?.Dispose();
            _page = document.AddPage();
            _page.Width = XUnit.FromPoint(PageWidth);
            _page.Height = XUnit.FromPoint(PageHeight);
            _graphics = XGraphics.FromPdfPage(_page);
            _y = Margin;
            return _graphics;
        }

        public void Close() => _graphics?.Dispose();

        private bool AtPageTop => _graphics is null || _y <= Margin;

        public void Draw(DraftBlock block, bool first)
        {
            var left = Margin + (block.Quote ? QuoteIndent : 0) + block.Depth * ListIndent;
            var width = PageWidth - Margin - left;
            switch (block.Kind)
            {
                case DraftBlockKind.Heading:
                    var size = block.Level switch { 1 => 17, 2 => 13.5, 3 => 11.5, _ => 10.5 };
                    Space(first ? 0 : block.Level <= 2 ? 14 : 10);
                    // A heading stays with the first lines of what it heads.
                    Ensure(size * 1.4 + BodySize * 1.45 * 2);
                    Lines(block.Spans.Select(s => s with { Bold = true }).ToList(), size, left, width, block.Quote, null);
                    Space(2);
                    break;
                case DraftBlockKind.Rule:
                    Space(8);
                    Ensure(4);
                    Graphics.DrawLine(XPens.Gray, left, _y, PageWidth - Margin, _y);
                    Space(8);
                    break;
                case DraftBlockKind.Code:
                    Space(first ? 0 : 5);
                    Lines(block.Spans, BodySize * CodeScale, left + 10, width - 10, block.Quote, block.Marker);
                    break;
                default:
                    Space(first ? 0 : block.Marker is not null && block.Depth > 0 ? 3 : 6);
                    Lines(block.Spans, BodySize, left, width, block.Quote, block.Marker);
                    break;
            }
        }

        private void Space(double points)
        {
            if (!AtPageTop)
            {
                _y += points;
            }
        }

        private void Ensure(double height)
        {
            if (_graphics is null || _y + height > PageHeight - Margin)
            {
                NewPage();
            }
        }

        private void Lines(IReadOnlyList<DraftSpan> spans, double size, double left, double width, bool quote, string? marker)
        {
            var lineHeight = size * 1.45;
            var words = Words(spans, size);
            var line = new List<Word>();
            var x = 0.0;
            var firstLine = true;

            void Emit()
            {
                Ensure(lineHeight);
                var baseline = _y + size * 1.1;
                if (quote)
                {
                    Graphics.DrawRectangle(XBrushes.LightGray, Margin + 2, _y, 2.5, lineHeight);
                }

                if (firstLine && marker is not null)
                {
                    var markerFont = fonts.Get(new DraftSpan(marker), size);
                    var markerWidth = Graphics.MeasureString(marker, markerFont).Width;
                    Graphics.DrawString(marker, markerFont, XBrushes.Black, left - markerWidth - 5, baseline);
                }

                var at = left;
                for (var i = 0; i < line.Count; i++)
                {
                    var word = line[i];
                    if (word.Space && i > 0)
                    {
                        // The space belongs to the text before it: a monospace space after prose would look too wide.
                        var font = line[i - 1].Pieces[^1].Font;
                        Graphics.DrawString(" ", font, XBrushes.Black, at, baseline);
                        at += Graphics.MeasureString(" ", font).Width;
                    }

                    foreach (var piece in word.Pieces)
                    {
                        Graphics.DrawString(piece.Text, piece.Font, piece.Link ? XBrushes.DarkBlue : XBrushes.Black, at, baseline);
                        at += piece.Width;
                    }
                }

                _y += lineHeight;
                line.Clear();
                x = 0;
                firstLine = false;
            }

            foreach (var word in words)
            {
                if (word.Break)
                {
                    Emit();
                    continue;
                }

                var space = word.Space && line.Count > 0 ? Graphics.MeasureString(" ", line[^1].Pieces[^1].Font).Width : 0;
                if (line.Count > 0 && x + space + word.Width > width)
                {
                    Emit();
                    space = 0;
                }

                foreach (var part in word.Width > width ? Split(word, width) : [word])
                {
                    if (line.Count > 0 && x + part.Width > width)
                    {
                        Emit();
                    }

                    line.Add(part);
                    x += (line.Count > 1 && part.Space ? space : 0) + part.Width;
                }
            }

            if (line.Count > 0 || firstLine)
            {
                Emit();
            }
        }

        /// <summary>A word wider than the line (a long address) cut where the line ends.</summary>
        private IEnumerable<Word> Split(Word word, double width)
        {
            var current = new Word { Space = word.Space };
            var x = 0.0;
            foreach (var piece in word.Pieces)
            {
                foreach (var element in Elements(piece.Text))
                {
                    var w = Graphics.MeasureString(element, piece.Font).Width;
                    if (x + w > width && current.Pieces.Count > 0)
                    {
                        yield return current;
                        current = new Word();
                        x = 0;
                    }

                    Append(current, element, piece.Font, piece.Link, w);
                    x += w;
                }
            }

            yield return current;
        }

        private static IEnumerable<string> Elements(string text)
        {
            var e = System.Globalization.StringInfo.GetTextElementEnumerator(text);
            while (e.MoveNext())
            {
                yield return e.GetTextElement();
            }
        }

        private static void Append(Word word, string text, XFont font, bool link, double width)
        {
            if (word.Pieces.Count > 0 && ReferenceEquals(word.Pieces[^1].Font, font) && word.Pieces[^1].Link == link)
            {
                var last = word.Pieces[^1];
                word.Pieces[^1] = last with { Text = last.Text + text, Width = last.Width + width };
            }
            else
            {
                word.Pieces.Add(new Piece(text, font, link, width));
            }
        }

        /// <summary>The spans cut into words, each character in the first font that covers it.</summary>
        private List<Word> Words(IReadOnlyList<DraftSpan> spans, double size)
        {
            var words = new List<Word>();
            Word? current = null;
            var space = false;
            foreach (var span in spans)
            {
                if (span.IsLineBreak)
                {
                    current = null;
                    words.Add(new Word { Break = true });
                    space = false;
                    continue;
                }

                var textSize = span.Code ? size * CodeScale : size;
                var primary = fonts.Get(span, textSize);
                foreach (var rune in span.Text.EnumerateRunes())
                {
                    if (rune.Value is ' ' or '\t' or '\r' or '\n')
                    {
                        current = null;
                        space = true;
                        continue;
                    }

                    var font = Pick(primary, span, textSize, rune);
                    var text = rune.ToString();
                    var width = Graphics.MeasureString(text, font).Width;
                    var wide = IsWide(rune.Value);
                    if (current is null || wide)
                    {
                        current = new Word { Space = space };
                        words.Add(current);
                        space = false;
                    }

                    Append(current, text, font, span.Link is not null, width);
                    if (wide)
                    {
                        // A line may break after any CJK character: those scripts do not separate words with spaces.
                        current = null;
                    }
                }
            }

            return words;
        }

        private XFont Pick(XFont primary, DraftSpan span, double size, Rune rune)
        {
            if (fonts.Covers(primary, rune.Value) || char.IsControl((char)Math.Min(rune.Value, 0xFFFF)))
            {
                return primary;
            }

            if (fonts.HasCjk)
            {
                var cjk = fonts.Get(span, size, cjk: true);
                if (fonts.Covers(cjk, rune.Value))
                {
                    return cjk;
                }
            }

            var other = fonts.Get(span with { Code = !span.Code }, size);
            if (fonts.Covers(other, rune.Value))
            {
                return other;
            }

            throw new DraftFontException(
                $"No font found covers the character '{rune}' (U+{rune.Value:X4}) of this draft; install {DraftFonts.Packages}, " +
                "or put a TrueType font that covers it in Enforcement:FontsFolder.");
        }

        /// <summary>Scripts written without spaces between words (CJK ideographs, kana, Hangul, full-width forms).</summary>
        private static bool IsWide(int c) =>
            c is >= 0x2E80 and <= 0x303F or >= 0x3040 and <= 0x30FF or >= 0x3100 and <= 0x31FF or >= 0x3400 and <= 0x4DBF
                or >= 0x4E00 and <= 0x9FFF or >= 0xAC00 and <= 0xD7AF or >= 0xF900 and <= 0xFAFF or >= 0xFF00 and <= 0xFFEF
                or >= 0x20000 and <= 0x3FFFF;
    }
}
