namespace BrandWatch.Rules.Scoring;

/// <summary>The actions of the legal model, numbered as there.</summary>
public enum RecommendedAction
{
    NoAction = 1,
    AbuseTakedown = 2,
    UdrpTransfer = 3,
    CeaseAndDesist = 4,
    Monitor = 5,
    NegotiateOrCourt = 6,
    Settlement = 7,
    DoNotFile = 8,
    Court = 9,
    NoActionFairUse = 10,
}
