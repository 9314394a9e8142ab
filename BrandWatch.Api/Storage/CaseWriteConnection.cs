using System.Data.Common;

namespace BrandWatch.Api.Storage;

/// <summary>
/// The one open connection the case writes (filings, review transitions) share. Writes run one at a time behind the
/// <see cref="WriteGate"/>, so they share one connection with its pragmas set once (and, on PostgreSQL, its prepared
/// statements); a broken one is replaced on the next write.
/// </summary>
internal sealed class CaseWriteConnection(ApiDatabase database, WriteGate gate) : IAsyncDisposable
{
    private DbConnection? _connection;

    /// <summary>Enters the gate and hands out the shared connection until the returned turn is disposed.</summary>
    public async Task<Turn> EnterAsync(CancellationToken cancellationToken)
    {
        var entered = await gate.EnterAsync(cancellationToken);
        try
        {
            return new Turn(entered, await OpenAsync(cancellationToken));
        }
        catch
        {
            entered.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    // Called only inside the gate.
    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_connection is { State: System.Data.ConnectionState.Open })
        {
            return _connection;
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        _connection = await database.OpenWriterAsync(cancellationToken);
        return _connection;
    }

    /// <summary>A write's turn at the shared connection; disposing it lets the next write in.</summary>
    public sealed class Turn(IDisposable entered, DbConnection connection) : IDisposable
    {
        public DbConnection Connection { get; } = connection;

        public void Dispose() => entered.Dispose();
    }
}
