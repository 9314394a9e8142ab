namespace BrandWatch.Api.Enforcement.Documents;

/// <summary>The formats a draft is written in (<c>?format=</c>), with their media types and file extensions.</summary>
public static class DraftFormats
{
    public const string Markdown = "md";
    public const string Pdf = "pdf";
    public const string Docx = "docx";

    public const string PdfMediaType = "application/pdf";
    public const string DocxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IReadOnlyList<string> All { get; } = [Markdown, Pdf, Docx];

    /// <summary>The format asked for (unset means Markdown), or null when it is none of them.</summary>
    public static string? Parse(string? format) => string.IsNullOrEmpty(format) ? Markdown
        : All.FirstOrDefault(f => string.Equals(f, format, StringComparison.OrdinalIgnoreCase))
          ?? (string.Equals(format, "markdown", StringComparison.OrdinalIgnoreCase) ? Markdown : null);
}
