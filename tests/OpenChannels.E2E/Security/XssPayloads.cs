namespace OpenChannels.E2E.Security;

/// <summary>
/// Script-injection payloads (OWASP XSS filter-evasion cheat-sheet vectors, SVG, <c>javascript:</c> and markdown links, attribute
/// breakers). Each one, if it ever runs, calls <c>__xss.push(id)</c> (or <c>alert(id)</c>), which the page hook records.
/// </summary>
public static class XssPayloads
{
    private static readonly string[] Templates =
    [
        "<script>__xss.push('ID')</script>",
        "<img src=x onerror=\"__xss.push('ID')\">",
        "<svg onload=\"__xss.push('ID')\"></svg>",
        "<svg><script>__xss.push('ID')</script></svg>",
        "\"><script>__xss.push('ID')</script>",
        "' onmouseover='__xss.push(\"ID\")' data-x='",
        "\" autofocus onfocus=\"__xss.push('ID')\" x=\"",
        "javascript:__xss.push('ID')",
        "[click me](javascript:__xss.push('ID'))",
        "<a href=\"javascript:__xss.push('ID')\">link</a>",
        "<iframe src=\"javascript:__xss.push('ID')\"></iframe>",
        "<body onload=__xss.push('ID')>",
        "<details open ontoggle=__xss.push('ID')>",
        "<math><mtext><table><mglyph><style><img src=x onerror=__xss.push('ID')>",
        "<input onfocus=__xss.push('ID') autofocus>",
        "<object data=\"javascript:__xss.push('ID')\"></object>",
        "<IMG SRC=JaVaScRiPt:__xss.push('ID')>",
        "<img src=x onerror=&#95;&#95;xss.push('ID')>",
        "</textarea><script>__xss.push('ID')</script>",
        "</title><svg/onload=__xss.push('ID')>",
        "<marquee onstart=__xss.push('ID')>",
        "<img src=x onerror=alert('ID')>",
        "{{constructor.constructor('__xss.push(\"ID\")')()}}",
        "<a href=\"data:text/html,<script>__xss.push('ID')</script>\">data</a>",
        "![x](x\" onerror=\"__xss.push('ID'))",
    ];

    /// <summary>Every payload, each numbered so a hit names the vector.</summary>
    public static IReadOnlyList<string> All { get; } = Templates.Select((t, i) => t.Replace("ID", $"x{i}", StringComparison.Ordinal)).ToArray();

    /// <summary>An SVG file that runs script when rendered as a document.</summary>
    public static byte[] Svg => "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"__xss.push('svg-file')\"><script>__xss.push('svg-script')</script></svg>"u8.ToArray();

    /// <summary>An HTML file that runs script when rendered.</summary>
    public static byte[] Html => "<html><body><script>__xss.push('html-file')</script></body></html>"u8.ToArray();

    /// <summary>Installed before any page script: the execution hook, dialogs and CSP violations are recorded.</summary>
    public const string Hook = """
        window.__xss = [];
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
        """;

    /// <summary>Elements or attributes that only injected markup would produce (the portal itself has none).</summary>
    public const string InjectedMarkup = """
        () => Array.from(document.querySelectorAll('script:not([src]), iframe, object, embed, marquee, details[open], [onerror], [onload], [onfocus], [onmouseover], [ontoggle], [onstart], a[href^="javascript:" i], a[href^="data:" i], img[src^="javascript:" i]'))
          .map(e => e.outerHTML.slice(0, 200))
        """;
}
