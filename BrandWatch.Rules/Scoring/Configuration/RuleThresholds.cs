namespace BrandWatch.Rules.Scoring.Configuration;

/// <summary>The numbers that turn element scores into an outcome, fits and an action.</summary>
public sealed record RuleThresholds
{
    /// <summary>Below this domain similarity a match is too weak to act on (action 1).</summary>
    public required double MinSimilarity { get; init; }

    /// <summary>Below this act score nothing is used that is worth acting on.</summary>
    public required double MinAct { get; init; }

    public required double OutcomeLikely { get; init; }

    public required double OutcomePossible { get; init; }

    /// <summary>Fault score from which bad faith counts as established.</summary>
    public required double BadFaith { get; init; }

    public required double UdrpFit { get; init; }

    public required double CourtFit { get; init; }

    public required double TakedownFit { get; init; }

    /// <summary>Other marks' domains held by the registrant from which a pattern (F4) is shown.</summary>
    public required int PatternDomains { get; init; }

    /// <summary>Other marks' domains from which the registrant is a repeat offender for court (action 9).</summary>
    public required int RepeatOffenderDomains { get; init; }

    /// <summary>An asking price above this is more than out-of-pocket cost (F5).</summary>
    public required double OutOfPocketCost { get; init; }

    /// <summary>Days after a mark's launch or rename within which a registration shows timing (C4).</summary>
    public required int LaunchWindowDays { get; init; }

    /// <summary>CNDRP bars complaints on domains registered longer ago than this (X10).</summary>
    public required int CndrpBarYears { get; init; }

    /// <summary>Factor for a combosquat whose added words are not risky (affiliation) terms.</summary>
    public required double PlainComboFactor { get; init; }

    /// <summary>Factor for a criticism defence when the domain is identical to the mark (2.5.1).</summary>
    public required double IdenticalCriticismFactor { get; init; }

    /// <summary>Share of C1 a clear disclaimer removes.</summary>
    public required double DisclaimerReduction { get; init; }
}
