using BrandWatch.Api.Cases;

namespace BrandWatch.Api.Reviews;

/// <summary>What a transition request must carry: dismissal reasons, actions taken, notes.</summary>
public static class ReviewRules
{
    public const int MaxNoteLength = 4000;

    public static IReadOnlyList<string> DismissalReasons { get; } = ["own-rights", "legitimate-interest", "fair-use", "not-similar", "predates-mark"];

    public static IReadOnlyList<string> ActionsTaken { get; } = ["cease-and-desist-sent", "takedown-requested", "udrp-filed", "transferred", "settled"];

    /// <summary>Field errors of a request, independent of the case's current state.</summary>
    public static Dictionary<string, string[]> Validate(ReviewRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (!CaseStatus.IsKnown(request.To) || request.To == CaseStatus.New)
        {
            errors["to"] = [$"must be one of {string.Join(", ", CaseStatus.All.Skip(1))}"];
            return errors;
        }

        if (request.To == CaseStatus.Dismissed)
        {
            if (request.Reason is null || !DismissalReasons.Contains(request.Reason, StringComparer.Ordinal))
            {
                errors["reason"] = [$"a dismissal needs a reason: {string.Join(", ", DismissalReasons)}"];
            }
        }
        else if (request.Reason is not null)
        {
            errors["reason"] = ["is only given when dismissing"];
        }

        if (request.To == CaseStatus.Actioned)
        {
            if (request.Action is null || !ActionsTaken.Contains(request.Action, StringComparer.Ordinal))
            {
                errors["action"] = [$"an actioned case needs the action taken: {string.Join(", ", ActionsTaken)}"];
            }
        }
        else if (request.Action is not null)
        {
            errors["action"] = ["is only given when recording an action (to actioned)"];
        }

        if (request.Note is { Length: > MaxNoteLength })
        {
            errors["note"] = [$"must be at most {MaxNoteLength} characters"];
        }
        else if (request.To != CaseStatus.InReview && string.IsNullOrWhiteSpace(request.Note))
        {
            errors["note"] = ["a decision needs a note saying why"];
        }

        return errors;
    }
}
