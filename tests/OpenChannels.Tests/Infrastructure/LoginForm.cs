using System.Text.RegularExpressions;

namespace OpenChannels.Portal.Tests.Infrastructure;

/// <summary>Submits the real sign-in form (antiforgery token included), as a browser does.</summary>
public static partial class LoginForm
{
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetStringAsync("/account/login");
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "the login page has no antiforgery token");
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
