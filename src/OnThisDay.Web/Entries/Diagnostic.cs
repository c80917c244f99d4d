namespace OnThisDay.Web.Entries;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>A problem found in an entry, at a 1-based line and column of its file.</summary>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Code, string Message)
{
    public bool IsError => Severity == Severity.Error;

    private string SeverityText => Severity == Severity.Error ? "error" : "warning";

    /// <summary>The human form: <c>path:line:col: error: message</c>.</summary>
    public override string ToString() => $"{Path}:{Line}:{Column}: {SeverityText}: {Message} [{Code}]";

    /// <summary>The form MSBuild, IDEs and most editors jump to.</summary>
    public string ToMsBuild() => $"{Path}({Line},{Column}): {SeverityText} {Code}: {Message}";

    /// <summary>A GitHub Actions workflow annotation.</summary>
    public string ToGitHub() =>
        $"::{SeverityText} file={Path},line={Line},col={Column},title={Code}::{Message.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A")}";
}
