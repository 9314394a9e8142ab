namespace BrandWatch.Rules.Confusables;

/// <summary>The restriction levels of UTS #39 §5.2, from the safest to the least safe.</summary>
public enum RestrictionLevel
{
    AsciiOnly,
    SingleScript,
    HighlyRestrictive,
    ModeratelyRestrictive,
    MinimallyRestrictive,
    Unrestricted,
}
