namespace BrandWatch.Api.Tests.Alerts;

/// <summary>Waits for a condition the system under test reaches asynchronously; fails with the given message if it never does.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, int timeoutSeconds = 60)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(timeoutSeconds));
        while (true)
        {
            if (await condition())
            {
                return;
            }

            try
            {
                await Task.Delay(25, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Timed out waiting until {what}.");
            }
        }
    }

    public static Task HoldsAsync(Func<bool> condition, string what, int timeoutSeconds = 60) =>
        HoldsAsync(() => Task.FromResult(condition()), what, timeoutSeconds);
}
