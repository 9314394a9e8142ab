using BrandWatch.Rules.Scoring;

namespace BrandWatch.Api.Facts;

/// <summary>
/// The answer of <c>GET /api/cases/{id}/facts/questions</c>: the case's action under its current facts and the facts
/// it leaves open that would each, recorded as true, change whether to file.
/// </summary>
public sealed record OpenQuestions
{
    public required long CaseId { get; init; }

    /// <summary>The action under the case's current facts (kebab-case, as everywhere in the Api).</summary>
    public required string Action { get; init; }

    /// <summary>True when that action files a complaint that would take the name (UDRP transfer, takedown, court).</summary>
    public required bool Files { get; init; }

    public required string RuleVersion { get; init; }

    /// <summary>
    /// False when the case was scored under another rule version than the Api's: its open facts cannot be weighed
    /// until the Worker files it again, and <see cref="Detail"/> says so. The questions are then empty.
    /// </summary>
    public bool Available { get; init; } = true;

    public string? Detail { get; init; }

    public required IReadOnlyList<OpenQuestion> Questions { get; init; }

    /// <summary>
    /// Only when no single open fact would change whether to file: the pairs of open facts that would together, so a
    /// reviewer knows which two to look for. Empty otherwise.
    /// </summary>
    public IReadOnlyList<OpenPair> Pairs { get; init; } = [];
}

/// <summary>Two facts left open that change whether to file only together: what to ask of each, and what the scorer would then advise.</summary>
public sealed record OpenPair(IReadOnlyList<OpenPairFact> Facts, string Action, string Reason)
{
    internal static OpenPair Of(DecidingPair pair) =>
        new(pair.Facts.Select(f => new OpenPairFact(f.Fact, f.Question, f.Section)).ToArray(), Rules.Cases.WireName.Kebab(pair.Action), pair.Reason);
}

/// <summary>One fact of an <see cref="OpenPair"/>: where to record it and what to ask.</summary>
public sealed record OpenPairFact(string Fact, string Question, string Section);

/// <summary>One fact left open: where to record it, what to ask, and what the scorer would then advise.</summary>
public sealed record OpenQuestion(string Fact, string Question, string Section, string Action, string Reason)
{
    internal static OpenQuestion Of(DecidingFact fact) =>
        new(fact.Fact, fact.Question, fact.Section, Rules.Cases.WireName.Kebab(fact.Action), fact.Reason);
}
