using System.Text.Json;

namespace BrandWatch.Api.Tests.Alerts;

public sealed class ChatFormatTests
{
    [Fact]
    public async Task Dispatch_SlackAndTeamsFormats_PostTheirOwnPayloadShapes()
    {
        using var db = await AlertsDatabase.CreateAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        await db.SubscribeWebhookAsync("acme", receiver.Endpoint("/slack", "slack-secret"), "slack-secret", format: "slack");
        await db.SubscribeWebhookAsync("acme", receiver.Endpoint("/teams", "teams-secret"), "teams-secret", format: "teams");
        await db.AddEventAsync("acme", "acme", "acme<script>.com", kind: "phishing", priority: 91, action: "abuse-takedown", caseId: 5);

        await using (await AlertHost.StartAsync(db, AlertHost.FastSettings()))
        {
            await Eventually.HoldsAsync(() => receiver.Accepted("/slack").Count == 1 && receiver.Accepted("/teams").Count == 1, "both chat hooks were called");
        }

        using var slack = JsonDocument.Parse(receiver.Accepted("/slack")[0].Body);
        Assert.Equal("Case filed: acme<script>.com (acme, priority 91)", slack.RootElement.GetProperty("text").GetString());
        var blocks = slack.RootElement.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(["header", "section", "context"], blocks.Select(b => b.GetProperty("type").GetString()));
        var section = blocks[1].GetProperty("text").GetProperty("text").GetString();
        Assert.Contains("<https://brandwatch.example/cases/5|acme&lt;script&gt;.com>", section, StringComparison.Ordinal);
        Assert.Contains("abuse-takedown", section, StringComparison.Ordinal);

        using var teams = JsonDocument.Parse(receiver.Accepted("/teams")[0].Body);
        Assert.Equal("message", teams.RootElement.GetProperty("type").GetString());
        var attachment = teams.RootElement.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        var facts = card.GetProperty("body")[1].GetProperty("facts").EnumerateArray()
            .ToDictionary(f => f.GetProperty("title").GetString() ?? "", f => f.GetProperty("value").GetString());
        Assert.Equal("91", facts["Priority"]);
        Assert.Equal("[acme<script>.com](https://brandwatch.example/cases/5)", facts["Subject"]);
        Assert.All(receiver.Received, r => Assert.True(r.SignatureValid));
    }
}
