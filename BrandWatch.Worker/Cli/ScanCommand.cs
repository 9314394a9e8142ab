using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Domains;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Rules.Screening;
using BrandWatch.Worker.Feeds;

namespace BrandWatch.Worker.Cli;

/// <summary>
/// <c>scan --marks FILE --domains FILE|- [--format table|jsonl|csv] [--min-similarity X]</c>: screens a domain feed
/// against a portfolio, streaming the feed in batches screened in parallel, and reports every (domain, mark) match.
/// </summary>
internal static partial class ScanCommand
{
    private const int RejectionsPrinted = 20;
    private const int BatchSize = 4096;
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(2);

    public static Command Create()
    {
        var marks = new Option<string>("--marks") { Description = "Portfolio file (JSON, see README)", Required = true };
        var domains = new Option<string>("--domains") { Description = "Domain feed: a file (plain or .gz) or - for standard input", Required = true };
        var format = new Option<string>("--format") { Description = "Output: table (default), jsonl (one object per match) or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv");
        var minSimilarity = new Option<double?>("--min-similarity") { Description = "Report only matches at or above this similarity (0-1; default: the rule set's screening floor, as the pipeline screens)" };
        var command = new Command("scan", "Screen a list of newly registered domains against a portfolio of marks") { marks, domains, format, minSimilarity };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(marks), parse.GetRequiredValue(domains), Console.Out, Console.Error, cancellationToken,
            parse.GetValue(format) ?? "table", parse.GetValue(minSimilarity)));
        ScanFileTo.Attach(command);
        return command;
    }

    public static async Task<int> RunAsync(
        string marksPath, string domainsPath, TextWriter output, TextWriter error, CancellationToken cancellationToken,
        string format = "table", double? minSimilarity = null)
    {
        if (minSimilarity is < 0 or > 1)
        {
            await error.WriteLineAsync($"error: --min-similarity must be between 0 and 1 (got {minSimilarity})");
            return ExitCodes.BadInput;
        }

        var portfolio = await PortfolioFile.LoadReportingAsync(marksPath, error, cancellationToken);
        if (portfolio is null)
        {
            return ExitCodes.BadInput;
        }

        var (reader, feedError) = InputFile.Open(domainsPath);
        if (reader is null)
        {
            await error.WriteLineAsync($"error: {feedError}");
            return ExitCodes.BadInput;
        }

        // The default rules' screening section, as the pipeline screens: scan reports what the pipeline would file.
        var screening = RuleSetJson.Default.Screening.ToOptions();
        var options = minSimilarity is { } floor ? screening with { MinSimilarity = floor } : screening;
        var index = MarkIndex.Build(portfolio.Marks, options);
        var triage = new NameOnlyTriage(portfolio.Marks, RuleSetJson.Default, DateTimeOffset.UtcNow);
        var writer = MatchWriter.Create(format, output);
        var summaryOut = format == "table" ? output : error;
        var stats = new ScanStats();
        var clock = Stopwatch.StartNew();
        var lastProgress = TimeSpan.Zero;

        await writer.StartAsync();
        using (reader)
        {
            var batch = new List<FeedLine>(BatchSize);
            await foreach (var line in FeedLineReader.ReadAsync(reader, cancellationToken))
            {
                batch.Add(line);
                if (batch.Count == BatchSize)
                {
                    await ScreenBatchAsync(batch, index, triage, domainsPath, writer, error, stats, cancellationToken);
                    batch.Clear();
                    if (clock.Elapsed - lastProgress >= ProgressEvery)
                    {
                        lastProgress = clock.Elapsed;
                        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                            $"progress: {stats.Read + stats.Rejected:N0} lines, {stats.Read / clock.Elapsed.TotalSeconds:N0} domains/s, {stats.Matches:N0} matches so far"));
                    }
                }
            }

            await ScreenBatchAsync(batch, index, triage, domainsPath, writer, error, stats, cancellationToken);
        }

        await writer.FinishAsync();
        await WriteSummaryAsync(summaryOut, portfolio.Marks.Count, portfolio.Errors.Count, marksPath, domainsPath, stats, clock.Elapsed);
        return stats.Read == 0 && stats.Rejected > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }

    private static async Task ScreenBatchAsync(
        List<FeedLine> batch, MarkIndex index, NameOnlyTriage triage, string domainsPath, MatchWriter writer, TextWriter error, ScanStats stats, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var rejections = new string?[batch.Count];
        var matches = new IReadOnlyList<DomainMatch>[batch.Count];
        var verdicts = new IReadOnlyDictionary<string, Verdict>[batch.Count];
        Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var line = batch[i];
            if (line.Rejection is not null)
            {
                rejections[i] = line.Rejection;
                matches[i] = [];
                return;
            }

            var parsed = DomainName.Parse(line.Text);
            rejections[i] = parsed.Error;
            matches[i] = parsed.Domain is { } domain ? index.Screen(domain) : [];
            if (parsed.Domain is { } matched && matches[i].Count > 0)
            {
                verdicts[i] = triage.Score(matched.Ascii, matches[i]);
            }
        });

        for (var i = 0; i < batch.Count; i++)
        {
            if (rejections[i] is { } rejection)
            {
                stats.Reject(rejection);
                if (stats.Rejected <= RejectionsPrinted)
                {
                    await error.WriteLineAsync($"rejected: {domainsPath}:{batch[i].LineNumber}: {rejection}");
                }

                continue;
            }

            stats.Read++;
            if (matches[i].Count > 0)
            {
                stats.MatchedDomains++;
            }

            foreach (var match in matches[i])
            {
                // The domain as read from the feed, not its normalised form.
                var asRead = match with { Domain = batch[i].Text };
                stats.Count(asRead);
                await writer.WriteAsync(asRead, verdicts[i][match.Mark]);
            }
        }
    }

    private static async Task WriteSummaryAsync(TextWriter output, int marks, int marksRejected, string marksPath, string domainsPath, ScanStats stats, TimeSpan elapsed)
    {
        await output.WriteLineAsync($"marks: {marks} loaded, {marksRejected} rejected from {marksPath}");
        await output.WriteLineAsync($"domains: {stats.Read} read, {stats.Rejected} rejected from {domainsPath}");
        foreach (var (reason, count) in stats.Reasons.OrderByDescending(r => r.Value).Take(5))
        {
            await output.WriteLineAsync($"  rejected {count}: {reason}");
        }

        var kinds = string.Join(", ", stats.Kinds.OrderByDescending(k => k.Value).Select(k => $"{WireName.Kebab(k.Key)} {k.Value}"));
        await output.WriteLineAsync($"matches: {stats.Matches} on {stats.MatchedDomains} domains{(kinds.Length > 0 ? $" ({kinds})" : string.Empty)}");
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-6);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"time: {elapsed.TotalSeconds:F2} s, {stats.Read / seconds:N0} domains/s"));
    }


    /// <summary>Counts for the closing summary.</summary>
    private sealed class ScanStats
    {
        public long Read { get; set; }
        public long Rejected { get; private set; }
        public long Matches { get; private set; }
        public long MatchedDomains { get; set; }
        public Dictionary<string, long> Reasons { get; } = new(StringComparer.Ordinal);
        public Dictionary<MatchKind, long> Kinds { get; } = [];

        public void Reject(string reason)
        {
            Rejected++;
            var general = Quoted().Replace(reason, "'…'");
            general = Digits().Replace(general, "N");
            Reasons[general] = Reasons.GetValueOrDefault(general) + 1;
        }

        public void Count(DomainMatch match)
        {
            Matches++;
            Kinds[match.Kind] = Kinds.GetValueOrDefault(match.Kind) + 1;
        }
    }

    [GeneratedRegex("'[^']*'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
