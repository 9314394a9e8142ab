using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using AngleSharp;
using AngleSharp.Html.Parser;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Pages;
using BrandWatch.Worker.Cli;

namespace BrandWatch.Bench;

/// <summary>
/// Pages analysed per second: the recorded sample sites, each grown to a typical 50–200 KB page with ordinary
/// content (style rules, navigation, articles), analysed on a fixed number of threads for a fixed time. The peers are
/// AngleSharp parsing the same pages with CSS and nothing else, and the HTML parse alone, measured in the same run.
/// </summary>
internal static class PagesBenchmark
{
    private static readonly int[] Sizes = [50 * 1024, 100 * 1024, 150 * 1024, 200 * 1024];

    /// <summary><c>bench pages [--marks FILE|N] [--sites DIR] [--threads N] [--seconds S]</c>.</summary>
    public static Command Create()
    {
        var marks = new Option<string>("--marks")
        {
            Description = "Portfolio file, or a number N: the corpus portfolio (samples/pages/marks.json) grown with coined marks to N marks",
            DefaultValueFactory = _ => Path.Combine("samples", "pages", "marks.json"),
        };
        var sites = new Option<string>("--sites") { Description = "Folder of pages", DefaultValueFactory = _ => Path.Combine("samples", "pages") };
        var threads = new Option<int>("--threads") { Description = "Worker threads", DefaultValueFactory = _ => 2 };
        var seconds = new Option<double>("--seconds") { Description = "Measuring time per figure", DefaultValueFactory = _ => 10 };
        var command = new Command("pages", "Pages analysed per second on the sample sites grown to 50-200 KB") { marks, sites, threads, seconds };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var marksValue = parse.GetRequiredValue(marks);
            var count = int.TryParse(marksValue, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
            var (portfolio, error) = await PortfolioFile.LoadAsync(count is null ? marksValue : Path.Combine("samples", "pages", "marks.json"), cancellationToken);
            if (portfolio is null)
            {
                await Console.Error.WriteLineAsync($"error: {error}");
                return ExitCodes.BadInput;
            }

            var portfolioMarks = portfolio.Marks;
            if (count is { } wanted)
            {
                if (wanted < 1 || wanted > 1_000_000)
                {
                    await Console.Error.WriteLineAsync($"error: --marks: {wanted} is not between 1 and 1,000,000");
                    return ExitCodes.BadInput;
                }

                portfolioMarks = await GrowPortfolioAsync(portfolio.Marks, wanted, cancellationToken);
            }

            var folder = parse.GetRequiredValue(sites);
            if (!Directory.Exists(folder))
            {
                await Console.Error.WriteLineAsync($"error: {folder}: folder not found");
                return ExitCodes.BadInput;
            }

            return await RunAsync(portfolioMarks, folder, Math.Max(1, parse.GetValue(threads)), Math.Max(0.5, parse.GetValue(seconds)), Console.Out, cancellationToken);
        });
        return command;
    }

    /// <summary>The portfolio with coined marks added (the screening bench's generator) up to <paramref name="count"/> marks.</summary>
    private static async Task<IReadOnlyList<Mark>> GrowPortfolioAsync(IReadOnlyList<Mark> sample, int count, CancellationToken cancellationToken)
    {
        if (count <= sample.Count)
        {
            return [.. sample.Take(count)];
        }

        var wordsPath = Path.Combine("data", "words-en.txt");
        var words = File.Exists(wordsPath)
            ? (await File.ReadAllLinesAsync(wordsPath, cancellationToken)).Where(w => w.Length is >= 3 and <= 9 && w.All(char.IsAsciiLetterLower)).ToList()
            : [];
        var synthetic = new SyntheticFeed(20260110, words, ["com"]);
        var taken = sample.SelectMany(m => m.Labels).ToHashSet(StringComparer.Ordinal);
        return [.. sample, .. synthetic.Marks(count - sample.Count, taken)];
    }

    public static async Task<int> RunAsync(IReadOnlyList<Mark> marks, string sitesFolder, int threads, double seconds, TextWriter output, CancellationToken cancellationToken)
    {
        var pages = Directory.GetFiles(sitesFolder, "*.html").Order(StringComparer.Ordinal).ToList();
        if (pages.Count == 0)
        {
            await output.WriteLineAsync($"no .html pages in {sitesFolder}");
            return ExitCodes.BadInput;
        }

        var corpus = new List<(string Html, Uri Url)>();
        var index = 0;
        foreach (var path in pages)
        {
            var html = await File.ReadAllTextAsync(path, cancellationToken);
            foreach (var size in Sizes)
            {
                corpus.Add((Grow(html, size, index++), new Uri($"https://{Path.GetFileNameWithoutExtension(path)}.example/")));
            }
        }

        var analyzer = new PageAnalyzer(marks, PageAnalysisOptions.Default);
        var findings = corpus.Sum(p => analyzer.Analyze(p.Html, p.Url).Count);
        // The peer parses with the analyser's own parser settings, so the difference is the analysis itself.
        var parserOptions = new HtmlParserOptions { IsScripting = false, DisableElementPositionTracking = true, SkipComments = true };
        var parser = new ThreadLocal<HtmlParser>(() => new HtmlParser(parserOptions, BrowsingContext.New(Configuration.Default.WithCss())));
        // A second peer: the HTML parse alone, without AngleSharp.Css (the analyser parses style sheets only when it
        // needs a style, so the first peer parses CSS the analysis may skip).
        var htmlOnly = new ThreadLocal<HtmlParser>(() => new HtmlParser(parserOptions, BrowsingContext.New(Configuration.Default)));
        var averageKb = corpus.Average(p => Encoding.UTF8.GetByteCount(p.Html)) / 1024;

        if (File.Exists("/proc/loadavg"))
        {
            // The machine is shared: the load average says how much of the cores the run really had.
            await output.WriteLineAsync($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average at start (1/5/15 min): "
                + string.Join(' ', (await File.ReadAllTextAsync("/proc/loadavg", cancellationToken)).Split(' ').Take(3)));
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"corpus: {pages.Count} pages x {Sizes.Length} sizes = {corpus.Count} pages, {averageKb:0} KB average, {marks.Count} marks, {findings} findings in one pass"));
        var analysed = Measure(corpus, threads, seconds, page => analyzer.Analyze(page.Html, page.Url).Count, cancellationToken);
        var parsed = Measure(corpus, threads, seconds, page =>
        {
            // Not null: the factory above always builds a parser.
            using var document = parser.Value!.ParseDocument(page.Html);
            return document.All.Length;
        }, cancellationToken);

        var htmlParsed = Measure(corpus, threads, seconds, page =>
        {
            // Not null: the factory above always builds a parser.
            using var document = htmlOnly.Value!.ParseDocument(page.Html);
            return document.All.Length;
        }, cancellationToken);

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"managed heap after the run: {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:0} MB"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"page analysis: {analysed.Pages} pages in {analysed.Seconds:0.0} s on {threads} threads = {analysed.PerSecond:0} pages/s ({analysed.PerSecond * averageKb / 1024:0.0} MB/s); {analysed.PerCpuSecond:0} pages per CPU-second, {analysed.PerCpuSecond * threads:0} pages/s on {threads} uncontended cores"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"peer, AngleSharp parse only: {parsed.Pages} pages in {parsed.Seconds:0.0} s on {threads} threads = {parsed.PerSecond:0} pages/s; {parsed.PerCpuSecond:0} pages per CPU-second, {parsed.PerCpuSecond * threads:0} pages/s on {threads} uncontended cores"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"peer, AngleSharp HTML parse without CSS: {htmlParsed.Pages} pages in {htmlParsed.Seconds:0.0} s on {threads} threads = {htmlParsed.PerSecond:0} pages/s; {htmlParsed.PerCpuSecond:0} pages per CPU-second, {htmlParsed.PerCpuSecond * threads:0} pages/s on {threads} uncontended cores"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"ratio per CPU-second: {analysed.PerCpuSecond / parsed.PerCpuSecond:0.00}x the parse with CSS, {analysed.PerCpuSecond / htmlParsed.PerCpuSecond:0.00}x the HTML parse alone"));
        parser.Dispose();
        htmlOnly.Dispose();
        return ExitCodes.Success;
    }

    private static (long Pages, double Seconds, double PerSecond, double PerCpuSecond) Measure(List<(string Html, Uri Url)> corpus, int threads, double seconds, Func<(string Html, Uri Url), int> work, CancellationToken cancellationToken)
    {
        // Warm up (every page, then a third of the measuring time) so tiered JIT and first-use costs stay out of the figure.
        foreach (var page in corpus)
        {
            work(page);
        }

        Run(corpus, threads, seconds / 3, work, cancellationToken);
        return Run(corpus, threads, seconds, work, cancellationToken);
    }

    private static (long Pages, double Seconds, double PerSecond, double PerCpuSecond) Run(List<(string Html, Uri Url)> corpus, int threads, double seconds, Func<(string Html, Uri Url), int> work, CancellationToken cancellationToken)
    {
        long done = 0;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var i = t;
            while (clock.Elapsed < deadline && !cancellationToken.IsCancellationRequested)
            {
                work(corpus[i % corpus.Count]);
                i += threads;
                Interlocked.Increment(ref done);
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        var elapsed = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        return (done, elapsed, done / elapsed, done / Math.Max(cpu, 1e-9));
    }

    /// <summary>Grows a page to about <paramref name="size"/> bytes with ordinary content that names no mark.</summary>
    internal static string Grow(string html, int size, int seed)
    {
        var css = new StringBuilder("<style>\n");
        for (var i = 0; i < 120; i++)
        {
            css.Append(CultureInfo.InvariantCulture, $".c{seed}-{i} .item > a:hover, #n{i} li.active {{ color: #{(i * 37) % 4096:x3}; margin: {i % 9}px {i % 5}px; }}\n");
        }

        css.Append("</style>\n");
        var body = new StringBuilder("<nav class=\"site-nav\"><ul>");
        for (var i = 0; i < 60; i++)
        {
            body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/section/{i}/topic-{seed}\">Section {i}</a></li>");
        }

        body.Append("</ul></nav>\n");
        var paragraph = 0;
        while (html.Length + css.Length + body.Length < size)
        {
            body.Append(CultureInfo.InvariantCulture, $"<article class=\"c{seed}-{paragraph % 120} item\"><h3>Notes from the week, part {paragraph}</h3>")
                .Append("<p>Local markets reopened after the holiday and traders reported steady business in fresh produce, bread and household goods. ")
                .Append(CultureInfo.InvariantCulture, $"<a href=\"/news/{paragraph}\">Read more</a> about opening hours, parking and the new bus timetable.</p>")
                .Append("<ul><li>Opening hours</li><li>Parking</li><li>Timetable</li></ul></article>\n");
            paragraph++;
        }

        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        var grown = head < 0 ? css + html : html.Insert(head, css.ToString());
        var end = grown.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? grown + body : grown.Insert(end, body.ToString());
    }
}
