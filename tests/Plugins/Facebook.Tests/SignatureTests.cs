using System.Text;
using System.Text.Json;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Facebook.Tests.Support;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Facebook.Tests;

public sealed class SignatureTests
{
    private static readonly JsonElement Vector = JsonDocument.Parse(Fixtures.Text("facebook", "signature_test_vector.json")).RootElement;
    private static readonly byte[] RawBody = Encoding.UTF8.GetBytes(Vector.GetProperty("raw_body").GetString()!);
    private readonly Harness _harness = new();

    [Fact]
    public async Task HandleWebhook_KnownGoodSignatureFromTestVector_AcceptsAndParses()
    {
        Assert.Equal(Harness.AppSecret, Vector.GetProperty("app_secret").GetString());
        var request = Webhooks.Post(RawBody, (Vector.GetProperty("header").GetString()!, Vector.GetProperty("expected_header_value").GetString()!));

        var result = await _harness.Connector.HandleWebhookAsync(_harness.Connection, request, CancellationToken.None);

        Assert.Equal(WebhookOutcome.Accepted, result.Outcome);
        var message = Assert.IsType<InboundMessage>(Assert.Single(result.Events));
        Assert.Equal("Hello World", message.Text);
    }

    [Fact]
    public async Task HandleWebhook_MissingSignatureHeader_Rejects()
    {
        var result = await _harness.Connector.HandleWebhookAsync(_harness.Connection, Webhooks.Post(RawBody), CancellationToken.None);

        Assert.Equal(WebhookOutcome.Rejected, result.Outcome);
        Assert.Contains("missing", result.Reason, StringComparison.Ordinal);
        Assert.Empty(result.Events);
    }

    [Fact]
    public async Task HandleWebhook_WrongSignature_Rejects()
    {
        var request = Webhooks.Post(RawBody, ("X-Hub-Signature-256", "sha256=" + new string('0', 64)));

        var result = await _harness.Connector.HandleWebhookAsync(_harness.Connection, request, CancellationToken.None);

        Assert.Equal(WebhookOutcome.Rejected, result.Outcome);
    }

    [Fact]
    public async Task HandleWebhook_SignatureOfOtherSecret_Rejects()
    {
        var result = await _harness.Connector.HandleWebhookAsync(_harness.Connection, Harness.Signed(RawBody, "another_secret"), CancellationToken.None);

        Assert.Equal(WebhookOutcome.Rejected, result.Outcome);
    }

    [Theory]
    [InlineData("6860fee038fe2a883cbfedc51fe5236822a62a235ad4c655f09359a57da8a401")]
    [InlineData("sha1=6860fee038fe2a883cbfedc51fe5236822a62a235ad4c655f09359a57da8a401")]
    [InlineData("SHA256=6860fee038fe2a883cbfedc51fe5236822a62a235ad4c655f09359a57da8a401")]
    public async Task HandleWebhook_CorrectHexWithBadPrefix_Rejects(string header)
    {
        var request = Webhooks.Post(RawBody, ("X-Hub-Signature-256", header));

        var result = await _harness.Connector.HandleWebhookAsync(_harness.Connection, request, CancellationToken.None);

        Assert.Equal(WebhookOutcome.Rejected, result.Outcome);
    }

    [Fact]
    public async Task HandleWebhook_BodyChangedAfterSigning_Rejects()
    {
        var header = Vector.GetProperty("expected_header_value").GetString()!;
        var tampered = Encoding.UTF8.GetBytes(Vector.GetProperty("raw_body").GetString()!.Replace("Hello World", "Hello Wörld", StringComparison.Ordinal));

        var result = await _harness.Connector.HandleWebhookAsync(_harness.Connection, Webhooks.Post(tampered, ("X-Hub-Signature-256", header)), CancellationToken.None);

        Assert.Equal(WebhookOutcome.Rejected, result.Outcome);
    }

    [Fact]
    public async Task HandleWebhook_MalformedBodyWithBadSignature_RejectsBeforeParsing()
    {
        var result = await _harness.Connector.HandleWebhookAsync(_harness.Connection, Webhooks.Post("{not json", ("X-Hub-Signature-256", "sha256=00")), CancellationToken.None);

        Assert.Equal(WebhookOutcome.Rejected, result.Outcome);
    }

    [Fact]
    public async Task HandleWebhook_EmptyAppSecretSetting_Rejects()
    {
        var harness = new Harness();
        harness.Settings["appSecret"] = "";

        var result = await harness.Connector.HandleWebhookAsync(harness.Connection, Harness.Signed(RawBody, ""), CancellationToken.None);

        Assert.Equal(WebhookOutcome.Rejected, result.Outcome);
    }
}
