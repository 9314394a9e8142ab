using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BrandWatch.Api.Enforcement.Documents;

/// <summary>
/// Reads a rendered Markdown draft with Markdig (CommonMark) into the flat blocks the PDF and DOCX writers lay out:
/// headings, paragraphs, list items with their markers, quotes, code and rules, each with bold, italic, code and
/// link spans. HTML in a draft is kept as text: a draft is never a web page.
/// </summary>
public static class DraftMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public static IReadOnlyList<DraftBlock> Parse(string markdown)
    {
        var blocks = new List<DraftBlock>();
        var lists = 0;
        Walk(Markdown.Parse(markdown, Pipeline), new Context(0, false, null, 0, false, 1), blocks, ref lists);
        return blocks;
    }

    /// <summary>Where a block sits: its list depth, whether it is quoted, and the marker still owed to an item's first paragraph.</summary>
    private sealed record Context(int Depth, bool Quote, string? Marker, int ListId, bool Ordered, int Start);

    private static void Walk(ContainerBlock container, Context context, List<DraftBlock> blocks, ref int lists)
    {
        var marker = context.Marker;
        foreach (var block in container)
        {
            var here = context with { Marker = marker };
            switch (block)
            {
                case HeadingBlock heading:
                    blocks.Add(new DraftBlock(DraftBlockKind.Heading, Spans(heading.Inline)) { Level = heading.Level, Quote = here.Quote, Depth = here.Depth });
                    break;
                case ParagraphBlock paragraph:
                    blocks.Add(Located(new DraftBlock(DraftBlockKind.Paragraph, Spans(paragraph.Inline)), here));
                    marker = null;
                    break;
                case CodeBlock code:
                    var lines = code.Lines.Lines.Take(code.Lines.Count).Select(l => l.Slice.ToString());
                    var spans = new List<DraftSpan>();
                    foreach (var line in lines)
                    {
                        if (spans.Count > 0)
                        {
                            spans.Add(new DraftSpan("\n"));
                        }

                        spans.Add(new DraftSpan(line, Code: true));
                    }

                    blocks.Add(Located(new DraftBlock(DraftBlockKind.Code, spans), here));
                    marker = null;
                    break;
                case ThematicBreakBlock:
                    blocks.Add(new DraftBlock(DraftBlockKind.Rule, []) { Depth = here.Depth, Quote = here.Quote });
                    break;
                case QuoteBlock quote:
                    Walk(quote, here with { Quote = true }, blocks, ref lists);
                    marker = null;
                    break;
                case ListBlock list:
                    var id = ++lists;
                    var start = list.IsOrdered && int.TryParse(list.OrderedStart, out var s) ? s : 1;
                    var number = start;
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var itemMarker = list.IsOrdered ? $"{number++}." : "•";
                        Walk(item, new Context(here.Depth + 1, here.Quote, itemMarker, id, list.IsOrdered, start), blocks, ref lists);
                    }

                    marker = null;
                    break;
                case ContainerBlock other:
                    Walk(other, here, blocks, ref lists);
                    break;
                case LeafBlock leaf when leaf.Lines.Count > 0:
                    // Anything else (an HTML block, a link definition kept by an extension): its source text, so nothing is lost.
                    blocks.Add(Located(new DraftBlock(DraftBlockKind.Paragraph, [new DraftSpan(leaf.Lines.ToString().TrimEnd())]), here));
                    marker = null;
                    break;
            }
        }
    }

    private static DraftBlock Located(DraftBlock block, Context context) => block with
    {
        Depth = context.Depth,
        Quote = context.Quote,
        Marker = context.Marker,
        ListId = context.Depth > 0 ? context.ListId : 0,
        Ordered = context.Ordered,
        Start = context.Start,
    };

    private static List<DraftSpan> Spans(ContainerInline? inline)
    {
        var spans = new List<DraftSpan>();
        if (inline is not null)
        {
            Collect(inline, new DraftSpan(string.Empty), spans);
        }

        return Merge(spans);
    }

    private static void Collect(ContainerInline container, DraftSpan style, List<DraftSpan> spans)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    spans.Add(style with { Text = literal.Content.ToString() });
                    break;
                case CodeInline code:
                    spans.Add(style with { Text = code.Content, Code = true });
                    break;
                case LineBreakInline lineBreak:
                    spans.Add(lineBreak.IsHard ? new DraftSpan("\n") : style with { Text = " " });
                    break;
                case HtmlEntityInline entity:
                    spans.Add(style with { Text = entity.Transcoded.ToString() });
                    break;
                case HtmlInline html:
                    spans.Add(style with { Text = html.Tag });
                    break;
                case AutolinkInline auto:
                    spans.Add(style with { Text = auto.Url, Link = auto.IsEmail ? "mailto:" + auto.Url : auto.Url });
                    break;
                case EmphasisInline emphasis:
                    var strong = emphasis.DelimiterCount >= 2;
                    Collect(emphasis, style with { Bold = style.Bold || strong, Italic = style.Italic || !strong }, spans);
                    break;
                case LinkInline link:
                    var before = spans.Count;
                    Collect(link, style with { Link = link.Url }, spans);
                    // A printed letter cannot be clicked: the address follows its text when the text is not the address.
                    var text = string.Concat(spans.Skip(before).Select(s => s.Text));
                    if (!string.IsNullOrEmpty(link.Url) && text != link.Url)
                    {
                        spans.Add(style with { Text = $" ({link.Url})" });
                    }

                    break;
                case ContainerInline other:
                    Collect(other, style, spans);
                    break;
            }
        }
    }

    /// <summary>Joins neighbouring spans of one style, so that a writer draws words, not Markdig's fragments.</summary>
    private static List<DraftSpan> Merge(List<DraftSpan> spans)
    {
        var merged = new List<DraftSpan>(spans.Count);
        foreach (var span in spans.Where(s => s.Text.Length > 0))
        {
            if (merged.Count > 0 && !span.IsLineBreak && !merged[^1].IsLineBreak && merged[^1] with { Text = span.Text } == span)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + span.Text };
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}
