using System.Diagnostics;

namespace OnThisDay.Tests.Support;

/// <summary>Runs the built site or one of its editors' commands as a separate process, as a user would.</summary>
public static class SiteProcess
{
    private static string SiteDll => Path.Combine(AppContext.BaseDirectory, "OnThisDay.Web.dll");

    public static async Task<(int ExitCode, string Output)> RunAsync(string contentRoot, IDictionary<string, string>? environment = null,
        params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(contentRoot)!,
        };
        info.ArgumentList.Add(SiteDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["Content__Path"] = contentRoot;
        info.Environment["ConnectionStrings__OnThisDay"] = $"Data Source={contentRoot}.db";
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the site process did not exit within 60 seconds");
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
