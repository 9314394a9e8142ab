using System.Text.Json;
using BrandWatch.Api.Http;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Scoring;
using BrandWatch.Time;

namespace BrandWatch.Api.Cases.Filing;

/// <summary>
/// What a filing writes on its case: the parameters of the case's insert or update, with the sighting a new case's
/// first-seen time may come from (<see cref="Sightings.SightingStore.FirstSeenOfNewCase(string, string, string, string, string, string)"/>).
/// </summary>
internal sealed record CaseFigures
{
    public required string MarkId { get; init; }
    public required string Owner { get; init; }
    public required string Subject { get; init; }
    public required string Kind { get; init; }
    public required string? Source { get; init; }
    public required string Domain { get; init; }
    public required int Priority { get; init; }
    public required string Outcome { get; init; }
    public required string Action { get; init; }
    public required string ActionReason { get; init; }
    public required double Overall { get; init; }
    public required double Act { get; init; }
    public required double Damage { get; init; }
    public required double Causation { get; init; }
    public required double Fault { get; init; }
    public required string RuleVersion { get; init; }
    public required string Verdict { get; init; }
    public required string Now { get; init; }
    public required string ObservedAt { get; init; }
    public required string? Tld { get; init; }
    public required string? Registrar { get; init; }
    public required string? Network { get; init; }
    public required long? PredecessorId { get; init; }
    public required string? SightingSeenAt { get; init; }
    public required string? SightingSource { get; init; }
    public required string? SightingFeed { get; init; }
    public required string? SightingItem { get; init; }

    public static CaseFigures Of(MarkRef mark, string subject, string domain, CaseFiling filing, Verdict verdict, string now, long? predecessorId, CaseSighting? sighting) => new()
    {
        MarkId = mark.Id,
        Owner = mark.Owner,
        Subject = subject,
        Kind = WireName.Kebab(filing.Kind),
        Source = filing.Source is { } source ? WireName.Kebab(source) : null,
        Domain = domain,
        Priority = verdict.Priority,
        Outcome = WireName.Kebab(verdict.Outcome),
        Action = WireName.Kebab(verdict.Action),
        ActionReason = verdict.ActionReason,
        Overall = verdict.Overall,
        Act = verdict.Act.Score,
        Damage = verdict.Damage.Score,
        Causation = verdict.Causation.Score,
        Fault = verdict.Fault.Score,
        RuleVersion = verdict.RuleVersion,
        Verdict = JsonSerializer.Serialize(verdict, ApiJson.Output),
        Now = now,
        ObservedAt = StoredTime.Format(filing.ObservedAt),
        Tld = CasePlaces.Tld(domain),
        Registrar = CasePlaces.Registrar(filing.Evidence),
        Network = CasePlaces.Network(filing.Evidence),
        PredecessorId = predecessorId,
        SightingSeenAt = sighting is null ? null : StoredTime.Format(sighting.SeenAt),
        SightingSource = sighting is null ? null : WireName.Kebab(sighting.Source),
        SightingFeed = sighting?.Feed,
        SightingItem = sighting?.Item,
    };
}
