using Microsoft.Playwright;

namespace BrandWatch.Api.Tests.Web;

/// <summary>The desk asks the Api who the key is (/api/me) and shows the role, and only the pages and controls it allows.</summary>
[Collection(SharedDesk.Name)]
public sealed class SignedInRoleTests(SeededDesk seeded)
{
    [Fact]
    public async Task Reviewer_OpensACase_SeesItsRoleAndTheDecideForm()
    {
        await using var tab = await seeded.Desk.OpenAsync();

        await tab.SignInAsync(seeded.Keys["reviewer"], $"#/cases/{seeded.HomographId}");

        await Assertions.Expect(tab.Page.GetByTestId("who"))
            .ToContainTextAsync($"legal reviewer · {SeededDesk.PaypalOwner}, {SeededDesk.ZalandoOwner}");
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Form, new() { Name = "Decide", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Button, new() { Name = "Save decision" })).ToBeVisibleAsync();
        await Assertions.Expect(tab.Page.GetByTestId("decide-not-allowed")).ToHaveCountAsync(0);
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task BrandManager_OpensACase_SeesItsOwnerAndNoDecideForm()
    {
        await using var tab = await seeded.Desk.OpenAsync();

        await tab.SignInAsync(seeded.Keys["manager"], $"#/cases/{seeded.HomographId}");

        await Assertions.Expect(tab.Page.GetByTestId("who")).ToContainTextAsync($"brand manager · {SeededDesk.PaypalOwner}");
        await Assertions.Expect(tab.Page.GetByTestId("case-status")).ToBeVisibleAsync();
        await Assertions.Expect(tab.Page.GetByTestId("decide-not-allowed")).ToBeVisibleAsync();
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Form, new() { Name = "Decide" })).ToHaveCountAsync(0);
        await Assertions.Expect(tab.Page.Locator("#decide-note")).ToHaveCountAsync(0);
        Assert.Empty(tab.ConsoleErrors);
    }

    [Theory]
    [InlineData("admin", "admin", "Dashboard,Queue,Marks,Subscriptions")]
    [InlineData("reviewer", "legal reviewer", "Dashboard,Queue,Marks")]
    [InlineData("manager", "brand manager", "Dashboard,Queue,Marks,Subscriptions")]
    [InlineData("worker", "worker", "Marks")]
    public async Task Key_SignsIn_HeaderNamesTheRoleAndNavOffersOnlyAllowedPages(string who, string role, string sections)
    {
        await using var tab = await seeded.Desk.OpenAsync();

        await tab.SignInAsync(seeded.Keys[who], "#/marks");

        await Assertions.Expect(tab.Page.GetByTestId("who")).ToContainTextAsync(role);
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Navigation, new() { Name = "Sections" }).GetByRole(AriaRole.Link))
            .ToHaveTextAsync(sections.Split(','));
    }

    [Fact]
    public async Task Worker_OpensTheQueue_IsToldTheKeyMayNotWithoutAskingForCases()
    {
        await using var tab = await seeded.Desk.OpenAsync();
        var caseCalls = 0;
        tab.Page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/cases", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref caseCalls);
            }
        };

        await tab.SignInAsync(seeded.Keys["worker"], "#/queue");

        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Not allowed for this key");
        Assert.Equal(0, caseCalls);
    }

    [Fact]
    public async Task SignIn_WithARevokedKey_IsRefusedByMeAndNothingIsKept()
    {
        using var admin = seeded.Client("admin");
        using var created = await admin.PostAsync(new Uri("/api/keys", UriKind.Relative),
            new StringContent("{\"role\":\"legal_reviewer\",\"owners\":[\"PayPal, Inc.\"],\"name\":\"gone\"}", System.Text.Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        using var json = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var secret = json.RootElement.GetProperty("secret").GetString()!; // a 201 always carries the secret; a failure throws above
        var id = json.RootElement.GetProperty("key").GetProperty("id").GetString();
        using var revoked = await admin.DeleteAsync(new Uri($"/api/keys/{id}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, revoked.StatusCode);
        await using var tab = await seeded.Desk.OpenAsync();
        await tab.Page.GotoAsync("/");

        await tab.Page.GetByLabel("API key").FillAsync(secret);
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "not accepted" })).ToHaveTextAsync("That key was not accepted.");
        Assert.Null(await tab.Page.EvaluateAsync<string?>("() => sessionStorage.getItem('brandwatch.apiKey')"));
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Navigation, new() { Name = "Sections" })).ToBeHiddenAsync();
    }
}
