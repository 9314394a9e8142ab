using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Bench;

/// <summary>
/// <c>bench score [--cases N]</c>: scores a fixed set of typical cases (a typo with DNS and registration data, a
/// phishing combosquat with page findings, a passive identical name, a page-level deep link) on one thread and
/// prints cases per second. The peer in the same run is serialising each verdict to JSON (what filing costs).
/// </summary>
internal static class ScoreBenchmark
{
    public static Command Create()
    {
        var cases = new Option<int>("--cases") { Description = "How many cases to score in the measured run", DefaultValueFactory = _ => 200_000 };
        var command = new Command("score", "Measure the four-element scorer: cases per second on one thread") { cases };
        command.SetAction((parse, _) => Task.FromResult(Run(parse.GetValue(cases), Console.Out)));
        return command;
    }

    public static int Run(int count, TextWriter output)
    {
        var scorer = new Scorer(RuleSetJson.Default);
        var now = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var inputs = TypicalInputs();

        // Warm up: loads the embedded word list and lets the JIT reach tier 1.
        for (var i = 0; i < 20_000; i++)
        {
            scorer.Score(inputs[i % inputs.Length], now);
        }

        var checksum = 0L;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            checksum += scorer.Score(inputs[i % inputs.Length], now).Priority;
        }

        stopwatch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var perSecond = count / stopwatch.Elapsed.TotalSeconds;

        // On a shared machine wall time includes waiting for a core; CPU time is what one core spends.
        var perCpuSecond = count / Math.Max(cpu.TotalSeconds, 1e-9);

        var serialise = Math.Max(1, count / 10);
        var bytes = 0L;
        process.Refresh();
        var serialiseCpuBefore = process.TotalProcessorTime;
        var serialiseWatch = Stopwatch.StartNew();
        for (var i = 0; i < serialise; i++)
        {
            bytes += System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(scorer.Score(inputs[i % inputs.Length], now), Rules.Cases.ContractJson.Options).Length;
        }

        serialiseWatch.Stop();
        process.Refresh();
        var serialisedPerCpuSecond = serialise / Math.Max((process.TotalProcessorTime - serialiseCpuBefore).TotalSeconds, 1e-9);
        var serialisedPerSecond = serialise / serialiseWatch.Elapsed.TotalSeconds;
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"score: {count:N0} cases on one thread: {perCpuSecond:N0} cases per CPU-second ({1e6 / perCpuSecond:F1} µs CPU/case); wall {stopwatch.Elapsed.TotalMilliseconds:F0} ms = {perSecond:N0} cases/s (checksum {checksum})"));
        output.WriteLine(string.Create(c, $"peer, score + serialise the verdict to JSON: {serialisedPerCpuSecond:N0} cases per CPU-second; wall {serialisedPerSecond:N0} cases/s (avg {bytes / serialise:N0} bytes/verdict)"));
        output.WriteLine(string.Create(c, $"rules {scorer.Rules.Version}, {Environment.ProcessorCount} logical cores, load average {LoadAverage()}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}"));
        return 0;
    }

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static ScoringInput[] TypicalInputs()
    {
        var paypal = new Mark
        {
            Id = "paypal", Name = "PayPal", Labels = ["paypal"], OfficialDomains = ["paypal.com"], Jurisdictions = ["US", "EU"],
            RegisteredOn = new DateOnly(1999, 5, 18), WellKnown = true, Keywords = ["payment", "wallet"], Owner = "PayPal, Inc.",
        };
        var coined = paypal with { Id = "quorvexa", Name = "Quorvexa", Labels = ["quorvexa"], OfficialDomains = ["quorvexa.com"], WellKnown = false, RegisteredOn = new DateOnly(2024, 3, 1) };
        DomainMatch Match(Mark mark, string domain, MatchKind kind, double similarity, params string[] added) => new()
        {
            Domain = domain, Unicode = domain, Mark = mark.Id, Kind = kind, LabelForm = mark.Labels[0], Similarity = similarity, Explanation = kind.ToString(), AddedWords = added,
        };
        PageFinding Finding(string criterion) => new() { Criterion = criterion, Mark = "paypal", Evidence = "<form>…</form>", Reason = "seen" };
        var registered = new RegistrationEvidence { Domain = "x", Source = "rdap", Registered = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), PrivacyService = "Domains By Proxy, LLC" };

        return
        [
            new ScoringInput
            {
                Mark = paypal, Subject = "paypall.com", Matches = [Match(paypal, "paypall.com", MatchKind.Repetition, 0.86)],
                Evidence = new CaseEvidence
                {
                    Dns = new DnsEvidence { Domain = "paypall.com", Outcome = DnsOutcome.Resolved, A = ["192.0.2.1"], Mx = ["mx.paypall.com"], NameServers = ["ns1.bodis.com"] },
                    Registration = registered,
                },
            },
            new ScoringInput
            {
                Mark = paypal, Subject = "paypal-login.com", Matches = [Match(paypal, "paypal-login.com", MatchKind.Combosquat, 0.82, "login")],
                Evidence = new CaseEvidence
                {
                    Dns = new DnsEvidence { Domain = "paypal-login.com", Outcome = DnsOutcome.Resolved, A = ["192.0.2.2"] },
                    Registration = registered,
                    Pages = [new PageEvidence { Url = "https://paypal-login.com/", Status = 200, Findings = [Finding(Criteria.U1), Finding(Criteria.A12), Finding(Criteria.A10)] }],
                    RegistrantOtherFlaggedDomains = ["netfllx.com", "micros0ft.com"],
                },
            },
            new ScoringInput
            {
                Mark = coined, Subject = "quorvexa.net", Matches = [Match(coined, "quorvexa.net", MatchKind.TldSwap, 1)],
                Evidence = new CaseEvidence
                {
                    Dns = new DnsEvidence { Domain = "quorvexa.net", Outcome = DnsOutcome.NoData },
                    Registration = registered,
                    Reviewer = new ReviewerFacts { FalseContactData = true },
                },
            },
            new ScoringInput
            {
                Mark = paypal, Subject = "https://events.example/listings",
                Evidence = new CaseEvidence { Pages = [new PageEvidence { Url = "https://events.example/listings", Status = 200, Findings = [Finding(Criteria.A8)] }] },
            },
        ];
    }
}
