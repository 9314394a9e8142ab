using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Worker.Tests.Capture;

/// <summary>A logger that keeps what was logged, so a test can assert the line an operator would read.</summary>
public sealed class CaptureLog<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue((logLevel, formatter(state, exception)));
}
