using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;

namespace OpenChannels.Portal.Crm;

/// <summary>
/// The public form page a client opens from the link: plain HTML with no script (the portal's CSP allows none inline), every value
/// HTML-encoded, the antiforgery token as a hidden field, in the client's language (the request's culture).
/// </summary>
public static class CrmFormHtml
{
    public static string Form(CrmFormView form, AntiforgeryTokenSet antiforgery, IStringLocalizer localizer, IReadOnlyDictionary<string, string?>? values = null, string? error = null)
    {
        var e = HtmlEncoder.Default;
        var body = new StringBuilder();
        body.Append("<form method=\"post\" data-testid=\"crm-form\">");
        body.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{e.Encode(antiforgery.FormFieldName)}\" value=\"{e.Encode(antiforgery.RequestToken ?? "")}\">");
        if (error is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"error\" role=\"alert\">{e.Encode(error)}</p>");
        }

        for (var i = 0; i < form.Fields.Count; i++)
        {
            var field = form.Fields[i];
            var type = field.Target switch { "email" => "email", "phone" => "tel", _ => "text" };
            var value = values?.GetValueOrDefault(field.Target) ?? "";
            body.Append(CultureInfo.InvariantCulture, $"<label for=\"f{i}\">{e.Encode(field.Label)}{(field.Required ? " *" : "")}</label>");
            body.Append(CultureInfo.InvariantCulture,
                $"<input id=\"f{i}\" name=\"{e.Encode(field.Target)}\" type=\"{type}\" maxlength=\"{CrmFormSubmissions.MaxAnswer}\" value=\"{e.Encode(value)}\"{(field.Required ? " required" : "")}>");
        }

        body.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\">{e.Encode(localizer["Crm.FormSend"])}</button></form>");
        return Page(form.Title, body.ToString());
    }

    public static string Message(string title, string text) =>
        Page(title, $"<p data-testid=\"crm-form-message\">{HtmlEncoder.Default.Encode(text)}</p>");

    private static string Page(string title, string body)
    {
        var e = HtmlEncoder.Default;
        return $$"""
            <!DOCTYPE html>
            <html lang="{{e.Encode(CultureInfo.CurrentUICulture.Name)}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex"><title>{{e.Encode(title)}}</title>
            <style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;color:#222}label{display:block;margin-top:1rem;font-weight:600}
            input{width:100%;padding:.5rem;box-sizing:border-box;font-size:1rem}button{margin-top:1.5rem;padding:.6rem 1.5rem;font-size:1rem}.error{color:#b00020}</style>
            </head><body><h1>{{e.Encode(title)}}</h1>{{body}}</body></html>
            """;
    }
}
