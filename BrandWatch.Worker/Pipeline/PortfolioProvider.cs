using System.Security.Cryptography;
using System.Text;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Pages;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Rules.Screening;
using BrandWatch.Worker.Filing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Pipeline;

/// <summary>
/// Keeps the current portfolio and rule configuration and rebuilds the screener, page analyzer and scorer when either
/// changes: files are re-read and compared by content, the Api's portfolio is fetched with If-None-Match. A domain
/// screened under one version is screened again under the next.
/// </summary>
internal sealed class PortfolioProvider(IOptions<PortfolioOptions> options, IServiceProvider services) : IDisposable
{
    /// <summary>Part of the version: a different screener screens everything again.</summary>
    public const string ScreenerName = "mark-index-1";

    private readonly SemaphoreSlim _lock = new(1, 1);
    private PortfolioSnapshot? _current;
    private string? _etag;
    private string? _lastMarksJson;

    public PortfolioSnapshot? Current => _current;

    public async Task<PortfolioSnapshot> RefreshAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            string source;
            string? marksJson;
            if (!string.IsNullOrEmpty(options.Value.Path))
            {
                source = options.Value.Path;
                marksJson = await File.ReadAllTextAsync(source, cancellationToken);
            }
            else
            {
                source = "api/portfolio";
                var document = await services.GetRequiredService<ApiClient>().GetPortfolioAsync(_current is null ? null : _etag, cancellationToken);
                marksJson = document.Json ?? _lastMarksJson;
                _etag = document.ETag;
            }

            var rulesJson = string.IsNullOrEmpty(options.Value.RulesPath)
                ? RuleSetJson.ReadDefaultText()
                : await File.ReadAllTextAsync(options.Value.RulesPath, cancellationToken);
            var version = Version(marksJson ?? string.Empty, rulesJson);
            if (_current?.Version == version)
            {
                return _current;
            }

            var portfolio = PortfolioJson.Parse(marksJson ?? string.Empty, source);
            if (portfolio.Marks.Count == 0)
            {
                throw new InvalidDataException(portfolio.Errors.Count > 0 ? portfolio.Errors[0].ToString() : $"{source}: no marks");
            }

            // Reference logos and favicons: files beside a portfolio file, data URLs anywhere. A bad one is reported and left out.
            var baseDirectory = string.IsNullOrEmpty(options.Value.Path) ? null : Path.GetDirectoryName(Path.GetFullPath(options.Value.Path));
            var (references, problems) = ReferenceImages.Load(portfolio.Marks, baseDirectory);
            var logger = services.GetService<ILogger<PortfolioProvider>>();
            foreach (var problem in problems)
            {
                logger?.LogWarning("Reference image left out: {Problem}", problem);
            }

            var rules = RuleSetJson.Parse(rulesJson);
            // The rules' "screening" and "pages" sections, mapped exactly as rule cases map them, so that a rule case
            // and the pipeline see the same matches and findings.
            _current = new PortfolioSnapshot(
                version, portfolio, rules,
                MarkIndex.Build(portfolio.Marks, rules.Screening.ToOptions()),
                new PageAnalyzer(portfolio.Marks, rules.Pages.ToOptions(), references),
                new Scorer(rules));
            _lastMarksJson = marksJson;
            return _current;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();

    private static string Version(string marks, string rules) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{ScreenerName}\n{marks}\n{rules}")))[..16];
}
