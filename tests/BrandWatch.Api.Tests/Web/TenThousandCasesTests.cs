using System.Globalization;
using Microsoft.Playwright;

namespace BrandWatch.Api.Tests.Web;

/// <summary>
/// 10,000 cases: the desk renders one page of them, not all. The timings are recorded for docs/review-desk.md, not
/// asserted (tests make no wall-clock claims).
/// </summary>
public sealed class TenThousandCasesTests(TenThousandCases queue) : IClassFixture<TenThousandCases>
{
    [Fact]
    public async Task Queue_With10000Cases_RendersOnePageWithABoundedDom()
    {
        await using var tab = await queue.Desk.OpenAsync();
        await tab.SignInAsync(queue.ReviewerKey);
        await Assertions.Expect(tab.Page.Locator("table.queue tbody tr")).ToHaveCountAsync(50);

        // A signed-in reviewer opening the desk afresh: the key is in session storage, the rest comes from the Api.
        await tab.Page.ReloadAsync();
        await Assertions.Expect(tab.Page.Locator("table.queue tbody tr")).ToHaveCountAsync(50);

        await Assertions.Expect(tab.Page.GetByRole(AriaRole.List, new() { Name = "Cases per status" }).GetByRole(AriaRole.Link).First)
            .ToHaveTextAsync($"All {TenThousandCases.CaseCount}");
        var elements = await tab.Page.EvaluateAsync<int>("() => document.getElementsByTagName('*').length");
        Assert.InRange(elements, 100, 2_000);
        var timings = await tab.Page.EvaluateAsync<double[]>(
            "() => [performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1, performance.getEntriesByName('queue-rendered')[0]?.startTime ?? -1]");
        Assert.All(timings, t => Assert.True(t > 0, "the browser recorded no paint or no rendered queue"));
        var line = string.Create(CultureInfo.InvariantCulture,
            $"cases={TenThousandCases.CaseCount} first-contentful-paint={timings[0]:F0}ms queue-rendered={timings[1]:F0}ms dom-elements={elements}");
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        await File.WriteAllTextAsync(Path.Combine(DeskFixture.ScreenshotFolder, "first-paint.txt"), line + Environment.NewLine, TestContext.Current.CancellationToken);
    }
}
