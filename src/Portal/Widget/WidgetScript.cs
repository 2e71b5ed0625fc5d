using System.Text.Json;

namespace OpenChannels.Portal.Widget;

/// <summary>
/// <c>GET /widget/{connectionId}.js</c>: the embeddable script (<c>widget.js</c>, compiled into the portal), called with the
/// portal's public URL and the connection id. Unknown or inactive connections get a 404, so a removed widget disappears.
/// </summary>
public static class WidgetScript
{
    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(WidgetScript).Assembly.GetManifestResourceStream("OpenChannels.Portal.Widget.widget.js")
            ?? throw new InvalidOperationException("widget.js is not embedded in the portal assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static async Task<IResult> ServeAsync(Guid connectionId, WidgetSites sites, Hosting.PortalOptions options, CancellationToken ct)
    {
        if (await sites.FindAsync(connectionId, ct) is null)
        {
            return Results.Text("/* No such chat widget. */", "text/javascript; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var call = $"({JsonSerializer.Serialize(options.PublicUrl.ToString().TrimEnd('/'))}, {JsonSerializer.Serialize(connectionId.ToString())});";
        return Results.Text(Source.Value.TrimEnd().TrimEnd(';') + call + "\n", "text/javascript; charset=utf-8");
    }
}
