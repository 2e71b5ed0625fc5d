using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Tests.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Security;

/// <summary>
/// The authorization matrix, generated from the portal's own route table so that a new route cannot be forgotten: anonymous callers
/// reach only the public allowlist, and an agent without access to a channel gets no 2xx and no data from any route about it.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    /// <summary>Routes that are public on purpose. Everything else must demand a signed-in user or an API key.</summary>
    private static readonly HashSet<string> Public =
    [
        "/healthz", "/readyz", "/webhooks/{connectionId:guid}", "/culture/set", "/account/login", "/setup", "/error",
        "/_framework/blazor.web.js", "/openapi/{documentName}.json", "/_blazor", "/_blazor/negotiate", "/_blazor/disconnect",
        "/_blazor/initializers", "/account/logout", "/_framework/opaque-redirect", "/forms/{token}",

        // The web chat widget: visitors are anonymous; the origin, the visitor token or a signed link guard each call (Widget tests).
        "/widget/{connectionId:guid}.js", "/widget/{connectionId:guid}/files/{fileId:guid}", "/widget/{connectionId:guid}/config",
        "/widget/{connectionId:guid}/visitor", "/widget/{connectionId:guid}/messages", "/widget/{connectionId:guid}/offline",
        "/widget/{connectionId:guid}/events", "/widget/{connectionId:guid}/typing", "/widget/{connectionId:guid}/read",
        "/widget/{connectionId:guid}/rating",
    ];

    [Fact]
    public async Task EveryRoute_IsPublicOnPurposeOrDemandsAuthentication_AndAnonymousCallsAreRefused()
    {
        await using var desk = await Desk.StartAsync();
        using var anonymous = desk.Portal.CreateClient(new() { AllowAutoRedirect = false });
        var unprotected = new List<string>();
        foreach (var (pattern, methods, endpoint) in Routes(desk))
        {
            var anonymousAllowed = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || endpoint.Metadata.GetMetadata<IAuthorizeData>() is null;
            if (Public.Contains(pattern) || pattern.StartsWith("/_content/", StringComparison.Ordinal) || IsStaticAsset(pattern))
            {
                continue;
            }

            if (anonymousAllowed)
            {
                unprotected.Add(pattern);
                continue;
            }

            foreach (var method in methods)
            {
                var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), Fill(pattern, Guid.NewGuid().ToString(), 1))
                {
                    Content = method == "GET" ? null : JsonContent.Create(new { }),
                });
                Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect or HttpStatusCode.BadRequest,
                    $"{method} {pattern} answered {(int)response.StatusCode} to an anonymous caller");
                if (response.StatusCode == HttpStatusCode.Redirect)
                {
                    Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
                }
            }
        }

        Assert.Empty(unprotected);
    }

    [Fact]
    public async Task AgentWithoutAccess_GetsNothingFromAnyRouteAboutAForeignChannel()
    {
        await using var desk = await Desk.StartAsync(new() { Name = "Private", RatingEnabled = true });
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        var (_, eve) = await desk.EmployeeAsync("eve@example.com");
        await desk.SetMembersAsync(anaId);
        (await desk.ClientWritesAsync("top secret order 4711", "m-1", userName: "Secret Client")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(ana, "unanswered", assigned: true);
        (await ana.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/messages", new { text = "secret reply" })).EnsureSuccessStatusCode();
        await using var db = desk.Db();
        var message = await db.Messages.Where(m => m.ConversationId == conversation.Id).Select(m => m.Id).FirstAsync();
        var secrets = new[] { conversation.Id.ToString(), desk.ChannelId.ToString(), desk.ConnectionId.ToString(), "Secret Client", "top secret", "secret reply" };

        foreach (var (pattern, methods, _) in Routes(desk).Where(r => r.Pattern.StartsWith("/api/v1/", StringComparison.Ordinal) || r.Pattern.StartsWith("/files", StringComparison.Ordinal) || r.Pattern.StartsWith("/conversations", StringComparison.Ordinal) || r.Pattern.StartsWith("/statistics", StringComparison.Ordinal)))
        {
            foreach (var method in methods)
            {
                var url = Fill(pattern, conversation.Id.ToString(), message, desk.ChannelId, desk.ConnectionId, conversation.CurrentSessionId!.Value);
                var response = await eve.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
                {
                    Content = method == "GET" ? null : JsonContent.Create(new { text = "x", userId = anaId, accuracy = 5, speed = 5, helpfulness = 5 }),
                });
                var body = await response.Content.ReadAsStringAsync();
                if (response.IsSuccessStatusCode)
                {
                    Assert.True(!pattern.Contains('{', StringComparison.Ordinal) || pattern.EndsWith("/connections", StringComparison.Ordinal),
                        $"{method} {url} gave an agent without access {(int)response.StatusCode}");
                }

                foreach (var secret in secrets)
                {
                    Assert.False(body.Contains(secret, StringComparison.Ordinal), $"{method} {url} leaked '{secret}' to an agent without access");
                }
            }
        }
    }

    private static bool IsStaticAsset(string pattern) =>
        pattern.Contains('.', StringComparison.Ordinal) && !pattern.Contains('{', StringComparison.Ordinal) && !pattern.StartsWith("/api", StringComparison.Ordinal);

    private static List<(string Pattern, IReadOnlyList<string> Methods, RouteEndpoint Endpoint)> Routes(Desk desk) =>
        desk.Portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => ("/" + e.RoutePattern.RawText!.Trim('/'), (IReadOnlyList<string>)(e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]), e))
            .Where(r => !r.Item1.Contains("{**", StringComparison.Ordinal))
            .ToList();

    /// <summary>Puts the foreign objects' ids into a route's parameters by what the segment before them names.</summary>
    private static string Fill(string pattern, string conversation, long message, Guid? channel = null, Guid? connection = null, Guid? session = null)
    {
        var segments = pattern.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (!segments[i].StartsWith('{'))
            {
                continue;
            }

            var name = segments[i].Trim('{', '}').Split(':')[0];
            var owner = i > 0 ? segments[i - 1] : "";
            segments[i] = (name, owner) switch
            {
                ("messageId", _) => message.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ("action", _) => "answer",
                (_, "channels") => (channel ?? Guid.NewGuid()).ToString(),
                (_, "connections") => (connection ?? Guid.NewGuid()).ToString(),
                (_, "sessions") => (session ?? Guid.NewGuid()).ToString(),
                (_, "connectors") => "loopback",
                (_, "conversations") => conversation,
                _ => Guid.NewGuid().ToString(),
            };
        }

        return string.Join('/', segments);
    }
}
