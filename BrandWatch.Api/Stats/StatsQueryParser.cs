using System.Globalization;
using BrandWatch.Api.Auth;

namespace BrandWatch.Api.Stats;

/// <summary>Reads <c>owner</c>, <c>from</c>, <c>to</c> and <c>bucket</c>, naming the parameter of any bad value.</summary>
internal static class StatsQueryParser
{
    /// <summary>The longest range in day buckets (a year, leap day included).</summary>
    public const int MaxDays = 366;

    /// <summary>The longest range in week buckets (three years).</summary>
    public const int MaxWeekDays = 3 * 366;

    /// <summary>The range when <c>from</c> is left out: the last 30 days, or the last 12 weeks.</summary>
    public const int DefaultDays = 30;

    public const int DefaultWeeks = 12;

    public static (StatsQuery? Query, Dictionary<string, string[]> Errors, bool OwnerHidden) Parse(IQueryCollection query, Caller caller, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();

        var bucket = query["bucket"].ToString();
        if (bucket.Length == 0)
        {
            bucket = StatsReport.Day;
        }
        else if (bucket is not (StatsReport.Day or StatsReport.Week))
        {
            errors["bucket"] = ["must be day or week"];
        }

        DateOnly? Date(string name)
        {
            var text = query[name].ToString();
            if (text.Length == 0)
            {
                return null;
            }

            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                errors[name] = ["must be a date as yyyy-MM-dd (a UTC day)"];
                return null;
            }

            return day;
        }

        var to = Date("to") ?? today;
        var from = Date("from") ?? (bucket == StatsReport.Week ? StatsReport.MondayOf(to).AddDays(-7 * (DefaultWeeks - 1)) : to.AddDays(1 - DefaultDays));
        var max = bucket == StatsReport.Week ? MaxWeekDays : MaxDays;
        if (errors.Count == 0 && from > to)
        {
            errors["from"] = ["must not be after to"];
        }
        else if (errors.Count == 0 && to.DayNumber - from.DayNumber + 1 > max)
        {
            errors["to"] = [$"is more than {max} days after from: a range of {bucket} buckets spans at most {max} days"];
        }

        var owner = query["owner"].ToString();
        if (owner.Length > 200)
        {
            errors["owner"] = ["is longer than 200 characters"];
        }
        else if (owner.Length == 0)
        {
            if (!caller.SeesAllOwners && caller.Owners.Count == 1)
            {
                owner = caller.Owners[0];
            }
            else
            {
                errors["owner"] = ["is required: this key sees more than one owner, so name the one to count"];
            }
        }
        else if (owner == StatsQuery.All)
        {
            if (!caller.SeesAllOwners)
            {
                errors["owner"] = ["* (every owner) is only for keys that see every owner; name one owner"];
            }
        }
        else if (!caller.CanSee(owner))
        {
            return (null, errors, true);
        }

        return errors.Count > 0 ? (null, errors, false) : (new StatsQuery(owner, from, to, bucket), errors, false);
    }
}
