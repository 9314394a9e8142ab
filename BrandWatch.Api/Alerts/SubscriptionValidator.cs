using System.Globalization;
using System.Net;
using BrandWatch.Net;
using MimeKit;

namespace BrandWatch.Api.Alerts;

/// <summary>Checks a subscription request field by field and turns it into a draft; every error names its field.</summary>
internal static class SubscriptionValidator
{
    private const int MaxName = 200;
    private const int MaxListItems = 500;

    /// <param name="owner">The owner the subscription is for, already decided from the caller.</param>
    /// <param name="markOwners">The owner of each requested mark id that exists (ids compared case-insensitively).</param>
    /// <param name="existingSecret">The current secret on an update, kept when the request gives none.</param>
    /// <param name="now">The time of the request: where "new names only" starts when the request gives no date.</param>
    /// <param name="existingNewSince">The current start of "new names only" on an update, kept when the request gives no date.</param>
    public static (SubscriptionDraft? Draft, string? GeneratedSecret, Dictionary<string, string[]> Errors) Validate(
        SubscriptionRequest request, string owner, IReadOnlyDictionary<string, string> markOwners, AlertOptions options,
        bool smtpConfigured, string? existingSecret, DateTimeOffset now, DateTimeOffset? existingNewSince = null)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Error(string field, string message) => errors.TryAdd(field, [message]);

        var name = string.IsNullOrWhiteSpace(request.Name) ? "alerts" : request.Name.Trim();
        if (name.Length > MaxName)
        {
            Error("name", $"must be at most {MaxName} characters");
        }

        var filter = CheckFilter(request, owner, markOwners, now, existingNewSince, Error);

        var delivery = request.Delivery ?? AlertVocabulary.Immediate;
        if (!AlertVocabulary.Deliveries.Contains(delivery, StringComparer.Ordinal))
        {
            Error("delivery", $"must be one of {string.Join(", ", AlertVocabulary.Deliveries)}");
        }

        var format = request.Format ?? "json";
        if (!AlertVocabulary.Formats.Contains(format, StringComparer.Ordinal))
        {
            Error("format", $"must be one of {string.Join(", ", AlertVocabulary.Formats)}");
        }

        string? channel = null;
        string? url = null;
        string? email = null;
        string? secret = null;
        string? generated = null;
        var hasUrl = !string.IsNullOrWhiteSpace(request.WebhookUrl);
        var hasEmail = !string.IsNullOrWhiteSpace(request.Email);
        if (hasUrl == hasEmail)
        {
            Error(hasUrl ? "email" : "webhookUrl", "give exactly one channel: webhookUrl or email");
        }
        else if (hasUrl)
        {
            channel = AlertVocabulary.Webhook;
            url = request.WebhookUrl!.Trim();
            var urlError = CheckUrl(url, options);
            if (urlError is not null)
            {
                Error("webhookUrl", urlError);
            }

            if (request.Secret is { } given)
            {
                if (given.Length is < 16 or > 256)
                {
                    Error("secret", "must be 16 to 256 characters");
                }

                secret = given;
            }
            else
            {
                secret = existingSecret ?? (generated = WebhookSigner.NewSecret());
            }
        }
        else
        {
            channel = AlertVocabulary.Email;
            email = request.Email!.Trim();
            if (!MailboxAddress.TryParse(email, out var mailbox) || mailbox.Address != email || !email.Contains('@', StringComparison.Ordinal))
            {
                Error("email", "must be a plain e-mail address such as legal@example.com");
            }

            if (!smtpConfigured)
            {
                Error("email", "e-mail delivery is not configured on this server (Alerts:Smtp:Host)");
            }

            if (request.Secret is not null)
            {
                Error("secret", "applies to webhooks only");
            }

            if (request.Format is not null && request.Format != "json")
            {
                Error("format", "applies to webhooks only");
            }
        }

        if (errors.Count > 0)
        {
            return (null, null, errors);
        }

        var draft = new SubscriptionDraft
        {
            Filter = filter,
            Name = name,
            Delivery = delivery,
            Channel = channel!,
            WebhookUrl = url,
            WebhookSecret = secret,
            Email = email,
            Format = channel == AlertVocabulary.Email ? "json" : format,
        };
        return (draft, generated, errors);
    }

    /// <summary>
    /// Checks only the filter fields of a request (what a preview needs): the name and the channel are not looked at.
    /// </summary>
    public static (SubscriptionFilter? Filter, Dictionary<string, string[]> Errors) ValidateFilter(
        SubscriptionRequest request, string owner, IReadOnlyDictionary<string, string> markOwners, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var filter = CheckFilter(request, owner, markOwners, now, existingNewSince: null, (field, message) => errors.TryAdd(field, [message]));
        return (errors.Count == 0 ? filter : null, errors);
    }

    /// <summary>The filter fields of a request, each error reported to <paramref name="error"/> under its field.</summary>
    private static SubscriptionFilter CheckFilter(SubscriptionRequest request, string owner, IReadOnlyDictionary<string, string> markOwners,
        DateTimeOffset now, DateTimeOffset? existingNewSince, Action<string, string> error)
    {
        var marks = Distinct(request.Marks);
        for (var i = 0; i < marks.Count; i++)
        {
            if (!markOwners.TryGetValue(marks[i], out var markOwner) || !string.Equals(markOwner, owner, StringComparison.Ordinal))
            {
                error($"marks[{i}]", $"'{marks[i]}' is not a mark of {owner}");
            }
        }

        var events = Distinct(request.Events);
        CheckVocabulary(events, AlertEvents.All, "events", error);
        var kinds = Distinct(request.Kinds);
        CheckVocabulary(kinds, AlertVocabulary.Kinds, "kinds", error);
        var outcomes = Distinct(request.Outcomes);
        CheckVocabulary(outcomes, AlertVocabulary.Outcomes, "outcomes", error);
        var actions = Distinct(request.Actions);
        CheckVocabulary(actions, AlertVocabulary.Actions, "actions", error);
        var sources = Distinct(request.Sources);
        CheckVocabulary(sources, AlertVocabulary.Sources, "sources", error);
        foreach (var (field, list) in new[] { ("marks", marks), ("events", events), ("kinds", kinds), ("outcomes", outcomes), ("actions", actions), ("sources", sources) })
        {
            if (list.Count > MaxListItems)
            {
                error(field, $"must list at most {MaxListItems} items");
            }
        }

        var newSince = NewSince(request, now, existingNewSince, error);

        var minPriority = request.MinPriority ?? 0;
        if (minPriority is < 0 or > 100)
        {
            error("minPriority", "must be between 0 and 100");
        }

        var minOutcome = request.MinOutcome ?? "unlikely";
        if (!AlertVocabulary.Outcomes.Contains(minOutcome, StringComparer.Ordinal))
        {
            error("minOutcome", $"must be one of {string.Join(", ", AlertVocabulary.Outcomes)}");
        }

        return new SubscriptionFilter
        {
            Owner = owner,
            Marks = marks,
            Events = events,
            Kinds = kinds,
            Outcomes = outcomes,
            Actions = actions,
            Sources = sources,
            NewSince = newSince,
            MinPriority = minPriority,
            MinOutcome = minOutcome,
        };
    }

    /// <summary>
    /// "New names only" starts at the date given, or else where it already started (an update), or else now (the
    /// subscription is made). A date without a time is midnight UTC.
    /// </summary>
    private static DateTimeOffset? NewSince(SubscriptionRequest request, DateTimeOffset now, DateTimeOffset? existing, Action<string, string> error)
    {
        if (string.IsNullOrWhiteSpace(request.NewSince))
        {
            return request.NewOnly == true ? existing ?? now : null;
        }

        if (request.NewOnly == false)
        {
            error("newSince", "applies only to new names: leave it out or set newOnly to true");
            return null;
        }

        if (!DateTimeOffset.TryParse(request.NewSince.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var since)
            || since.Year < 2000)
        {
            error("newSince", "must be an ISO 8601 date or time such as 2026-12-01 or 2026-12-01T09:00:00Z");
            return null;
        }

        return since;
    }

    private static string? CheckUrl(string text, AlertOptions options)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return "must be an absolute http or https URL";
        }

        if (url.Scheme == Uri.UriSchemeHttp && options.RequireHttps)
        {
            return "must use https (set Alerts:RequireHttps to false to allow plain http)";
        }

        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            return "must not carry a user name or password";
        }

        if (url.Fragment.Length > 0)
        {
            return "must not have a fragment";
        }

        if (IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var address)
            && new ConnectPolicy { AllowLoopback = options.AllowLoopbackTargets, AllowPrivate = options.AllowPrivateTargets }.AddressRefusal(address) is not null)
        {
            return $"points at a {AddressClassifier.Classify(address).Scope.ToString().ToLowerInvariant()} address, which this server refuses";
        }

        if (url.IdnHost.Equals("localhost", StringComparison.OrdinalIgnoreCase) && !options.AllowLoopbackTargets)
        {
            return "points at loopback, which this server refuses";
        }

        // Loopback targets (a test switch) may use any port; the delivery's connect step checks the rest again.
        if (!options.AllowLoopbackTargets && !ConnectPolicy.WebPortsAnd(options.ExtraPorts).Contains(url.Port))
        {
            return $"uses port {url.Port}; only 80, 443 and the ports in Alerts:ExtraPorts are allowed";
        }

        return null;
    }

    private static List<string> Distinct(IReadOnlyList<string>? values) =>
        values is null ? [] : values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static void CheckVocabulary(List<string> values, IReadOnlyList<string> allowed, string field, Action<string, string> error)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!allowed.Contains(values[i], StringComparer.Ordinal))
            {
                error($"{field}[{i}]", $"'{values[i]}' is not one of {string.Join(", ", allowed)}");
            }
        }
    }
}
