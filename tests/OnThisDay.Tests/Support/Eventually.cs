namespace OnThisDay.Tests.Support;

public static class Eventually
{
    /// <summary>Polls until the condition holds, failing with the message after the timeout.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, string message, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(50);
        }
        Assert.Fail($"Timed out after {timeoutMs} ms: {message}");
    }
}
