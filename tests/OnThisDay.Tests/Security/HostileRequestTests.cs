using System.Diagnostics;
using System.Net;
using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Security;

/// <summary>A generated fuzz run: malformed and hostile requests never get a 500, a stack trace, a file path, or a slow answer.</summary>
public sealed class HostileRequestTests
{
    private static readonly string[] Segments =
    [
        "june", "12", "06", "february", "30", "events", "api", "v1", "onthisday", "all", "tags", "search", "calendar",
        "..", "%2e%2e", "%00", "%C3%28", "%FF%FE", "%E2%82", ".", "~", "%2F", "\\", "%5C", "con", "web.config", "appsettings.json",
        "'", "\"", "<script>", "%3Cscript%3E", "*", "(", ")", "NEAR", "OR", "-1", "99999999999999999999", "0", "😀", "東京",
        "photos", "..%2F..%2Fetc%2Fpasswd", "%252e%252e", "css", "site.css", "healthz", "random", "editor", "errors", "500",
    ];

    private static readonly string[] Queries =
    [
        "q=\"", "q=NEAR(a b)", "q=*", "q=-", "q=a AND OR b", "q=(((", "q=" + new string('x', 3000), "q=%00", "q=%C3%28",
        "p=-1", "p=99999999999", "p=abc", "q=war&p=2", "q=" + Uri.EscapeDataString("title:moon OR body:*"), "x=" + new string('y', 6000),
        "q=%F0%9F%98%80", "q[]=1", "q=1&q=2",
    ];

    public static IEnumerable<string> Requests(int count, int seed)
    {
        var random = new Random(seed);
        var fixedOnes = new[]
        {
            "/api/v1/onthisday/battles/06/12", "/api/v1/onthisday/all/99/99", "/api/v1/onthisday/all/-1/5", "/api/v1/events/" + new string('a', 4000),
            "/" + new string('z', 5000), "/photos/../appsettings.json", "/photos/..%2F..%2Fappsettings.json", "/%2e%2e/%2e%2e/etc/passwd",
            "/june/12%00", "/events/%00", "/tags/%C3%28", "/search?q=%C3%28", "/calendar?" + new string('a', 8000) + "=1",
        };
        foreach (var request in fixedOnes)
        {
            yield return request;
        }
        for (var i = fixedOnes.Length; i < count; i++)
        {
            var depth = random.Next(1, 6);
            var path = "/" + string.Join('/', Enumerable.Range(0, depth).Select(_ => Segments[random.Next(Segments.Length)]));
            if (random.Next(3) == 0)
            {
                path += "?" + Queries[random.Next(Queries.Length)];
            }
            yield return path;
        }
    }

    [Fact]
    public async Task TwoThousandHostileRequests_NoServerErrorNoLeakNoSlowAnswer()
    {
        using var factory = new SiteFactory(settings: new Dictionary<string, string?> { ["RateLimits:Enabled"] = "false" }).StartOnRealPort();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = factory.ServerAddress };
        var failures = new List<string>();
        var requests = Requests(2100, seed: 20261126).ToList();

        foreach (var path in requests)
        {
            var watch = Stopwatch.StartNew();
            HttpResponseMessage response;
            try
            {
                response = await client.GetAsync(new Uri(path, UriKind.Relative));
            }
            catch (UriFormatException)
            {
                continue;
            }
            using (response)
            {
                var body = await response.Content.ReadAsStringAsync();
                var elapsed = watch.Elapsed;
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{(int)response.StatusCode} {path}");
                }
                if (body.Contains("   at ", StringComparison.Ordinal) || body.Contains("Exception", StringComparison.Ordinal)
                    || body.Contains(factory.Content.Root, StringComparison.Ordinal) || body.Contains("/work/", StringComparison.Ordinal)
                    || body.Contains(".cs:line", StringComparison.Ordinal))
                {
                    failures.Add($"leak {path}");
                }
                // A hang or runaway query shows as seconds; a loaded machine can stretch a normal answer past one.
                if (elapsed > TimeSpan.FromSeconds(5))
                {
                    failures.Add($"slow {elapsed.TotalMilliseconds:0} ms {path}");
                }
            }
        }

        Assert.True(requests.Count >= 2000);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(30)));
    }
}
