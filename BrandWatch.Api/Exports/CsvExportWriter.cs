using CsvHelper;

namespace BrandWatch.Api.Exports;

/// <summary>
/// The case list as CSV (RFC 4180: a header row, CRLF line ends, quotes where a field needs them). A text field
/// that a spreadsheet would read as a formula (starting with =, +, -, @, tab or CR) is prefixed with an apostrophe,
/// so that opening the file never runs what a registrant put into a page title or URL.
/// </summary>
internal sealed class CsvExportWriter : IExportWriter
{
    public static readonly string[] Header =
    [
        "id", "mark", "owner", "subject", "domain", "kind", "source", "status", "priority", "outcome", "recommended_action", "action_reason",
        "overall", "act", "damage", "causation", "fault", "action_taken", "dismissal_reason", "filings", "filed_at", "updated_at", "observed_at",
        "addresses", "link",
    ];

    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape };

    private readonly CsvWriter _csv;
    private readonly ExportContext _context;

    public CsvExportWriter(Stream output, ExportContext context)
    {
        _csv = CsvWriter.Create(output, Options, leaveOpen: true);
        _context = context;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _csv.WriteHeader(Header);
        await _csv.FlushAsync(cancellationToken);
    }

    public async Task WriteAsync(ExportCase item, CancellationToken cancellationToken)
    {
        var row = item.Row;
        _csv.WriteField(row.Id);
        _csv.WriteField(row.MarkId);
        _csv.WriteField(row.Owner);
        _csv.WriteField(row.Subject);
        _csv.WriteField(row.Domain);
        _csv.WriteField(row.Kind);
        _csv.WriteField(row.Source);
        _csv.WriteField(row.Status);
        _csv.WriteField(row.Priority);
        _csv.WriteField(row.Outcome);
        _csv.WriteField(row.Action);
        _csv.WriteField(row.ActionReason);
        _csv.WriteField(row.Overall, "0.###");
        _csv.WriteField(row.Act, "0.###");
        _csv.WriteField(row.Damage, "0.###");
        _csv.WriteField(row.Causation, "0.###");
        _csv.WriteField(row.Fault, "0.###");
        _csv.WriteField(row.ActionTaken);
        _csv.WriteField(row.DismissalReason);
        _csv.WriteField(row.Filings);
        _csv.WriteField(row.FiledAt);
        _csv.WriteField(row.UpdatedAt);
        _csv.WriteField(row.ObservedAt);
        _csv.WriteField(string.Join(' ', item.Ipv4.Concat(item.Ipv6)));
        _csv.WriteField(_context.CaseLink(row.Id));
        await _csv.EndRecordAsync(cancellationToken);
    }

    public async Task EndAsync(CancellationToken cancellationToken) => await _csv.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => _csv.DisposeAsync();
}
