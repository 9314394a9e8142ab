using BrandWatch.Rules.Marks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>Marks for screening tests: a mark of the given name with the labels a portfolio derives from it.</summary>
internal static class ScreeningMarks
{
    public static Mark MarkOf(string id, string name) => new() { Id = id, Name = name, Labels = MarkLabels.Derive(name, null) };
}
