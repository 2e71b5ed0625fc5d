using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;

namespace OpenChannels.Portal.Widget;

/// <summary>
/// <c>GET messages</c> (the visitor's history), <c>POST messages</c> (multipart: <c>id</c>, <c>text</c>, <c>lang</c>, one
/// optional <c>file</c>) and <c>POST offline</c> (the offline form). The widget's message id makes a repeated send store once.
/// </summary>
public static partial class WidgetMessagesApi
{
    public static async Task<IResult> HistoryAsync(HttpContext http, VisitorTokens tokens, WidgetHistory history, CancellationToken ct)
    {
        var site = WidgetSiteFilter.Site(http);
        return tokens.Read(site.Id, http.Request) is { } visitor
            ? Results.Ok(new { messages = await history.ReadAsync(site.Id, visitor.VisitorId, ct) })
            : WidgetResults.NoToken();
    }

    public static async Task<IResult> SendAsync(HttpContext http, VisitorTokens tokens, WidgetRateLimits limits, WidgetRelay relay, CancellationToken ct)
    {
        var site = WidgetSiteFilter.Site(http);
        if (WidgetSignalsApi.Check(http, site, tokens, limits, out var visitor) is { } refused)
        {
            return refused;
        }

        if (site.PreChatForm && visitor.Name is null)
        {
            return WidgetResults.Invalid("Fill in the pre-chat form first.");
        }

        var limit = site.MaxFileBytes + (site.MaxMessageLength * 4L) + (64 * 1024);
        if (http.Request.ContentLength > limit)
        {
            return WidgetResults.TooLarge("The message is larger than this chat accepts.");
        }

        if (!http.Request.HasFormContentType)
        {
            return WidgetResults.Unsupported("Send the message as multipart/form-data.");
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            return WidgetResults.TooLarge("The message could not be read whole: " + ex.Message);
        }

        var (message, error) = await WidgetMessageForm.ReadAsync(site, form, ct);
        if (message is null)
        {
            return error!;
        }

        var outcome = await relay.RelayAsync(site, message.Envelope(visitor), ct);
        return outcome == WidgetRelayOutcome.Stored ? Results.Ok(new { id = message.Id, state = "sent" }) : WidgetResults.From(outcome);
    }

    public static async Task<IResult> OfflineAsync(HttpContext http, VisitorTokens tokens, WidgetRateLimits limits, WidgetRelay relay, CancellationToken ct)
    {
        var site = WidgetSiteFilter.Site(http);
        if (WidgetSignalsApi.Check(http, site, tokens, limits, out var visitor) is { } refused)
        {
            return refused;
        }

        var (input, invalid) = await WidgetJson.ReadAsync<OfflineInput>(http, ct);
        if (input is null)
        {
            return invalid!;
        }

        var (updated, error) = VisitorProfile.Apply(visitor, input.Name, input.Email, input.Phone, require: true);
        if (updated is null)
        {
            return WidgetResults.Invalid(error!);
        }

        if (!IsClientId(input.Id) || string.IsNullOrWhiteSpace(input.Text))
        {
            return WidgetResults.Invalid("id and text are required.");
        }

        if (input.Text.Length > site.MaxMessageLength)
        {
            return WidgetResults.TooLarge($"The message is longer than {site.MaxMessageLength} characters.");
        }

        var message = new WidgetMessage(input.Id, input.Text.Trim(), input.Lang, null);
        var outcome = await relay.RelayAsync(site, message.Envelope(updated), ct);
        return outcome == WidgetRelayOutcome.Stored ? Results.Ok(new { token = tokens.Issue(site.Id, updated), id = input.Id }) : WidgetResults.From(outcome);
    }

    /// <summary>Ids the widget makes for the visitor's messages: <c>v-</c> and 8 to 64 letters, digits or dashes (never the portal's <c>wc-</c>).</summary>
    public static bool IsClientId([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? id) => id is not null && ClientId().IsMatch(id);

    [GeneratedRegex("^v-[A-Za-z0-9-]{8,64}$")]
    private static partial Regex ClientId();
}
