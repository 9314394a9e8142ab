using System.Collections.Frozen;
using System.Text.Json;

namespace BrandWatch.Rules.Cases;

/// <summary>The one text form of an enum member on the wire, in files and in the database: lower kebab-case
/// (<c>DeepLink</c> → <c>deep-link</c>), the same as <see cref="ContractJson"/> writes.</summary>
public static class WireName
{
    public static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Names<TEnum>.ByValue.TryGetValue(value, out var name) ? name : Convert(value);

    /// <summary>Every member's name, in the order the enum declares them (a list a validator or a chart can show).</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => Names<TEnum>.InOrder;

    private static string Convert<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        // Built once per enum so that writing a name on the hot paths (reports, rule-case output) does not allocate.
        public static readonly FrozenDictionary<TEnum, string> ByValue =
            Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(v => v, Convert);

        public static readonly IReadOnlyList<string> InOrder = Array.AsReadOnly(Enum.GetValues<TEnum>().Distinct().Select(Convert).ToArray());
    }
}
