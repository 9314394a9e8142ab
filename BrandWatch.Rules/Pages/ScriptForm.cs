using AngleSharp.Dom;

namespace BrandWatch.Rules.Pages;

/// <summary>Fields of a form that exists only in an inline script's strings, with the script's code as evidence.</summary>
internal sealed record ScriptForm(IElement Script, List<string> Fields, string Evidence);
