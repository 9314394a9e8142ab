using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Tests.Pages.Corpus;
using BrandWatch.Worker.Content;
using BrandWatch.Worker.Tests.Fixtures;

namespace BrandWatch.Worker.Tests.Content;

/// <summary>
/// The labelled pages with image files (samples/pages/visual), each screened once as content screening screens a new
/// domain: dnsmasq answers the page's host with 127.0.0.1, a loopback site serves the page at / with its files, and
/// the Worker's content screener fetches the page and its images and analyses them against the folder's portfolio.
/// </summary>
public sealed class VisualCorpus : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private readonly Dictionary<string, ContentOutcome> _outcomes = new(StringComparer.Ordinal);
    private CaseApiServer? _api;
    private ContentSites? _sites;
    private WorkerFixture? _worker;
    private Dnsmasq? _dns;

    public static string Folder { get; } = RepoPaths.Of("samples", "pages", "visual");

    internal static IReadOnlyList<CorpusPage> Pages { get; } = Load();

    public ContentSites Sites => _sites ?? throw new InvalidOperationException("not started");

    internal ContentOutcome Outcome(string name) => _outcomes[name];

    /// <summary>The distinct misuse findings (criterion:mark) of the page's home page.</summary>
    internal IReadOnlySet<string> MisuseFound(string name) =>
        Outcome(name).Read.SelectMany(p => p.Findings).Where(f => CorpusPage.MisuseCriteria.Contains(f.Criterion))
            .Select(f => $"{f.Criterion}:{f.Mark ?? "-"}").ToHashSet(StringComparer.Ordinal);

    internal IReadOnlyList<PageFinding> Findings(string name) => [.. Outcome(name).Read.SelectMany(p => p.Findings)];

    /// <summary>Every finding of the page, one a line, for a failing assertion's message.</summary>
    internal string Describe(string name) => string.Join('\n', Findings(name).Select(f => $"{f.Criterion} {f.Mark ?? "-"}: {f.Reason}"));

    public async ValueTask InitializeAsync()
    {
        var hosts = Pages.ToDictionary(p => p.Url.IdnHost, p => p, StringComparer.OrdinalIgnoreCase);
        _dns = await Dnsmasq.StartAsync(hosts.Keys.ToDictionary(h => h, _ => "127.0.0.1"));
        _sites = await ContentSites.StartAsync(hosts.ToDictionary(h => h.Key, h => (IReadOnlyDictionary<string, string>)Site(h.Value.Name), StringComparer.OrdinalIgnoreCase));
        _api = await CaseApiServer.StartAsync();
        var settings = WorkerFixture.Settings(_folder.Path, _api, _dns, _sites.Server, Path.Combine(Folder, "marks.json"));
        settings["Content:FetchesPerSecond"] = "500";
        _worker = await WorkerFixture.StartAsync(settings);
        var screener = _worker.Get<ContentScreener>();
        foreach (var page in Pages)
        {
            _outcomes[page.Name] = await screener.ScreenAsync(page.Url.IdnHost, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>The page at / and every file of NAME.files at its path below the host.</summary>
    private static Dictionary<string, string> Site(string name)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal) { ["/"] = Path.Combine(Folder, name + ".html") };
        var root = Path.Combine(Folder, name + ".files");
        if (Directory.Exists(root))
        {
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                files["/" + Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/')] = file;
            }
        }

        return files;
    }

    private static List<CorpusPage> Load()
    {
        var pages = new List<CorpusPage>();
        foreach (var html in Directory.GetFiles(Folder, "*.html").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(html);
            var (page, error) = CorpusPage.Parse(name, File.ReadAllText(Path.Combine(Folder, name + ".label")));
            var parsed = page ?? throw new InvalidOperationException(error);
            if (parsed.Url.AbsolutePath != "/")
            {
                throw new InvalidOperationException($"{name}.label: a page with image files is served at its host's root, not {parsed.Url.AbsolutePath}");
            }

            pages.Add(parsed);
        }

        return pages;
    }

    public async ValueTask DisposeAsync()
    {
        if (_worker is not null)
        {
            await _worker.DisposeAsync();
        }

        if (_sites is not null)
        {
            await _sites.DisposeAsync();
        }

        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        _dns?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
