namespace BrandWatch.Rules.Scoring;

/// <summary>
/// A fact the case leaves open that would, once recorded as true, turn the recommendation from filing to not filing or
/// back: what a reviewer should find out first.
/// </summary>
/// <param name="Fact">The field that records it: a reviewer fact (<c>registrantKnewMark</c>) or the mark's <c>wellKnown</c>.</param>
/// <param name="Question">The question to put to the evidence, in the reviewer's words.</param>
/// <param name="Section">The WIPO Overview 3.0 section the fact is weighed under.</param>
/// <param name="Action">The action the scorer would recommend with the fact recorded.</param>
/// <param name="Reason">The reason the scorer would give for that action.</param>
public sealed record DecidingFact(string Fact, string Question, string Section, RecommendedAction Action, string Reason);
