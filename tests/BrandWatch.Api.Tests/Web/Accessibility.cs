using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BrandWatch.Api.Tests.Web;

/// <summary>Runs axe-core (WCAG 2.x A and AA rules, colour contrast included) on what the page shows now.</summary>
public static class Accessibility
{
    public static async Task<string[]> ViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        return [.. result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}")];
    }
}
