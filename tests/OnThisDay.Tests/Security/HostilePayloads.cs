namespace OnThisDay.Tests.Security;

/// <summary>Cross-site scripting payloads of many shapes: tags, attributes, URLs, encodings, template and markdown tricks.</summary>
public static class HostilePayloads
{
    public static readonly string[] All =
    [
        "<script>window.__xss=1;alert(1)</script>",
        "<img src=x onerror=\"window.__xss=1;alert(2)\">",
        "<svg onload=alert(3)>",
        "<svg><script>alert(4)</script></svg>",
        "<iframe src=\"javascript:alert(5)\"></iframe>",
        "<a href=\"javascript:alert(6)\">click</a>",
        "<a href=\"JaVaScRiPt:alert(7)\">click</a>",
        "<a href=\"&#106;avascript:alert(8)\">click</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCg5KTwvc2NyaXB0Pg==\">x</a>",
        "<body onload=alert(10)>",
        "<details open ontoggle=alert(11)>",
        "<input autofocus onfocus=alert(12)>",
        "<video><source onerror=alert(13)></video>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(14)>",
        "\"><script>alert(15)</script>",
        "'><img src=x onerror=alert(16)>",
        "</title><script>alert(17)</script>",
        "</script><script>alert(18)</script>",
        "<style>body{background:url(javascript:alert(19))}</style>",
        "<div style=\"background:url(javascript:alert(20))\">x</div>",
        "<object data=\"javascript:alert(21)\"></object>",
        "<embed src=\"javascript:alert(22)\">",
        "<form action=\"javascript:alert(23)\"><button>go</button></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(24)\">",
        "<base href=\"javascript:alert(25)//\">",
        "<link rel=stylesheet href=\"javascript:alert(26)\">",
        "[markdown link](javascript:alert(27))",
        "![markdown image](javascript:alert(28))",
        "<javascript:alert(29)>",
        "{{constructor.constructor('alert(30)')()}}",
        "<img src=\"x\" onerror=\"&#97;&#108;&#101;&#114;&#116;(31)\">",
        "<scr<script>ipt>alert(32)</scr</script>ipt>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(33)>\">",
        "javascript:alert(34)",
        "\u003cscript\u003ealert(35)\u003c/script\u003e",
    ];
}
