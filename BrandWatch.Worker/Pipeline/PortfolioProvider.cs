using System.Security.Cryptography;
using System.Text;
using BrandWatch.Rules.Marks;
using BrandWatch.Worker.Filing;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Pipeline;

/// <summary>
/// Keeps the current portfolio and rebuilds the screener when it changes: a file is re-read when its text changes,
/// the Api's portfolio is fetched with If-None-Match. A domain screened under one version is screened again under the next.
/// </summary>
internal sealed class PortfolioProvider(IOptions<PortfolioOptions> options, IServiceProvider services, Func<IReadOnlyList<Mark>, IDomainScreener> screenerFactory, string screenerName) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private PortfolioSnapshot? _current;
    private string? _etag;

    public PortfolioSnapshot? Current => _current;

    public async Task<PortfolioSnapshot> RefreshAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            string? json;
            string source;
            if (!string.IsNullOrEmpty(options.Value.Path))
            {
                source = options.Value.Path;
                json = await File.ReadAllTextAsync(source, cancellationToken);
            }
            else
            {
                var api = (ApiClient?)services.GetService(typeof(ApiClient)) ?? throw new InvalidOperationException("No portfolio path and no Api client configured.");
                source = "api/portfolio";
                var document = await api.GetPortfolioAsync(_current is null ? null : _etag, cancellationToken);
                json = document.Json;
                _etag = document.ETag;
            }

            if (json is null && _current is not null)
            {
                return _current;
            }

            var version = Version(json ?? string.Empty);
            if (_current?.Version == version)
            {
                return _current;
            }

            var portfolio = PortfolioJson.Parse(json ?? string.Empty, source);
            if (portfolio.Marks.Count == 0)
            {
                throw new InvalidDataException(portfolio.Errors.Count > 0 ? portfolio.Errors[0].ToString() : $"{source}: no marks");
            }

            _current = new PortfolioSnapshot(version, portfolio, screenerFactory(portfolio.Marks));
            return _current;
        }
        finally
        {
            _lock.Release();
        }
    }

    private string Version(string json) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(screenerName + "\n" + json)))[..16];

    public void Dispose() => _lock.Dispose();
}
