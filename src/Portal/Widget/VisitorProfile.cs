using System.Net.Mail;

namespace OpenChannels.Portal.Widget;

/// <summary>Checks what a visitor typed into the pre-chat or offline form; everything is kept as text and only trimmed and bounded.</summary>
public static class VisitorProfile
{
    /// <summary>The token with the profile, or an error for the visitor when a value is missing or not plausible.</summary>
    public static (VisitorToken? Token, string? Error) Apply(VisitorToken token, string? name, string? email, string? phone, bool require)
    {
        name = Clean(name);
        email = Clean(email);
        phone = Clean(phone);
        if (require && (name is null || email is null))
        {
            return (null, "Name and e-mail are required.");
        }

        if (name is { Length: > 100 } || email is { Length: > 200 } || phone is { Length: > 40 })
        {
            return (null, "A value is too long.");
        }

        if (email is not null && !(MailAddress.TryCreate(email, out var address) && address.Address == email && email.Contains('.', StringComparison.Ordinal)))
        {
            return (null, "The e-mail address is not valid.");
        }

        if (phone is not null && !phone.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')' or '.'))
        {
            return (null, "The phone number may hold only digits, spaces and + - ( ) .");
        }

        return (token with { Name = name ?? token.Name, Email = email ?? token.Email, Phone = phone ?? token.Phone }, null);
    }

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : new string(value.Trim().Where(c => !char.IsControl(c)).ToArray());
}
