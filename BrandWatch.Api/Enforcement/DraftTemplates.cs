using Microsoft.Extensions.Options;

namespace BrandWatch.Api.Enforcement;

/// <summary>
/// Finds the template of a draft kind for an owner: the owner's folder, then the templates folder, then the English
/// template shipped in the Api. Files are read on every request, so an edited template takes effect at once.
/// </summary>
public sealed class DraftTemplates(IOptions<EnforcementOptions> options)
{
    private const string ResourcePrefix = "Templates/";

    /// <summary>The template text and where it came from (a file path, or <c>shipped:{name}</c>).</summary>
    public async Task<(string Source, string Origin)> FindAsync(string kind, string owner, CancellationToken cancellationToken)
    {
        var name = DraftKinds.FileName(kind);
        if (options.Value.TemplatesFolder is { Length: > 0 } folder)
        {
            var slug = OwnerSlug.Of(owner);
            foreach (var candidate in (string[])[Path.Combine(folder, slug, name), Path.Combine(folder, name)])
            {
                if (slug.Length > 0 || candidate == Path.Combine(folder, name))
                {
                    if (File.Exists(candidate))
                    {
                        return (await File.ReadAllTextAsync(candidate, cancellationToken), candidate);
                    }
                }
            }
        }

        await using var stream = typeof(DraftTemplates).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The shipped template {name} is missing from the Api assembly.");
        using var reader = new StreamReader(stream);
        return (await reader.ReadToEndAsync(cancellationToken), "shipped:" + name);
    }
}
