using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.Plugins.Meta;

/// <summary>
/// A thin Graph API client: builds <c>{base}/{version}/{path}</c>, authenticates with the <c>access_token</c> query parameter or a
/// bearer header, and never throws for platform or network failures (cancellation by the caller still throws).
/// </summary>
internal sealed class GraphApi(HttpClient http, string baseUrl, string version, string token, GraphAuth auth, string tokenName)
{
    public Task<GraphResponse> GetAsync(string path, IEnumerable<KeyValuePair<string, string>> query, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, path, query, null, cancellationToken);

    public Task<GraphResponse> PostJsonAsync(string path, JsonNode body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, [], new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), cancellationToken);

    public Task<GraphResponse> PostAsync(string path, HttpContent content, IEnumerable<KeyValuePair<string, string>> query, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, query, content, cancellationToken);

    private async Task<GraphResponse> SendAsync(
        HttpMethod method, string path, IEnumerable<KeyValuePair<string, string>> query, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, BuildUri(path, query)) { Content = content };
        if (auth == GraphAuth.BearerHeader)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return GraphResponse.From((int)response.StatusCode, text, response.Headers.RetryAfter?.Delta, tokenName);
        }
        catch (HttpRequestException ex)
        {
            return GraphResponse.Failed(SendResult.RetryLater(GraphErrorMapper.TransientDelay, $"Could not reach the Graph API: {ex.Message}"));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return GraphResponse.Failed(SendResult.RetryLater(GraphErrorMapper.TransientDelay, "The Graph API did not answer in time"));
        }
    }

    private Uri BuildUri(string path, IEnumerable<KeyValuePair<string, string>> query)
    {
        var parameters = auth == GraphAuth.AccessTokenQuery ? query.Append(new("access_token", token)) : query;
        var queryString = string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        var url = $"{baseUrl.TrimEnd('/')}/{version.Trim('/')}/{path.TrimStart('/')}";
        return new Uri(queryString.Length == 0 ? url : $"{url}?{queryString}");
    }
}
