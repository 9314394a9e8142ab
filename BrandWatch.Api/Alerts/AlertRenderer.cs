using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BrandWatch.Rules.Cases;

namespace BrandWatch.Api.Alerts;

/// <summary>Turns a delivery and its case events into a webhook body (json, slack, teams) or an e-mail.</summary>
public static class AlertRenderer
{
    private static readonly string[] Elements = ["act", "damage", "causation", "fault"];

    public static IReadOnlyList<AlertItem> Items(IReadOnlyList<CaseEvent> events, Uri? publicBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(events);
        var items = new List<AlertItem>(events.Count);
        foreach (var e in events)
        {
            items.Add(new AlertItem
            {
                EventId = e.Id,
                Event = e.EventType,
                OccurredAt = e.CreatedAt,
                CaseId = e.CaseId,
                Owner = e.Owner,
                MarkId = e.MarkId,
                Kind = e.Kind,
                Subject = e.Subject,
                Priority = e.Priority,
                Outcome = e.Outcome,
                Action = e.Action,
                Link = Link(e.CaseId, publicBaseUrl),
                Case = ParsePayload(e.Payload),
            });
        }

        return items;
    }

    /// <summary>The exact bytes to post (and sign) for a webhook delivery.</summary>
    public static byte[] WebhookBody(Delivery delivery, IReadOnlyList<AlertItem> items)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(items);
        return delivery.Format switch
        {
            "slack" => JsonSerializer.SerializeToUtf8Bytes(SlackBody(delivery, items), ContractJson.Options),
            "teams" => JsonSerializer.SerializeToUtf8Bytes(TeamsBody(delivery, items), ContractJson.Options),
            _ => JsonSerializer.SerializeToUtf8Bytes(
                new WebhookEnvelope { DeliveryId = delivery.Id, SubscriptionId = delivery.SubscriptionId, Digest = delivery.Digest, Alerts = items },
                ContractJson.Options),
        };
    }

    /// <summary>The value of the BrandWatch-Event header: the event type of a single alert, <c>digest</c> otherwise.</summary>
    public static string EventHeader(Delivery delivery, IReadOnlyList<AlertItem> items)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(items);
        return delivery.Digest == AlertVocabulary.Immediate && items.Count == 1 ? items[0].Event : "digest";
    }

    public static RenderedEmail Email(Delivery delivery, IReadOnlyList<AlertItem> items)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(items);
        var text = new StringBuilder();
        var html = new StringBuilder();
        string subject;
        html.Append("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
        if (delivery.Digest == AlertVocabulary.Immediate && items.Count == 1)
        {
            var item = items[0];
            subject = $"[BrandWatch] {Headline(item)}";
            text.Append(CultureInfo.InvariantCulture, $"{Headline(item)}\n\n");
            html.Append(CultureInfo.InvariantCulture, $"<h2>{Encode(Headline(item))}</h2>");
        }
        else
        {
            var title = $"{Capitalise(delivery.Digest)} digest: {items.Count} case event{(items.Count == 1 ? "" : "s")}";
            subject = $"[BrandWatch] {title}";
            text.Append(CultureInfo.InvariantCulture, $"{title}\n\n");
            html.Append(CultureInfo.InvariantCulture, $"<h2>{Encode(title)}</h2>");
        }

        html.Append("<table cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th align=\"left\">Event</th><th align=\"left\">Subject</th>" +
                    "<th align=\"left\">Mark</th><th align=\"left\">Kind</th><th align=\"right\">Priority</th><th align=\"left\">Outcome</th>" +
                    "<th align=\"left\">Recommended action</th><th align=\"left\">Elements</th></tr>");
        foreach (var item in items)
        {
            var scores = ElementScores(item.Case);
            var scoreText = scores.Count == 0 ? "" : string.Join(", ", scores.Select(s => $"{s.Name} {s.Score.ToString("0.00", CultureInfo.InvariantCulture)}"));
            text.Append(CultureInfo.InvariantCulture, $"- {item.Event}: {item.Subject} (mark {item.MarkId}, {item.Kind})\n");
            text.Append(CultureInfo.InvariantCulture, $"  priority {item.Priority}, outcome {item.Outcome}, recommended action {item.Action}\n");
            if (scoreText.Length > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"  elements: {scoreText}\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"  {item.Link}\n\n");
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{Encode(item.Event)}</td><td><a href=\"{Encode(item.Link)}\">{Encode(item.Subject)}</a></td><td>{Encode(item.MarkId)}</td>" +
                $"<td>{Encode(item.Kind)}</td><td align=\"right\">{item.Priority}</td><td>{Encode(item.Outcome)}</td><td>{Encode(item.Action)}</td>" +
                $"<td>{Encode(scoreText)}</td></tr>");
        }

        html.Append("</table>");
        text.Append(CultureInfo.InvariantCulture, $"Delivery {delivery.Id}\n");
        html.Append(CultureInfo.InvariantCulture, $"<p style=\"color:#666;font-size:small\">Delivery {Encode(delivery.Id)}</p></body></html>");
        return new RenderedEmail(subject, text.ToString(), html.ToString());
    }

    /// <summary>The four element scores found in a case summary: at the top level or under scores, elements or verdict.</summary>
    public static IReadOnlyList<(string Name, double Score)> ElementScores(JsonElement summary)
    {
        if (summary.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        foreach (var candidate in new[] { summary, Child(summary, "scores"), Child(summary, "elements"), Child(summary, "verdict") })
        {
            if (candidate.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var found = new List<(string, double)>();
            foreach (var name in Elements)
            {
                var value = Child(candidate, name);
                if (value.ValueKind == JsonValueKind.Object)
                {
                    value = Child(value, "score");
                }

                if (value.ValueKind == JsonValueKind.Number)
                {
                    found.Add((name, value.GetDouble()));
                }
            }

            if (found.Count > 0)
            {
                return found;
            }
        }

        return [];
    }

    private static JsonObject SlackBody(Delivery delivery, IReadOnlyList<AlertItem> items)
    {
        var lines = items.Select(i =>
            $"*{SlackEscape(i.Event)}* <{i.Link}|{SlackEscape(i.Subject)}> · mark `{SlackEscape(i.MarkId)}` · {SlackEscape(i.Kind)} · " +
            $"priority {i.Priority} · {SlackEscape(i.Outcome)} · {SlackEscape(i.Action)}");
        var title = items.Count == 1 && delivery.Digest == AlertVocabulary.Immediate
            ? Headline(items[0])
            : $"{Capitalise(delivery.Digest)} digest: {items.Count} case events";
        var blocks = new JsonArray
        {
            new JsonObject { ["type"] = "header", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Truncate(title, 150) } },
        };
        foreach (var chunk in lines.Chunk(10))
        {
            blocks.Add(new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = Truncate(string.Join("\n", chunk), 3000) } });
        }

        blocks.Add(new JsonObject
        {
            ["type"] = "context",
            ["elements"] = new JsonArray { new JsonObject { ["type"] = "mrkdwn", ["text"] = $"BrandWatch delivery {delivery.Id}" } },
        });
        return new JsonObject { ["text"] = title, ["blocks"] = blocks };
    }

    private static JsonObject TeamsBody(Delivery delivery, IReadOnlyList<AlertItem> items)
    {
        var title = items.Count == 1 && delivery.Digest == AlertVocabulary.Immediate
            ? Headline(items[0])
            : $"{Capitalise(delivery.Digest)} digest: {items.Count} case events";
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["size"] = "Medium", ["weight"] = "Bolder", ["wrap"] = true, ["text"] = title },
        };
        foreach (var item in items)
        {
            body.Add(new JsonObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JsonArray
                {
                    Fact("Event", item.Event), Fact("Subject", $"[{item.Subject}]({item.Link})"), Fact("Mark", item.MarkId), Fact("Kind", item.Kind),
                    Fact("Priority", item.Priority.ToString(CultureInfo.InvariantCulture)), Fact("Outcome", item.Outcome), Fact("Action", item.Action),
                },
            });
        }

        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["body"] = body,
        };
        return new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray { new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card } },
        };
    }

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };

    private static string Headline(AlertItem item) => item.Event switch
    {
        AlertEvents.CaseFiled => $"Case filed: {item.Subject} ({item.MarkId}, priority {item.Priority})",
        AlertEvents.PriorityRaised => $"Priority raised to {item.Priority}: {item.Subject} ({item.MarkId})",
        AlertEvents.Reviewed => $"Case reviewed: {item.Subject} ({item.MarkId}, {item.Outcome})",
        AlertEvents.Actioned => $"Action taken: {item.Subject} ({item.MarkId}, {item.Action})",
        AlertEvents.Resolved => $"Case resolved: {item.Subject} ({item.MarkId})",
        AlertEvents.EvidenceChanged => $"Evidence changed: {item.Subject} ({item.MarkId})",
        AlertEvents.Reappeared => $"A resolved name is back: {item.Subject} ({item.MarkId}, priority {item.Priority})",
        AlertEvents.TakedownOverdue => $"No answer to a takedown report by its date: {item.Subject} ({item.MarkId})",
        AlertEvents.TakedownEscalated => $"Takedown report still unanswered, escalate: {item.Subject} ({item.MarkId})",
        AlertEvents.TakedownGone => $"Site gone after a takedown report: {item.Subject} ({item.MarkId})",
        AlertEvents.TakedownReEmerged => $"Site back after it was taken down: {item.Subject} ({item.MarkId})",
        _ => $"{item.Event}: {item.Subject} ({item.MarkId})",
    };

    private static string Link(long caseId, Uri? publicBaseUrl)
    {
        var path = $"/cases/{caseId.ToString(CultureInfo.InvariantCulture)}";
        return publicBaseUrl is null ? path : new Uri(publicBaseUrl, path).ToString();
    }

    private static JsonElement ParsePayload(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // The outbox row is the record; a payload that is not JSON still reaches the subscriber, as a string.
            return JsonSerializer.SerializeToElement(payload);
        }
    }

    private static JsonElement Child(JsonElement element, string name)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return property.Value;
                }
            }
        }

        return default;
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);

    private static string SlackEscape(string value) => value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static string Capitalise(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..];

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
