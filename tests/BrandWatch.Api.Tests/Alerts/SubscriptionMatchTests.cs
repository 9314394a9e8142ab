using BrandWatch.Api.Alerts;

namespace BrandWatch.Api.Tests.Alerts;

public sealed class SubscriptionMatchTests
{
    private static readonly SubscriptionFilter Legal = new()
    {
        Owner = "Acme Corp.",
        Marks = ["acme", "acme-pay"],
        Events = ["case-filed", "priority-raised"],
        Kinds = ["domain", "phishing"],
        MinPriority = 50,
        MinOutcome = "possible",
    };

    private static Subscription Subscribed(SubscriptionFilter filter) => new()
    {
        Id = 1,
        Filter = filter,
        Name = "legal",
        Delivery = "immediate",
        Channel = "webhook",
        WebhookUrl = "https://hooks.example/x",
        WebhookSecret = "secret-secret-secret",
        Format = "json",
        CreatedBy = "k_1",
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    [Theory]
    [InlineData("Acme Corp.", "acme", "case-filed", "domain", 50, "possible", true)]
    [InlineData("Acme Corp.", "ACME-PAY", "priority-raised", "phishing", 99, "likely", true)]
    [InlineData("Bravo GmbH", "acme", "case-filed", "domain", 90, "likely", false)]
    [InlineData("acme corp.", "acme", "case-filed", "domain", 90, "likely", false)]
    [InlineData("Acme Corp.", "acme-shop", "case-filed", "domain", 90, "likely", false)]
    [InlineData("Acme Corp.", "acme", "reviewed", "domain", 90, "likely", false)]
    [InlineData("Acme Corp.", "acme", "case-filed", "framing", 90, "likely", false)]
    [InlineData("Acme Corp.", "acme", "case-filed", "domain", 49, "likely", false)]
    [InlineData("Acme Corp.", "acme", "case-filed", "domain", 90, "unlikely", false)]
    public void Matches_Event_AppliesOwnerThenEveryFilter(string owner, string mark, string eventType, string kind, int priority, string outcome, bool expected)
    {
        var caseEvent = new CaseEvent
        {
            Id = 1, CaseId = 2, Owner = owner, MarkId = mark, EventType = eventType, Kind = kind, Subject = "x.com",
            Priority = priority, Outcome = outcome, Action = "monitor", Payload = "{}", CreatedAt = "2026-11-25T10:00:00Z",
        };

        Assert.Equal(expected, Legal.Matches(caseEvent));
        Assert.Equal(expected, Subscribed(Legal).Matches(caseEvent)); // a subscription decides by its filter
    }

    [Theory]
    [InlineData("""{"firstSeenAt":"2026-12-01T00:00:00Z","seenBefore":false}""", true)]
    [InlineData("""{"firstSeenAt":"2026-12-02T08:30:00+02:00"}""", true)]
    [InlineData("""{"firstSeenAt":"2026-11-30T23:59:59Z","seenBefore":false}""", false)]
    [InlineData("""{"firstSeenAt":"2026-12-03T00:00:00Z","seenBefore":true}""", false)]
    [InlineData("""{"firstSeenAt":null}""", false)]
    [InlineData("{}", false)]
    [InlineData("not json", false)]
    public void Matches_NewNamesOnly_KeepsNamesFirstSeenSinceItsStartAndNeverSeenBefore(string payload, bool expected)
    {
        var fresh = Legal with { Events = [], Kinds = [], MinPriority = 0, MinOutcome = "unlikely", NewSince = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero) };
        var caseEvent = new CaseEvent
        {
            Id = 1, CaseId = 2, Owner = "Acme Corp.", MarkId = "acme", EventType = "priority-raised", Kind = "domain", Subject = "x.com",
            Priority = 80, Outcome = "likely", Action = "monitor", Payload = payload, CreatedAt = "2026-12-03T10:00:00Z",
        };

        Assert.Equal(expected, fresh.Matches(caseEvent));
        Assert.True((fresh with { NewSince = null }).Matches(caseEvent)); // without the setting every name is sent
    }

    [Fact]
    public void Matches_EmptyLists_MeanEverythingOfTheOwner()
    {
        var all = Legal with { Marks = [], Events = [], Kinds = [], MinPriority = 0, MinOutcome = "unlikely" };
        var caseEvent = new CaseEvent
        {
            Id = 1, CaseId = 2, Owner = "Acme Corp.", MarkId = "acme-new", EventType = "resolved", Kind = "meta-tags", Subject = "x.com",
            Priority = 0, Outcome = "unlikely", Action = "no-action", Payload = "{}", CreatedAt = "2026-11-25T10:00:00Z",
        };

        Assert.True(all.Matches(caseEvent));
        Assert.False(all.Matches(caseEvent with { Owner = "Bravo GmbH" }));
    }

    [Theory]
    [InlineData("likely", "abuse-takedown", """{"source":"ct"}""", true)]
    [InlineData("likely", "udrp-transfer", """{"source":"content"}""", true)]
    [InlineData("likely", "abuse-takedown", "{}", true)]
    [InlineData("possible", "abuse-takedown", """{"source":"ct"}""", false)]
    [InlineData("likely", "monitor", """{"source":"ct"}""", false)]
    [InlineData("likely", "abuse-takedown", """{"source":"nrd"}""", false)]
    [InlineData("likely", "abuse-takedown", """{"source":null}""", true)]
    public void Matches_OutcomeActionAndSourceFilters_KeepOnlyTheListedValues(string outcome, string action, string payload, bool expected)
    {
        var takedowns = Legal with
        {
            Events = [], Kinds = [], MinPriority = 0, MinOutcome = "unlikely",
            Outcomes = ["likely"], Actions = ["abuse-takedown", "udrp-transfer"], Sources = ["ct", "content", "none"],
        };
        var caseEvent = new CaseEvent
        {
            Id = 1, CaseId = 2, Owner = "Acme Corp.", MarkId = "acme", EventType = "case-filed", Kind = "domain", Subject = "x.com",
            Priority = 80, Outcome = outcome, Action = action, Payload = payload, CreatedAt = "2026-11-25T10:00:00Z",
        };

        Assert.Equal(expected, takedowns.Matches(caseEvent));
    }

    [Theory]
    [InlineData("hourly", "2026-11-25T10:05:00Z", "2026-11-25T11:00:00Z")]
    [InlineData("hourly", "2026-11-25T10:59:59Z", "2026-11-25T11:00:00Z")]
    [InlineData("hourly", "2026-11-25T23:30:00+02:00", "2026-11-25T22:00:00Z")]
    [InlineData("daily", "2026-11-25T10:05:00Z", "2026-11-26T00:00:00Z")]
    [InlineData("daily", "2026-12-31T23:59:59Z", "2027-01-01T00:00:00Z")]
    public void DigestWindow_QueuedAt_EndsAtTheNextWholeUtcHourOrDay(string delivery, string queuedAt, string expectedEnd) =>
        Assert.Equal(DateTimeOffset.Parse(expectedEnd, System.Globalization.CultureInfo.InvariantCulture),
            DigestWindow.End(delivery, DateTimeOffset.Parse(queuedAt, System.Globalization.CultureInfo.InvariantCulture)));
}
