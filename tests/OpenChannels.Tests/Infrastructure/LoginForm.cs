using System.Text.RegularExpressions;

namespace OpenChannels.Portal.Tests.Infrastructure;

/// <summary>Submits the real sign-in form (antiforgery token included), as a browser does.</summary>
public static partial class LoginForm
{
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string email, string password)
    {
        var token = await ReadTokenAsync(client, "/account/login");
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>Loads a form page and returns its antiforgery token, as a browser would send it back.</summary>
    public static async Task<string> ReadTokenAsync(HttpClient client, string path)
    {
        var token = AntiforgeryToken().Match(await client.GetStringAsync(path)).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), $"{path} has no antiforgery token");
        return token;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
