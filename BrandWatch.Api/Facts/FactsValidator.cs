using System.Text.RegularExpressions;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Api.Facts;

/// <summary>Checks reviewer facts before they re-score a case: each error names its field (camelCase, as sent).</summary>
internal static partial class FactsValidator
{
    public const int MaxNoteLength = 4000;

    /// <summary>Amounts above this are typing errors, not prices (the scorer compares them with out-of-pocket costs).</summary>
    public const decimal MaxAmount = 1_000_000_000m;

    /// <summary>No registrant has lost more published decisions than this; a larger count is a typing error.</summary>
    public const int MaxDecisions = 10_000;

    public static Dictionary<string, string[]> Validate(ReviewerFacts facts, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        void Date(string field, DateOnly? value)
        {
            if (value is { } d && d > today)
            {
                errors[field] = [$"must not be in the future (today is {today:yyyy-MM-dd})"];
            }
        }

        void Amount(string field, decimal? value)
        {
            if (value is { } v && (v < 0 || v > MaxAmount))
            {
                errors[field] = [$"must be between 0 and {MaxAmount:0}"];
            }
        }

        Date("registrantTrademarkDate", facts.RegistrantTrademarkDate);
        Date("disputeNoticeOn", facts.DisputeNoticeOn);
        Date("saleOfferedOn", facts.SaleOfferedOn);
        Date("markRenamedOn", facts.MarkRenamedOn);
        Date("nameSoldToComplainantOn", facts.NameSoldToComplainantOn);
        Date("nameLapsedFromComplainantOn", facts.NameLapsedFromComplainantOn);
        Amount("askingPrice", facts.AskingPrice);
        if (facts.PriorAdverseDecisions is { } decisions && (decisions < 0 || decisions > MaxDecisions))
        {
            errors["priorAdverseDecisions"] = [$"must be between 0 and {MaxDecisions}"];
        }

        Amount("quantifiedLoss", facts.QuantifiedLoss);

        if (facts.RegistrantTrademarkJurisdiction is { } place && !Jurisdiction().IsMatch(place))
        {
            errors["registrantTrademarkJurisdiction"] = ["must be an ISO 3166 country code (\"US\"), \"EU\", \"WIPO\" or \"international\""];
        }

        if (facts.RegistrantHoldsTrademark is not true && (facts.RegistrantTrademarkDate is not null || facts.RegistrantTrademarkJurisdiction is not null || facts.RegistrantTrademarkLapsed is not null))
        {
            errors["registrantHoldsTrademark"] = ["must be true when the registrant's trademark date, jurisdiction or lapse is given"];
        }

        if (facts.SaleInitiatedBy is { } by && !Enum.IsDefined(by))
        {
            errors["saleInitiatedBy"] = ["must be \"registrant\", \"complainant\" or \"undisclosed-buyer\""];
        }

        if (facts.Note is { Length: > MaxNoteLength })
        {
            errors["note"] = [$"must be at most {MaxNoteLength} characters"];
        }

        return errors;
    }

    [GeneratedRegex("^([A-Z]{2}|EU|WIPO|international)$", RegexOptions.CultureInvariant)]
    private static partial Regex Jurisdiction();
}
