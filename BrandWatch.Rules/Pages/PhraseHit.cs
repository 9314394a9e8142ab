namespace BrandWatch.Rules.Pages;

/// <summary>One phrase found in a text: the id of the phrase's owner (a mark index or a list index) and where it is.</summary>
internal readonly record struct PhraseHit(int Id, int Start, int Length);
