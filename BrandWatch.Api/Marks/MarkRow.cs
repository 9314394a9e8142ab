using System.Text.Json;
using BrandWatch.Api.Http;
using BrandWatch.Api.Storage;
using BrandWatch.Rules.Marks;

namespace BrandWatch.Api.Marks;

/// <summary>A row of the marks table.</summary>
internal sealed class MarkRow
{
    public string Id { get; set; } = string.Empty;
    public string Owner { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string Document { get; set; } = "{}";
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }

    public string ETag => ETags.ForVersion("m", Version);

    public MarkDocument ToInput() => JsonSerializer.Deserialize<MarkDocument>(Document, ApiJson.Output)
        ?? throw new InvalidOperationException($"Mark {Id} has an empty document.");

    public MarkResponse ToResponse()
    {
        var mark = ToInput();
        return new MarkResponse
        {
            Id = Id,
            Name = mark.Name,
            Owner = Owner,
            Labels = mark.Labels,
            LabelForms = MarkLabels.Derive(mark.Name, mark.Labels),
            OfficialDomains = mark.OfficialDomains,
            NiceClasses = mark.NiceClasses,
            Jurisdictions = mark.Jurisdictions,
            RegisteredOn = mark.RegisteredOn,
            FirstUsedOn = mark.FirstUsedOn,
            WellKnown = mark.WellKnown,
            GenericWord = mark.GenericWord,
            Keywords = mark.Keywords,
            AuthorisedDomains = mark.AuthorisedDomains,
            Version = Version,
            CreatedAt = CreatedAt,
            UpdatedAt = UpdatedAt,
            RetiredAt = RetiredAt,
        };
    }
}
