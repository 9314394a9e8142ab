namespace BrandWatch.Rules.Scoring;

public enum Outcome
{
    Unlikely,
    Possible,
    Likely,
}
