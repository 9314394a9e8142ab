namespace BrandWatch.Testing;

/// <summary>
/// The one way the tests wait for something the system under test reaches asynchronously: poll a condition until it
/// holds, and fail with a description of what never happened (read at that moment, so it can carry a process's output).
/// An assertion inside the condition (a process that exited, say) ends the wait at once.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultPatience = TimeSpan.FromSeconds(60);

    public static async Task HoldsAsync(Func<Task<bool>> condition, Func<string> what, TimeSpan? patience = null, TimeSpan? interval = null)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(patience ?? DefaultPatience);
        while (!await condition())
        {
            try
            {
                await Task.Delay(interval ?? TimeSpan.FromMilliseconds(25), timeout.Token);
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                Assert.Fail($"Timed out waiting until {what()}.");
            }
        }
    }

    public static Task HoldsAsync(Func<Task<bool>> condition, string what, int timeoutSeconds = 60) =>
        HoldsAsync(condition, () => what, TimeSpan.FromSeconds(timeoutSeconds));

    public static Task HoldsAsync(Func<bool> condition, string what, int timeoutSeconds = 60) =>
        HoldsAsync(() => Task.FromResult(condition()), () => what, TimeSpan.FromSeconds(timeoutSeconds));
}
