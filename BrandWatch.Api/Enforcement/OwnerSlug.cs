using System.Text;

namespace BrandWatch.Api.Enforcement;

/// <summary>The folder name of an owner's templates: lower-case ASCII letters and digits, other runs as one '-'.</summary>
public static class OwnerSlug
{
    public static string Of(string owner)
    {
        var slug = new StringBuilder(owner.Length);
        foreach (var c in owner.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
