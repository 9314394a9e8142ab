using System.Globalization;

namespace BrandWatch.Api.Stats;

/// <summary>Folds the daily rows of a range into day or week buckets and totals (weeks start on Monday, ISO 8601).</summary>
internal static class StatsReport
{
    public const string Day = "day";
    public const string Week = "week";

    /// <summary>The length of a top list; the rest is summed as "other".</summary>
    public const int TopSize = 10;

    public static StatsResponse Build(StatsQuery query, StatsRead read)
    {
        var (rows, openBefore) = (read.Rows, read.OpenBefore);
        var buckets = Buckets(query).Select(b => new Accumulator(b.Start, b.End)).ToList();
        var totals = new Accumulator(query.From, query.To);
        var byStart = buckets.ToDictionary(b => b.Start);
        foreach (var row in rows)
        {
            var day = DateOnly.ParseExact(row.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var bucket = byStart[query.Bucket == Week ? Max(MondayOf(day), query.From) : day];
            bucket.Add(row);
            totals.Add(row);
        }

        var open = openBefore;
        var answered = new List<StatsBucket>(buckets.Count);
        foreach (var bucket in buckets)
        {
            open += bucket.Opened - bucket.Resolved;
            answered.Add(new StatsBucket(bucket.Start, bucket.End, bucket.Opened, bucket.Resolved, open,
                bucket.Of(StatsVocabulary.Kind, StatsVocabulary.Kinds), bucket.Of(StatsVocabulary.Source, StatsVocabulary.Sources)));
        }

        var takedownOpen = read.TakedownsOpenBefore;
        var takedownBuckets = new List<StatsTakedownBucket>(buckets.Count);
        foreach (var bucket in buckets)
        {
            var (sent, acknowledged, resolved) = (bucket.Sum(StatsVocabulary.TakedownSent), bucket.Sum(StatsVocabulary.TakedownAcknowledged), bucket.Sum(StatsVocabulary.TakedownResolved));
            takedownOpen += sent - resolved;
            takedownBuckets.Add(new StatsTakedownBucket(bucket.Start, bucket.End, sent, acknowledged, resolved, takedownOpen));
        }

        var takedowns = new StatsTakedowns(
            totals.Sum(StatsVocabulary.TakedownSent), totals.Sum(StatsVocabulary.TakedownAcknowledged), totals.Sum(StatsVocabulary.TakedownResolved),
            read.TakedownsOpenBefore, takedownOpen,
            totals.Of(StatsVocabulary.TakedownSent, StatsVocabulary.Parties),
            totals.Of(StatsVocabulary.TakedownResolved, StatsVocabulary.Parties),
            takedownBuckets);

        return new StatsResponse(query.Owner, query.From, query.To, query.Bucket, new StatsTotals(
            totals.Opened, totals.Resolved, openBefore, open,
            totals.Of(StatsVocabulary.Kind, StatsVocabulary.Kinds),
            totals.Of(StatsVocabulary.Source, StatsVocabulary.Sources),
            totals.Of(StatsVocabulary.Action, StatsVocabulary.Actions),
            totals.Of(StatsVocabulary.Outcome, StatsVocabulary.Outcomes),
            totals.Of(StatsVocabulary.Status, StatsVocabulary.Statuses)), answered,
            Top(read.Places, StatsVocabulary.Tld),
            Top(read.Places, StatsVocabulary.Registrar),
            Top(read.Places, StatsVocabulary.Network),
            Top(read.Places, StatsVocabulary.Campaign),
            takedowns);
    }

    /// <summary>The most frequent values of one dimension (ties by name, so the answer is stable), the rest and the unknown.</summary>
    public static StatsTop Top(IReadOnlyList<(string Dimension, string Value, long N)> places, string dimension)
    {
        var known = places.Where(p => p.Dimension == dimension && p.N > 0 && p.Value.Length > 0)
            .OrderByDescending(p => p.N).ThenBy(p => p.Value, StringComparer.Ordinal).ToList();
        var unknown = places.Where(p => p.Dimension == dimension && p.Value.Length == 0).Sum(p => p.N);
        return new StatsTop(
            [.. known.Take(TopSize).Select(p => new StatsCount(p.Value, p.N))],
            known.Skip(TopSize).Sum(p => p.N),
            unknown);
    }

    /// <summary>The buckets of a range, in order: every day, or every week clipped to the range.</summary>
    public static IEnumerable<(DateOnly Start, DateOnly End)> Buckets(StatsQuery query)
    {
        for (var start = query.From; start <= query.To;)
        {
            var end = query.Bucket == Week ? Min(MondayOf(start).AddDays(6), query.To) : start;
            yield return (start, end);
            start = end.AddDays(1);
        }
    }

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private sealed class Accumulator(DateOnly start, DateOnly end)
    {
        private readonly Dictionary<(string Dimension, string Value), long> _counts = [];

        public DateOnly Start { get; } = start;

        public DateOnly End { get; } = end;

        public long Opened => _counts.GetValueOrDefault((StatsVocabulary.Opened, string.Empty));

        public long Resolved => _counts.GetValueOrDefault((StatsVocabulary.Resolved, string.Empty));

        /// <summary>Every value of one dimension added up (the takedown steps of all parties).</summary>
        public long Sum(string dimension) => _counts.Where(c => c.Key.Dimension == dimension).Sum(c => c.Value);

        public void Add(StatsRow row) => _counts[(row.Dimension, row.Value)] = _counts.GetValueOrDefault((row.Dimension, row.Value)) + row.N;

        /// <summary>Every known value with its count (zeros included), then any value stored that the vocabulary lacks.</summary>
        public Dictionary<string, long> Of(string dimension, IReadOnlyList<string> known)
        {
            var result = known.ToDictionary(v => v, v => _counts.GetValueOrDefault((dimension, v)), StringComparer.Ordinal);
            foreach (var ((d, value), n) in _counts)
            {
                if (d == dimension && !result.ContainsKey(value))
                {
                    result[value] = n;
                }
            }

            return result;
        }
    }
}
