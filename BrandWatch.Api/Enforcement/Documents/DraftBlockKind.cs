namespace BrandWatch.Api.Enforcement.Documents;

/// <summary>What a block of a draft is: a heading, a paragraph (in a list item or a quote, or not), code, or a rule.</summary>
public enum DraftBlockKind
{
    Heading,
    Paragraph,
    Code,
    Rule,
}
