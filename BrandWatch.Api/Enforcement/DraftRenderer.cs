using Fluid;

namespace BrandWatch.Api.Enforcement;

/// <summary>Renders a Liquid template over a draft model with Fluid; a broken template is a value, not an exception.</summary>
public sealed class DraftRenderer
{
    private static readonly FluidParser Parser = new();

    // Markdown is plain text: no HTML encoding. Limits keep an owner's template from running away.
    private static readonly TemplateOptions Options = new TemplateOptionsBuilder()
        .WithMaxSteps(1_000_000)
        .WithMaxRecursion(20)
        .WithCultureInfo(System.Globalization.CultureInfo.InvariantCulture)
        .Build();

    /// <summary>The rendered text, or the reason the template could not be parsed or rendered.</summary>
    public static async Task<(string? Text, string? Error)> RenderAsync(string source, IReadOnlyDictionary<string, object?> model)
    {
        if (!Parser.TryParse(source, out var template, out var error))
        {
            return (null, error);
        }

        var context = new TemplateContext(Options);
        foreach (var (key, value) in model)
        {
            // A null value is a key that is present but empty: templates test it with {% if %}.
            context.SetValue(key, value ?? Fluid.Values.NilValue.Instance);
        }

        try
        {
            var text = await template.RenderAsync(context, Fluid.NullEncoder.Default);
            return (text, null);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
        {
            return (null, ex.Message);
        }
    }
}
