using AngleSharp.Css;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using AngleSharp.Io;

namespace BrandWatch.Rules.Pages;

/// <summary>
/// The styling service of the analysis's browsing context: it gives each &lt;style&gt; element a
/// <see cref="DeferredStyleSheet"/> instead of parsing its CSS during the HTML parse. A sheet that uses
/// <c>@supports</c> is parsed with the full declaration table (<paramref name="unfiltered"/>), because a condition
/// may test a property the analyser never reads; every other sheet's text is first cut to the declarations
/// <paramref name="declarations"/> keeps (<see cref="CssDeclarationStripper"/>), so the parser tokenizes only those.
/// </summary>
internal sealed class DeferredStylingService(Func<ICssParser> unfiltered, StylePropertyFilter declarations) : IStylingService
{
    private readonly CssDeclarationStripper.NamePredicate _keeps = declarations.Keeps;

    public bool SupportsType(string mimeType) => string.Equals(mimeType, MimeTypeNames.Css, StringComparison.OrdinalIgnoreCase);

    public Task<IStyleSheet> ParseStylesheetAsync(IResponse response, StyleOptions options, CancellationToken cancel)
    {
        var context = options.Document.Context;
        // Not null: this service is registered only together with AngleSharp.Css's parser.
        var filtered = context.GetService<ICssParser>()!;
        if (options.Element is null)
        {
            // Only a loaded style sheet comes without an element, and the analysis configures no loader.
            using var reader = new StreamReader(response.Content);
            return Task.FromResult<IStyleSheet>(filtered.ParseStyleSheet(reader.ReadToEnd()));
        }

        IStyleSheet sheet = new DeferredStyleSheet(options.Element, context, options.IsDisabled, text =>
            text.Contains("@supports", StringComparison.OrdinalIgnoreCase)
                ? unfiltered().ParseStyleSheet(text)
                : filtered.ParseStyleSheet(CssDeclarationStripper.Strip(text, _keeps)));
        return Task.FromResult(sheet);
    }
}
