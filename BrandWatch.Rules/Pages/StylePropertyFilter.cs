using System.Collections.Concurrent;
using AngleSharp.Css;

namespace BrandWatch.Rules.Pages;

/// <summary>
/// The CSS declaration table of the analysis: it knows only the properties <see cref="StyleInspector"/> reads, the
/// shorthands that set them and the other longhands of those shorthands; every other property (margin, padding,
/// border, transition …) is reported unknown, so the CSS parser skips it instead of converting its value. No
/// computed value the analyser reads can change: a dropped declaration sets none of them. Custom properties are
/// kept, since any value may refer to them through var().
/// </summary>
internal sealed class StylePropertyFilter : IDeclarationFactory
{
    private readonly IDeclarationFactory _all;
    private readonly HashSet<string> _read;
    private readonly ConcurrentDictionary<string, DeclarationInfo> _cache = new(StringComparer.Ordinal);
    private readonly IValueConverter _anyValue;

    public StylePropertyFilter(IDeclarationFactory all, IEnumerable<string> read)
    {
        _all = all;
        _read = new HashSet<string>(read, StringComparer.OrdinalIgnoreCase);
        // The converter AngleSharp gives a property it does not know (it accepts any value).
        _anyValue = all.Create("-brandwatch-unknown").Converter;
    }

    public DeclarationInfo Create(string propertyName) => _cache.GetOrAdd(propertyName, name =>
    {
        var info = _all.Create(name);
        if (name.StartsWith("--", StringComparison.Ordinal) || info.Flags.HasFlag(PropertyFlags.Unknown) || Kept(name, info, 0))
        {
            KeepLonghands(info, 0);
            return info;
        }

        return new DeclarationInfo(name, _anyValue, PropertyFlags.Unknown, null, [], []);
    });

    /// <summary>
    /// True when a declaration of the property is kept by <see cref="Create"/> (the text filter of
    /// <see cref="CssDeclarationStripper"/> asks this before the parser sees the sheet). Custom properties are
    /// decided by the caller.
    /// </summary>
    public bool Keeps(ReadOnlySpan<char> name)
    {
        if (!_cache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var info))
        {
            info = Create(name.ToString());
        }

        return !info.Flags.HasFlag(PropertyFlags.Unknown);
    }

    /// <summary>True when the property is read, sets a read property, or is set by a shorthand that does.</summary>
    private bool Kept(string name, DeclarationInfo info, int depth) =>
        SetsRead(name, info, depth) || (depth < 4 && info.Shorthands.Any(s => Kept(s, _all.Create(s), depth + 1)));

    private bool SetsRead(string name, DeclarationInfo info, int depth) =>
        _read.Contains(name) || (depth < 4 && info.Longhands.Any(l => SetsRead(l, _all.Create(l), depth + 1)));

    /// <summary>
    /// A kept shorthand expands into all its longhands, so they must be known too, even one that AngleSharp does not
    /// list as set by it ("inset" sets "bottom", whose own entry names no shorthand); a look-up made before the
    /// shorthand was first seen is replaced.
    /// </summary>
    private void KeepLonghands(DeclarationInfo info, int depth)
    {
        if (depth >= 4)
        {
            return;
        }

        foreach (var longhand in info.Longhands)
        {
            var full = _all.Create(longhand);
            _cache[longhand] = full;
            KeepLonghands(full, depth + 1);
        }
    }
}
