using System.Text;
using System.Text.Json;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Viber.Tests;

public sealed class WebhookSignatureTests
{
    private static readonly JsonElement Vector = JsonDocument.Parse(Fixtures.Text("viber", "signature_test_vector.json")).RootElement;
    private static readonly string VectorToken = Vector.GetProperty("auth_token").GetString()!;
    private static readonly byte[] VectorBody = Encoding.UTF8.GetBytes(Vector.GetProperty("raw_body").GetString()!);
    private static readonly string VectorSignature = Vector.GetProperty("expected_signature").GetString()!;

    [Fact]
    public async Task HandleWebhook_OfficialSdkTestVector_AcceptsWebhookCheckWithoutEvents()
    {
        var connection = TestConnection.Create(new Dictionary<string, string> { ["authToken"] = VectorToken, ["senderName"] = "Bot" });

        var result = await new ViberConnector().HandleWebhookAsync(connection, Webhooks.Post(VectorBody, ("X-Viber-Content-Signature", VectorSignature)), default);

        Assert.Equal(WebhookOutcome.Accepted, result.Outcome);
        Assert.Empty(result.Events);
        Assert.Null(result.ResponseBody);
    }

    [Fact]
    public void WebhookFixture_IsTheSignedBytes_SignatureMatchesVector()
    {
        Assert.Equal(VectorBody, Fixtures.Bytes("viber", "webhook.json"));
        Assert.Equal(VectorSignature, WebhookSignature.ComputeHmacSha256Hex(VectorBody, VectorToken));
    }

    [Fact]
    public async Task HandleWebhook_MissingSignature_Rejects()
    {
        var body = Fixtures.Bytes("viber", "message_text.json");

        var result = await new ViberConnector().HandleWebhookAsync(ViberTest.Connection(), Webhooks.Post(body), default);

        Assert.Equal(WebhookOutcome.Rejected, result.Outcome);
        Assert.Empty(result.Events);
    }

    [Fact]
    public async Task HandleWebhook_SignatureWithOtherToken_Rejects()
    {
        var body = Fixtures.Bytes("viber", "message_text.json");
        var request = Webhooks.Post(body, (ViberTest.SignatureHeader, WebhookSignature.ComputeHmacSha256Hex(body, "another-bot-token")));

        var result = await new ViberConnector().HandleWebhookAsync(ViberTest.Connection(), request, default);

        Assert.Equal(WebhookOutcome.Rejected, result.Outcome);
    }

    [Fact]
    public async Task HandleWebhook_BodyChangedAfterSigning_Rejects()
    {
        var body = Fixtures.Bytes("viber", "message_text.json");
        var signature = WebhookSignature.ComputeHmacSha256Hex(body, ViberTest.Token);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("incoming msg", "incoming msG", StringComparison.Ordinal));

        var result = await new ViberConnector().HandleWebhookAsync(ViberTest.Connection(), Webhooks.Post(tampered, (ViberTest.SignatureHeader, signature)), default);

        Assert.Equal(WebhookOutcome.Rejected, result.Outcome);
    }

    [Fact]
    public async Task HandleWebhook_BadSignatureOnGarbage_RejectsBeforeParsing()
    {
        var result = await new ViberConnector().HandleWebhookAsync(ViberTest.Connection(), Webhooks.Post("{not json", (ViberTest.SignatureHeader, "00")), default);

        Assert.Equal(WebhookOutcome.Rejected, result.Outcome);
    }

    [Fact]
    public async Task HandleWebhook_ValidSigQueryParameter_Accepts()
    {
        var body = Fixtures.Bytes("viber", "message_text.json");
        var request = Webhooks.Post(body) with
        {
            Query = new Dictionary<string, string> { ["sig"] = WebhookSignature.ComputeHmacSha256Hex(body, ViberTest.Token) },
        };

        var result = await new ViberConnector().HandleWebhookAsync(ViberTest.Connection(), request, default);

        Assert.Equal(WebhookOutcome.Accepted, result.Outcome);
        Assert.Single(result.Events);
    }

    [Fact]
    public async Task HandleWebhook_WrongSigQueryParameter_Rejects()
    {
        var body = Fixtures.Bytes("viber", "message_text.json");
        var request = Webhooks.Post(body) with
        {
            Query = new Dictionary<string, string> { ["sig"] = WebhookSignature.ComputeHmacSha256Hex(body, "another-bot-token") },
        };

        var result = await new ViberConnector().HandleWebhookAsync(ViberTest.Connection(), request, default);

        Assert.Equal(WebhookOutcome.Rejected, result.Outcome);
    }
}
