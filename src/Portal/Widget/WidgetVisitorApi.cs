namespace OpenChannels.Portal.Widget;

/// <summary><c>GET config</c> (appearance, forms, limits, texts, online state) and <c>POST visitor</c> (start or resume, pre-chat form).</summary>
public static class WidgetVisitorApi
{
    public static async Task<IResult> ConfigAsync(HttpContext http, string? lang, WidgetSites sites, WidgetStrings strings, CancellationToken ct)
    {
        var site = WidgetSiteFilter.Site(http);
        var (language, texts) = strings.For(lang is { Length: <= 20 } ? lang : null);
        return Results.Ok(new
        {
            language,
            title = site.Title.Length > 0 ? site.Title : texts["DefaultTitle"],
            greeting = site.Greeting.Length > 0 ? site.Greeting : texts["DefaultGreeting"],
            color = site.Color,
            preChatForm = site.PreChatForm,
            offlineForm = site.OfflineForm,
            online = await sites.IsOnlineAsync(site, ct),
            maxFileBytes = site.FileTypes.Count == 0 ? 0 : site.MaxFileBytes,
            fileTypes = site.FileTypes,
            maxMessageLength = site.MaxMessageLength,
            texts,
        });
    }

    public static async Task<IResult> StartAsync(HttpContext http, VisitorTokens tokens, CancellationToken ct)
    {
        var site = WidgetSiteFilter.Site(http);
        var (input, refusal) = await WidgetJson.ReadAsync<VisitorInput>(http, ct);
        if (input is null)
        {
            return refusal!;
        }

        // A token that is not valid (tampered, expired, another site's) starts a new visitor: it never reaches anyone's history.
        var visitor = tokens.Read(site.Id, input.Token) ?? VisitorTokens.NewVisitor();
        if (input.Name is not null || input.Email is not null || input.Phone is not null)
        {
            var (updated, error) = VisitorProfile.Apply(visitor, input.Name, input.Email, input.Phone, require: site.PreChatForm);
            if (updated is null)
            {
                return WidgetResults.Invalid(error!);
            }

            visitor = updated;
        }

        return Results.Ok(new
        {
            token = tokens.Issue(site.Id, visitor),
            name = visitor.Name,
            email = visitor.Email,
            needsPreChat = site.PreChatForm && visitor.Name is null,
        });
    }
}
