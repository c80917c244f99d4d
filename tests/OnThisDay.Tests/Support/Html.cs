using AngleSharp;
using AngleSharp.Dom;

namespace OnThisDay.Tests.Support;

public static class Html
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(req => req.Content(html));
    }

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return await ParseAsync(response);
    }

    /// <summary>Text with every run of white space made one space, as a reader sees it.</summary>
    public static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static HttpClient CreateNoRedirectClient(this SiteFactory factory) =>
        factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
