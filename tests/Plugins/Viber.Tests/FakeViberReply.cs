namespace OpenChannels.Plugins.Viber.Tests;

/// <summary>One canned answer of the fake Viber API: an HTTP status and a JSON body.</summary>
internal sealed record FakeViberReply(int HttpStatus, string Body)
{
    public static FakeViberReply Ok(string body) => new(200, body);

    /// <summary>Viber refuses with HTTP 200 and a non-zero status, as its API does.</summary>
    public static FakeViberReply Status(int status, string statusMessage) =>
        new(200, $$"""{"status":{{status}},"status_message":"{{statusMessage}}","chat_hostname":"SN-CHAT-05_"}""");
}
