using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BrandWatch.Api.Enforcement.Documents;

/// <summary>
/// Writes a draft's blocks as a Word document with the Open XML SDK: Word's own heading styles (so the navigation
/// pane and a table of contents work), real numbered and bulleted lists, a quote style for the warnings, inline code
/// in a monospace font, links as hyperlinks. East Asian text is given an East Asian font for Word to pick.
/// </summary>
public static class DraftDocxWriter
{
    public const string MonoFont = "Courier New";
    private const string TextFont = "Calibri", EastAsiaFont = "SimSun";
    private const int BulletList = 1, OrderedList = 2;

    public static byte[] Write(IReadOnlyList<DraftBlock> blocks, string title)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = title;
            document.PackageProperties.Creator = "BrandWatch";
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var numbering = new Numbering(Abstract(BulletList, ordered: false), Abstract(OrderedList, ordered: true));
            var body = new Body();
            var instances = new Dictionary<int, int>();
            foreach (var block in blocks)
            {
                body.Append(Paragraph(block, main, numbering, instances));
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1247, Bottom = 1247, Left = 1247U, Right = 1247U, Header = 709U, Footer = 709U, Gutter = 0U }));
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(DraftBlock block, MainDocumentPart main, Numbering numbering, Dictionary<int, int> instances)
    {
        var properties = new ParagraphProperties();
        if (block.Kind == DraftBlockKind.Heading)
        {
            properties.Append(new ParagraphStyleId { Val = $"Heading{Math.Clamp(block.Level, 1, 6)}" });
        }
        else if (block.Quote)
        {
            properties.Append(new ParagraphStyleId { Val = "Quote" });
        }

        if (block.Kind == DraftBlockKind.Rule)
        {
            properties.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6U, Space = 1U, Color = "999999" }));
        }

        var indent = block.Depth * 360;
        if (block.Marker is not null && block.ListId > 0)
        {
            // Each ordered list restarts at its own first number: one numbering instance per list.
            if (!instances.TryGetValue(block.ListId, out var instance))
            {
                instance = instances.Count + 1;
                instances[block.ListId] = instance;
                var num = new NumberingInstance(new AbstractNumId { Val = block.Ordered ? OrderedList : BulletList }) { NumberID = instance };
                if (block.Ordered)
                {
                    num.Append(new LevelOverride(new StartOverrideNumberingValue { Val = block.Start }) { LevelIndex = 0 });
                }

                numbering.Append(num);
            }

            properties.Append(new NumberingProperties(new NumberingLevelReference { Val = Math.Min(block.Depth - 1, 2) }, new NumberingId { Val = instance }));
            properties.Append(new SpacingBetweenLines { After = "60" });
        }
        else if (indent > 0 || block.Quote || block.Kind == DraftBlockKind.Code)
        {
            properties.Append(new Indentation { Left = (indent + (block.Quote ? 284 : 0) + (block.Kind == DraftBlockKind.Code ? 284 : 0)).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var paragraph = new Paragraph(properties);
        foreach (var span in block.Spans)
        {
            if (span.IsLineBreak)
            {
                paragraph.Append(new Run(new Break()));
                continue;
            }

            var run = new Run(RunProperties(span, block.Kind == DraftBlockKind.Code), new Text(span.Text) { Space = SpaceProcessingModeValues.Preserve });
            if (span.Link is not null && Uri.TryCreate(span.Link, UriKind.Absolute, out var uri))
            {
                var relation = main.AddHyperlinkRelationship(uri, true);
                paragraph.Append(new Hyperlink(run) { Id = relation.Id });
            }
            else
            {
                paragraph.Append(run);
            }
        }

        return paragraph;
    }

    private static RunProperties RunProperties(DraftSpan span, bool code)
    {
        var properties = new RunProperties();
        if (span.Code || code)
        {
            properties.Append(new RunFonts { Ascii = MonoFont, HighAnsi = MonoFont, ComplexScript = MonoFont, EastAsia = EastAsiaFont });
        }

        if (span.Bold)
        {
            properties.Append(new Bold());
        }

        if (span.Italic)
        {
            properties.Append(new Italic());
        }

        if (span.Link is not null)
        {
            properties.Append(new Color { Val = "1F4E8C" }, new Underline { Val = UnderlineValues.Single });
        }

        return properties;
    }

    private static AbstractNum Abstract(int id, bool ordered)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level < 3; level++)
        {
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = ordered ? NumberFormatValues.Decimal : NumberFormatValues.Bullet },
                new LevelText { Val = ordered ? $"%{level + 1}." : level == 1 ? "◦" : "•" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = (360 * (level + 1) + 60).ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = "360" })) { LevelIndex = level });
        }

        return abstractNum;
    }

    private static Styles Styles()
    {
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = TextFont, HighAnsi = TextFont, ComplexScript = TextFont, EastAsia = EastAsiaFont },
                new FontSize { Val = "21" }, new Languages { Val = "en-GB", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        var sizes = new[] { "34", "27", "23", "21", "21", "21" };
        for (var level = 1; level <= 6; level++)
        {
            styles.Append(new Style(
                new StyleName { Val = $"heading {level}" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = level <= 2 ? "280" : "200", After = "80" },
                    new OutlineLevel { Val = level - 1 }),
                new StyleRunProperties(new Bold(), new FontSize { Val = sizes[level - 1] })) { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" });
        }

        styles.Append(new Style(
            new StyleName { Val = "Quote" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 18U, Space = 8U, Color = "BBBBBB" }),
                new Indentation { Left = "284" })) { Type = StyleValues.Paragraph, StyleId = "Quote" });
        return styles;
    }
}
